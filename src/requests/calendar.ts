/**
 * The official PRC working-day calendar (法定节假日 + 调休 make-up working days), from the `chinese-days`
 * package, which transcribes each year's State Council notice (国务院办公厅关于…年部分节假日安排的通知).
 *
 * All dates are plain China calendar dates, 'YYYY-MM-DD' strings: no instants, no time zones.
 * Outside the years the package has notices for we throw instead of guessing Monday–Friday: a wrong
 * statutory deadline is worse than none, and the fix is to update the package once the notice is out.
 *
 * Why the package's prebuilt data file and not its isWorkday(): the package builds its tables at load time
 * from dates parsed as UTC but keyed by local date fields, so in a time zone west of UTC every holiday
 * shifts a day early (checked with chinese-days 1.5.7 under TZ=America/Los_Angeles). The shipped JSON was
 * built once and is correct; the lookup rule below is the package's own (listed working day, or Mon–Fri
 * not listed as a holiday).
 */
import calendarData from 'chinese-days/dist/chinese-days.json'

const { holidays, workdays } = calendarData as { holidays: Record<string, string>; workdays: Record<string, string> }

/** Thrown for a date the calendar cannot answer for (bad format, or a year without an official notice). */
export class CalendarError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CalendarError'
  }
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

type Ymd = { y: number; m: number; d: number }

/** Parses a strict 'YYYY-MM-DD' that names a real calendar day. */
export function parseDate(date: string): Ymd {
  const match = DATE_PATTERN.exec(date)
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
    const utc = new Date(Date.UTC(y, m - 1, d))
    if (utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d) return { d, m, y }
  }
  throw new CalendarError(`日期格式无效：${JSON.stringify(date)}，应为 YYYY-MM-DD。 Invalid date ${JSON.stringify(date)}: expected YYYY-MM-DD.`)
}

/** The calendar day `days` after (or before, if negative) `date`. Pure date arithmetic in UTC. */
export function addCalendarDays(date: string, days: number): string {
  const { y, m, d } = parseDate(date)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/**
 * A year is covered when the data lists its 国庆节 holiday: National Day is the last holiday of every annual
 * notice, so its presence means that year's whole notice is in (a stray early-January entry of a following
 * year would not count).
 */
function coveredYears(): Set<number> {
  const years = new Set<number>()
  for (const [date, name] of Object.entries(holidays)) {
    if (name.includes('国庆')) years.add(Number(date.slice(0, 4)))
  }
  return years
}

const COVERED = coveredYears()

/** The years the installed `chinese-days` has official holiday notices for (read from its data at load; 2004–2026 in 1.5.7). */
export const CALENDAR_YEARS: { first: number; last: number } = {
  first: Math.min(...COVERED),
  last: Math.max(...COVERED),
}

/** A year's official notice entered by an admin, for a year the package does not have yet (dates checked by the caller). */
export type SupplementYear = { holidays: string[]; workdays: string[]; year: number }

/** The working-day calendar deadlines are counted on: the package's years and the admin's entries for later ones. */
export type WorkCalendar = {
  /** The n-th working day after `date` (n = 0: `date` itself if a working day, else the next one). */
  addWorkingDays: (date: string, n: number) => string
  /** Whether `date` is a working day on the official calendar (调休 weekends count as working days). */
  isWorkingDay: (date: string) => boolean
  /** Working days in (from, to]; negative when `to` is before `from`. */
  workingDaysBetween: (from: string, to: string) => number
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new CalendarError(`工作日数必须是非负整数：${n}。 The number of working days must be a non-negative integer: ${n}.`)
  }
}

/**
 * The calendar with the years an admin entered from the State Council's notice (the `work-calendar` settings)
 * before the package has them. The package stays authoritative for the years it covers; entries for those are
 * ignored. Each caller gets its own: nothing is kept between calls.
 */
export function workCalendar(entered: SupplementYear[] = []): WorkCalendar {
  const supplement = new Map(
    entered
      .filter(({ year }) => !COVERED.has(year))
      .map(({ holidays, workdays, year }) => [year, { holidays: new Set(holidays), workdays: new Set(workdays) }]),
  )

  const assertCovered = (date: string): Ymd => {
    const parsed = parseDate(date)
    if (!COVERED.has(parsed.y) && !supplement.has(parsed.y)) {
      throw new CalendarError(
        `工作日历没有 ${parsed.y} 年的节假日安排（现有 ${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last} 年），` +
          `无法计算 ${date} 是否为工作日；请在国务院公布该年安排后升级 chinese-days，或由管理员在“工作日历”中录入。 ` +
          `The working-day calendar has no official holiday notice for ${parsed.y} (covered: ` +
          `${CALENDAR_YEARS.first}–${CALENDAR_YEARS.last}); cannot tell whether ${date} is a working day. ` +
          'Update the chinese-days package once the State Council has published that year, or enter it in the work calendar settings.',
      )
    }
    return parsed
  }

  const isWorkingDay = (date: string): boolean => {
    const { y, m, d } = assertCovered(date)
    const own = supplement.get(y)
    // A 调休 make-up working day (often a Saturday or Sunday), else Monday to Friday outside the holidays.
    if (own ? own.workdays.has(date) : workdays[date]) return true
    const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
    return weekday >= 1 && weekday <= 5 && !(own ? own.holidays.has(date) : holidays[date])
  }

  // PRC statutory periods start the day after the triggering event: `date` itself is never counted.
  const addWorkingDays = (date: string, n: number): string => {
    assertCount(n)
    let day = date
    if (n === 0) {
      while (!isWorkingDay(day)) day = addCalendarDays(day, 1)
      return day
    }
    for (let counted = 0; counted < n;) {
      day = addCalendarDays(day, 1)
      if (isWorkingDay(day)) counted++
    }
    return day
  }

  // Half-open (from, to], so workingDaysBetween(d, addWorkingDays(d, n)) === n for n ≥ 1.
  const workingDaysBetween = (from: string, to: string): number => {
    parseDate(from)
    parseDate(to)
    if (to < from) return -workingDaysBetween(to, from)
    let count = 0
    for (let day = from; day < to;) {
      day = addCalendarDays(day, 1)
      if (isWorkingDay(day)) count++
    }
    return count
  }

  return { addWorkingDays, isWorkingDay, workingDaysBetween }
}

/** The package's calendar alone, for callers with no admin entries to add. */
export const OFFICIAL_CALENDAR = workCalendar()
export const { addWorkingDays, isWorkingDay, workingDaysBetween } = OFFICIAL_CALENDAR
