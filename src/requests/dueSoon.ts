import { OFFICIAL_CALENDAR } from './calendar'
import { type Deadline, remindersDue } from './deadlines'

/** Reminders start this many working days before the due date (and again at 2). */
export const REMIND_FROM_DAYS = 5

export type DueRow = { daysLeft: number; overdue: boolean }

/** The last due date still inside the reminder window as of `today` (for the database query). */
export const reminderHorizon = (today: string, calendar = OFFICIAL_CALENDAR) => calendar.addWorkingDays(today, REMIND_FROM_DAYS)

/** How a request with this due date stands today: working days left, or overdue. */
export function dueStatus(dueDate: string, today: string, calendar = OFFICIAL_CALENDAR): DueRow {
  const { workingDaysBetween } = calendar
  return today > dueDate
    ? { daysLeft: -workingDaysBetween(dueDate, today), overdue: true }
    : { daysLeft: workingDaysBetween(today, dueDate), overdue: false }
}

/**
 * The reminder to send today, if any: the tightest one due (2 before 5) that has not yet gone out for this
 * due date. `remindedFor` is the record of the last one sent, `<due date>:<days>` (an extension moves the
 * due date, and its reminders start afresh).
 */
export function reminderToSend(d: Deadline, remindedFor: null | string | undefined, today: string, calendar = OFFICIAL_CALENDAR): 2 | 5 | null {
  const due = remindersDue(d, today, calendar)
  if (!due.length) return null
  const tightest = Math.min(...due) as 2 | 5
  const [sentFor, sentDays] = (remindedFor ?? '').split(':')
  return sentFor === d.dueDate && Number(sentDays) <= tightest ? null : tightest
}

export const reminderMark = (dueDate: string, days: 2 | 5) => `${dueDate}:${days}`
