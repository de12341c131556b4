import type { Payload } from 'payload'

import { loadWorkCalendar } from './calendarSupplement'
import type { DeadlineOptions } from './deadlines'

/**
 * What a request's deadline depends on besides its case log: the admin's calendar entries and the organ's
 * correction period. Read on each use, since another process may have changed them.
 */
export async function deadlineSettings(payload: Payload): Promise<DeadlineOptions> {
  const [organ, calendar] = await Promise.all([payload.findGlobal({ slug: 'organ', depth: 0 }), loadWorkCalendar(payload)])
  return { calendar, correctionPeriodDays: organ.correctionPeriodDays ?? undefined }
}
