/**
 * The answer deadline of a disclosure request (依申请公开), as a pure function of its timeline.
 * 《政府信息公开条例》: 第三十条 (补正), 第三十一条 (date of receipt), 第三十二条 (third-party consultation),
 * 第三十三条 (20 working days, one extension of at most 20).
 *
 * Counting convention, everywhere: a period runs from the day AFTER the event that starts it (the event's own
 * day is not counted, as for every statutory period in PRC law), over working days on the official calendar;
 * the due date is the last working day of the period, on which the answer is still on time.
 */
import { OFFICIAL_CALENDAR, parseDate, type WorkCalendar } from './calendar'

/** 第三十三条: answer within 20 working days of receipt. */
export const ANSWER_PERIOD_DAYS = 20
/** 第三十三条: one extension of at most 20 working days. */
export const MAX_EXTENSION_DAYS = 20
/** 第三十条: the 补正 notice goes out within 7 working days of receipt. */
export const CORRECTION_NOTICE_DAYS = 7
/** 第三十二条: the third party has 15 working days; that time is not counted. */
export const CONSULTATION_DAYS = 15
/** Working days the applicant has to send the corrected application (the organ's own rule; configurable). */
export const DEFAULT_CORRECTION_PERIOD_DAYS = 15

export type CaseEvent =
  | { type: 'received'; on: string } // date of receipt per 第三十一条 (already determined)
  | { type: 'correction-requested'; on: string } // 补正 notice sent
  | { type: 'corrected'; on: string } // corrected application received → clock restarts from here
  | { type: 'consultation-started'; on: string } // third party consulted → clock pauses
  | { type: 'consultation-ended'; on: string } // answer received or 15 working days passed → clock resumes
  | { type: 'extended'; on: string; days: number; approvedBy: string } // once only, 1..20 working days
  | { type: 'answered'; on: string }

export type Deadline = {
  state: 'awaiting-correction' | 'open' | 'paused' | 'answered' | 'abandoned'
  /** Last day to answer; null while the clock is not running (awaiting correction, paused, abandoned). */
  dueDate: string | null
  /** Last day for the applicant's corrected application; set only while awaiting correction or abandoned. */
  correctionDueBy: string | null
  /** Working days counted against the organ so far (to today, or to the answer), pauses excluded. */
  daysUsed: number
  overdue: boolean
  extended: boolean
}

export type DeadlineOptions = {
  /** The working-day calendar with the admin's entries (default: the package's years only). */
  calendar?: WorkCalendar
  correctionPeriodDays?: number
}

/** An event sequence the statute does not allow. The message is Chinese, then English. */
export class CaseSequenceError extends Error {
  constructor(zh: string, en: string) {
    super(`${zh} ${en}`)
    this.name = 'CaseSequenceError'
  }
}

const fail = (zh: string, en: string): never => {
  throw new CaseSequenceError(zh, en)
}

/** The running tally while walking the timeline. */
type Tally = {
  calendar: WorkCalendar
  receivedOn: string
  clockStart: string | null // receipt, or the corrected application; null while awaiting correction
  correctionRequestedOn: string | null
  correctionDueBy: string | null
  pausedDays: number // working days of finished consultations, each capped at 15
  pauseStart: string | null // an ongoing consultation
  lateConsultationEnd: boolean // a consultation closed at its 15-day limit whose end event may still come
  consultations: number
  extensionDays: number
  extended: boolean
  answeredOn: string | null
}

const awaitingCorrection = (t: Tally) => t.correctionRequestedOn !== null && t.clockStart === null

/** The due date with the clock as it stands (no open pause). */
const dueDate = (t: Tally, clockStart: string) => t.calendar.addWorkingDays(clockStart, ANSWER_PERIOD_DAYS + t.extensionDays + t.pausedDays)

/** Last day of the third party's 15 working days from a consultation started on `start`. */
const consultationLimit = (t: Tally, start: string) => t.calendar.addWorkingDays(start, CONSULTATION_DAYS)

/** Ends the open consultation on `on`; beyond 15 working days the organ's clock runs again (第三十二条). */
function closePause(t: Tally, on: string): void {
  if (t.pauseStart === null) return
  t.pausedDays += Math.min(t.calendar.workingDaysBetween(t.pauseStart, on), CONSULTATION_DAYS)
  t.pauseStart = null
}

/** A consultation with no end event resumes by itself once the 15 working days are over. */
function expirePause(t: Tally, on: string): void {
  if (t.pauseStart !== null && on > consultationLimit(t, t.pauseStart)) {
    closePause(t, on)
    t.lateConsultationEnd = true
  }
}

function checkOrder(events: CaseEvent[], today: string): void {
  parseDate(today)
  if (events[0]?.type !== 'received') fail('时间线必须以“收到申请”开始。', "The timeline must start with 'received'.")
  events.forEach((event, i) => {
    parseDate(event.on)
    if (i > 0 && event.type === 'received') fail('一件申请只能有一个收到日期。', "A request has only one 'received' event.")
    const previous = events[i - 1]
    if (previous && event.on < previous.on) {
      fail(
        `事件日期顺序错误：${event.type}（${event.on}）早于 ${previous.type}（${previous.on}）。`,
        `Events out of date order: ${event.type} on ${event.on} is before ${previous.type} on ${previous.on}.`,
      )
    }
    if (event.on > today) fail(`事件日期 ${event.on} 晚于今天 ${today}。`, `Event date ${event.on} is after today (${today}).`)
  })
}

function requestCorrection(t: Tally, on: string, period: number): void {
  if (t.correctionRequestedOn !== null) fail('补正只能要求一次（第三十条：一次性告知）。', 'A correction may be requested only once (Art. 30).')
  if (t.consultations > 0 || t.extended) {
    fail('补正须在征求第三方意见或延期之前提出。', 'A correction must be requested before any consultation or extension.')
  }
  const limit = t.calendar.addWorkingDays(t.receivedOn, CORRECTION_NOTICE_DAYS)
  if (on > limit) {
    fail(
      `补正告知超过收到申请之日起 7 个工作日（最迟 ${limit}）。`,
      `The correction notice is later than 7 working days after receipt (last day ${limit}, Art. 30).`,
    )
  }
  t.correctionRequestedOn = on
  t.correctionDueBy = t.calendar.addWorkingDays(on, period)
  t.clockStart = null // 第三十条: the answer period restarts from the corrected application
}

function startConsultation(t: Tally, on: string): void {
  if (t.pauseStart !== null) fail('已在征求第三方意见中。', 'A third-party consultation is already under way.')
  const due = dueDate(t, t.clockStart as string)
  if (on > due) {
    fail(`答复期限 ${due} 已过，不能再暂停计时。`, `The due date ${due} has passed; the clock can no longer be paused.`)
  }
  t.pauseStart = on
  t.lateConsultationEnd = false
  t.consultations++
}

function endConsultation(t: Tally, on: string): void {
  if (t.pauseStart !== null) return closePause(t, on)
  // Already resumed at the 15-day limit: a late answer from the third party changes nothing.
  if (t.lateConsultationEnd) {
    t.lateConsultationEnd = false
    return
  }
  fail('没有进行中的第三方意见征求，不能结束。', "'consultation-ended' without a consultation under way.")
}

function extend(t: Tally, event: Extract<CaseEvent, { type: 'extended' }>): void {
  if (t.extended) fail('答复期限只能延长一次（第三十三条）。', 'The answer period may be extended only once (Art. 33).')
  if (!Number.isInteger(event.days) || event.days < 1 || event.days > MAX_EXTENSION_DAYS) {
    fail(`延长期限须为 1–20 个工作日，实际为 ${event.days}。`, `An extension must be 1–20 working days, got ${event.days} (Art. 33).`)
  }
  if (!event.approvedBy?.trim()) {
    fail('延期须经政府信息公开工作机构负责人同意，缺少批准人。', 'An extension needs the approval of the head of the disclosure office.')
  }
  // While paused the clock cannot run out, so an extension is always in time then.
  if (t.pauseStart === null) {
    const due = dueDate(t, t.clockStart as string)
    if (event.on > due) {
      fail(`答复期限 ${due} 已过，不能再延期。`, `The due date ${due} has passed; it can no longer be extended.`)
    }
  }
  t.extensionDays = event.days
  t.extended = true
}

/** Applies one event after 'received'. */
function apply(t: Tally, event: CaseEvent, period: number): void {
  if (t.answeredOn !== null)
    fail(`申请已于 ${t.answeredOn} 答复，不能再有后续事件。`, `The request was answered on ${t.answeredOn}; no later events.`)
  if (event.type !== 'consultation-ended') expirePause(t, event.on)
  if (awaitingCorrection(t)) {
    if (event.on > (t.correctionDueBy as string)) {
      fail(
        `补正期限 ${t.correctionDueBy} 已过，申请视为放弃；逾期提交的应作为新申请登记。`,
        `The correction period ended on ${t.correctionDueBy}; the request is abandoned (a late one is a new request).`,
      )
    }
    if (event.type !== 'corrected') {
      fail(`等待补正期间不能记录“${event.type}”。`, `'${event.type}' is not allowed while awaiting the corrected application.`)
    }
  }
  switch (event.type) {
    case 'correction-requested':
      return requestCorrection(t, event.on, period)
    case 'corrected':
      if (!awaitingCorrection(t)) fail('没有要求补正，不能记录“已补正”。', "'corrected' without a correction request.")
      t.clockStart = event.on
      return
    case 'consultation-started':
      return startConsultation(t, event.on)
    case 'consultation-ended':
      return endConsultation(t, event.on)
    case 'extended':
      return extend(t, event)
    case 'answered':
      closePause(t, event.on)
      t.answeredOn = event.on
      return
    default:
      fail(`未知事件类型：${(event as { type: string }).type}。`, `Unknown event type: ${(event as { type: string }).type}.`)
  }
}

/** Working days counted against the organ from the clock start to `asOf`, pauses excluded. */
function daysUsed(t: Tally, clockStart: string, asOf: string): number {
  const open = t.pauseStart === null ? 0 : Math.min(Math.max(t.calendar.workingDaysBetween(t.pauseStart, asOf), 0), CONSULTATION_DAYS)
  return Math.max(t.calendar.workingDaysBetween(clockStart, asOf) - t.pausedDays - open, 0)
}

function correctionPeriod(options?: DeadlineOptions): number {
  const period = options?.correctionPeriodDays ?? DEFAULT_CORRECTION_PERIOD_DAYS
  if (!Number.isInteger(period) || period < 1) {
    fail(`补正期限须为正整数个工作日，实际为 ${period}。`, `correctionPeriodDays must be a positive integer, got ${period}.`)
  }
  return period
}

/** The deadline state of a request on `today`, from its events in date order. */
export function deadline(events: CaseEvent[], today: string, options?: DeadlineOptions): Deadline {
  const period = correctionPeriod(options)
  checkOrder(events, today)
  const receivedOn = (events[0] as CaseEvent).on
  const t: Tally = {
    answeredOn: null,
    calendar: options?.calendar ?? OFFICIAL_CALENDAR,
    clockStart: receivedOn,
    consultations: 0,
    correctionDueBy: null,
    correctionRequestedOn: null,
    extended: false,
    extensionDays: 0,
    lateConsultationEnd: false,
    pauseStart: null,
    pausedDays: 0,
    receivedOn,
  }
  for (const event of events.slice(1)) apply(t, event, period)

  const base = { correctionDueBy: null, extended: t.extended, overdue: false }
  if (t.clockStart === null) {
    // Not answered within the correction period → deemed abandoned (第三十条).
    const dueBy = t.correctionDueBy as string
    return { ...base, correctionDueBy: dueBy, daysUsed: 0, dueDate: null, state: today > dueBy ? 'abandoned' : 'awaiting-correction' }
  }
  if (t.answeredOn !== null) {
    const due = dueDate(t, t.clockStart)
    return { ...base, daysUsed: daysUsed(t, t.clockStart, t.answeredOn), dueDate: due, overdue: t.answeredOn > due, state: 'answered' }
  }
  expirePause(t, today)
  if (t.pauseStart !== null) {
    return { ...base, daysUsed: daysUsed(t, t.clockStart, today), dueDate: null, state: 'paused' }
  }
  const due = dueDate(t, t.clockStart)
  return { ...base, daysUsed: daysUsed(t, t.clockStart, today), dueDate: due, overdue: today > due, state: 'open' }
}

export type ReceiptChannel = 'in-person' | 'post' | 'online' | 'fax'

/**
 * 第三十一条 date of receipt. in-person: the day it is handed in (arrivedOn); post: the day the organ signs
 * for it (pass the 签收 date as arrivedOn); online/fax: the day both sides confirm receipt (confirmedOn,
 * defaulting to the arrival day, e.g. an automatic confirmation). A non-working day is returned as is: the
 * period still starts the day after it.
 */
export function receiptDate(channel: ReceiptChannel, arrivedOn: string, options?: { confirmedOn?: string }): string {
  parseDate(arrivedOn)
  const confirmedOn = options?.confirmedOn
  if (channel === 'in-person' || channel === 'post') {
    if (confirmedOn !== undefined) {
      fail('“双方确认日期”只适用于网络和传真申请。', 'confirmedOn applies only to online and fax applications.')
    }
    return arrivedOn
  }
  if (channel !== 'online' && channel !== 'fax') fail(`未知的申请渠道：${channel}。`, `Unknown channel: ${channel}.`)
  if (confirmedOn === undefined) return arrivedOn
  parseDate(confirmedOn)
  if (confirmedOn < arrivedOn) {
    fail(`确认日期 ${confirmedOn} 早于到达日期 ${arrivedOn}。`, `confirmedOn ${confirmedOn} is before arrivedOn ${arrivedOn}.`)
  }
  return confirmedOn
}

/** The statutory due date for a request received on `receivedOn`: the 20th working day after it (第三十三条). */
export function dueDateOnReceipt(receivedOn: string, calendar = OFFICIAL_CALENDAR): string {
  return calendar.addWorkingDays(receivedOn, ANSWER_PERIOD_DAYS)
}

/**
 * The reminders whose day has come: 5 from the 5th working day before the due date on, 2 from the 2nd.
 * Cumulative (both on and after the 2-day mark, up to the due date itself), so a skipped daily run or a
 * weekend loses none: the caller records which it has sent for which due date (an extension moves it).
 * None unless the clock is running and not yet overdue.
 */
export function remindersDue(d: Deadline, today: string, calendar = OFFICIAL_CALENDAR): Array<5 | 2> {
  if (d.state !== 'open' || d.dueDate === null || d.overdue || today > d.dueDate) return []
  const left = calendar.workingDaysBetween(today, d.dueDate)
  const due: Array<5 | 2> = []
  if (left <= 5) due.push(5)
  if (left <= 2) due.push(2)
  return due
}
