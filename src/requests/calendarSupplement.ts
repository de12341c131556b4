import type { Payload } from 'payload'

import { CalendarError, parseDate, type WorkCalendar, workCalendar } from './calendar'

/** The dates of a textarea list, each checked to lie in `year`. */
export function datesIn(text: null | string | undefined, year: number): string[] {
  const dates = (text ?? '').split(/[\s,，、]+/).filter(Boolean)
  for (const date of dates) {
    if (parseDate(date).y !== year) throw new CalendarError(`${date} 不在 ${year} 年内 / ${date} is not in ${year}`)
  }
  return dates
}

type Entry = { holidays?: null | string; workdays?: null | string; year: number }

/** The calendar with the admin's entries as they are now (any process may have changed them). */
export async function loadWorkCalendar(payload: Payload): Promise<WorkCalendar> {
  const settings = (await payload.findGlobal({ slug: 'work-calendar', depth: 0 })) as { years?: Entry[] | null }
  return workCalendar(
    (settings.years ?? []).map((e) => ({ holidays: datesIn(e.holidays, e.year), workdays: datesIn(e.workdays, e.year), year: e.year })),
  )
}
