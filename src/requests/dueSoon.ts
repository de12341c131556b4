import { addWorkingDays, workingDaysBetween } from './calendar'

/** Reminders start this many working days before the due date (and again at 2). */
export const REMIND_FROM_DAYS = 5

export type DueRow = { daysLeft: number; overdue: boolean }

/** The last due date still inside the reminder window as of `today` (for the database query). */
export const reminderHorizon = (today: string) => addWorkingDays(today, REMIND_FROM_DAYS)

/** How a request with this due date stands today: working days left, or overdue. */
export function dueStatus(dueDate: string, today: string): DueRow {
  return today > dueDate ? { daysLeft: -workingDaysBetween(dueDate, today), overdue: true } : { daysLeft: workingDaysBetween(today, dueDate), overdue: false }
}
