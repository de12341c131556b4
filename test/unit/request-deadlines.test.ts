import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

import chineseDays from 'chinese-days'
import { describe, expect, it } from 'vitest'

import {
  addCalendarDays,
  addWorkingDays,
  CALENDAR_YEARS,
  CalendarError,
  isWorkingDay,
  workCalendar,
  workingDaysBetween,
} from '../../src/requests/calendar'
import { type CaseEvent, CaseSequenceError, deadline, dueDateOnReceipt, receiptDate, remindersDue } from '../../src/requests/deadlines'
import { applicantKey, feeFor, requestFee } from '../../src/requests/fees'
import { reminderMark, reminderToSend } from '../../src/requests/dueSoon'

describe('working-day calendar (chinese-days data)', () => {
  it('covers the years the package ships notices for', () => {
    const dataDir = join(dirname(createRequire(import.meta.url).resolve('chinese-days')), 'years')
    const years = readdirSync(dataDir)
      .filter((f) => /^\d{4}\.json$/.test(f))
      .map((f) => Number(f.slice(0, 4)))
    expect(CALENDAR_YEARS).toEqual({ first: Math.min(...years), last: Math.max(...years) })
    expect(CALENDAR_YEARS.first).toBe(2004)
    expect(CALENDAR_YEARS.last).toBeGreaterThanOrEqual(2026)
  })

  it('2025 Spring Festival: 1-28..2-04 off, Sunday 1-26 and Saturday 2-08 worked', () => {
    expect(isWorkingDay('2025-01-26')).toBe(true) // Sunday, 调休
    expect(isWorkingDay('2025-01-27')).toBe(true)
    for (let day = '2025-01-28'; day <= '2025-02-04'; day = addCalendarDays(day, 1)) expect(isWorkingDay(day)).toBe(false)
    expect(isWorkingDay('2025-01-29')).toBe(false) // a Wednesday: 春节
    expect(isWorkingDay('2025-02-08')).toBe(true) // Saturday, 调休
    expect(isWorkingDay('2025-02-09')).toBe(false) // plain Sunday
  })

  it('2025 National Day + Mid-autumn: 10-01..10-08 off, Sunday 9-28 and Saturday 10-11 worked', () => {
    expect(isWorkingDay('2025-09-28')).toBe(true) // Sunday, 调休
    expect(isWorkingDay('2025-10-01')).toBe(false) // Wednesday
    expect(isWorkingDay('2025-10-08')).toBe(false) // Wednesday inside the golden week
    expect(isWorkingDay('2025-10-11')).toBe(true) // Saturday, 调休
    expect(isWorkingDay('2025-10-12')).toBe(false)
  })

  it('2026 Spring Festival: 2-15..2-23 off, Saturdays 2-14 and 2-28 worked', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true)
    expect(isWorkingDay('2026-02-18')).toBe(false) // Wednesday: 春节
    expect(isWorkingDay('2026-02-23')).toBe(false) // Monday: 春节
    expect(isWorkingDay('2026-02-24')).toBe(true)
    expect(isWorkingDay('2026-02-28')).toBe(true)
  })

  it('2026 National Day: 10-01..10-07 off, Sunday 9-20 and Saturday 10-10 worked', () => {
    expect(isWorkingDay('2026-09-20')).toBe(true)
    expect(isWorkingDay('2026-10-07')).toBe(false) // Wednesday inside the golden week
    expect(isWorkingDay('2026-10-08')).toBe(true)
    expect(isWorkingDay('2026-10-10')).toBe(true)
    expect(isWorkingDay('2026-10-11')).toBe(false)
  })

  it('agrees with the package’s own isWorkday for every day of 2025–2026 (in a zone at or east of UTC)', () => {
    // The package's runtime tables shift a day west of UTC; its shipped data (which we read) does not.
    if (new Date(2025, 0, 1).getTimezoneOffset() > 0) return
    for (let day = '2025-01-01'; day <= '2026-12-31'; day = addCalendarDays(day, 1)) {
      expect(isWorkingDay(day), day).toBe(chineseDays.isWorkday(day))
    }
  })

  it('addWorkingDays: n-th working day after the date; n=0 is the date itself or the next working day', () => {
    expect(addWorkingDays('2025-09-30', 1)).toBe('2025-10-09')
    expect(addWorkingDays('2025-10-09', 2)).toBe('2025-10-11') // over the 调休 Saturday
    expect(addWorkingDays('2025-09-30', 0)).toBe('2025-09-30')
    expect(addWorkingDays('2025-10-01', 0)).toBe('2025-10-09')
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14')
    expect(addWorkingDays('2026-02-14', 1)).toBe('2026-02-24')
    expect(() => addWorkingDays('2025-09-30', -1)).toThrow(CalendarError)
  })

  it('workingDaysBetween counts (from, to]', () => {
    expect(workingDaysBetween('2025-09-30', '2025-10-09')).toBe(1)
    expect(workingDaysBetween('2025-09-30', '2025-11-04')).toBe(20)
    expect(workingDaysBetween('2025-09-30', '2025-09-30')).toBe(0)
    expect(workingDaysBetween('2025-11-04', '2025-09-30')).toBe(-20)
  })

  it('throws outside the covered years instead of guessing Monday–Friday', () => {
    const after = `${CALENDAR_YEARS.last + 1}-03-02`
    expect(() => isWorkingDay(after)).toThrow(CalendarError)
    expect(() => isWorkingDay(after)).toThrow(/没有 \d{4} 年的节假日安排.*no official holiday notice/)
    expect(() => isWorkingDay('2003-06-02')).toThrow(CalendarError)
    // A receipt late in the last covered year whose period runs into the next one.
    expect(() => dueDateOnReceipt(`${CALENDAR_YEARS.last}-12-21`)).toThrow(CalendarError)
  })

  it('rejects malformed dates', () => {
    expect(() => isWorkingDay('2025-02-30')).toThrow(/YYYY-MM-DD/)
    expect(() => isWorkingDay('2025-2-3')).toThrow(CalendarError)
  })
})

describe('receipt and statutory due date', () => {
  it('第三十一条 receipt date by channel', () => {
    expect(receiptDate('in-person', '2025-09-30')).toBe('2025-09-30')
    expect(receiptDate('post', '2025-09-29')).toBe('2025-09-29')
    expect(receiptDate('online', '2025-09-27')).toBe('2025-09-27')
    expect(receiptDate('online', '2025-09-27', { confirmedOn: '2025-09-29' })).toBe('2025-09-29')
    expect(receiptDate('fax', '2025-09-30', { confirmedOn: '2025-10-09' })).toBe('2025-10-09')
    expect(() => receiptDate('fax', '2025-09-30', { confirmedOn: '2025-09-29' })).toThrow(CaseSequenceError)
    expect(() => receiptDate('post', '2025-09-30', { confirmedOn: '2025-10-09' })).toThrow(CaseSequenceError)
  })

  it('20 working days after receipt, across the holidays and 调休 days', () => {
    expect(dueDateOnReceipt('2025-09-30')).toBe('2025-11-04') // right before National Day 2025
    expect(dueDateOnReceipt('2025-01-24')).toBe('2025-02-27') // before Spring Festival 2025
    expect(dueDateOnReceipt('2026-02-13')).toBe('2026-03-19') // before Spring Festival 2026
    expect(dueDateOnReceipt('2026-09-30')).toBe('2026-11-03') // right before National Day 2026
  })
})

describe('deadline()', () => {
  const received: CaseEvent = { on: '2025-09-30', type: 'received' }

  it('open on receipt right before National Day', () => {
    expect(deadline([received], '2025-10-09')).toEqual({
      correctionDueBy: null,
      daysUsed: 1,
      dueDate: '2025-11-04',
      extended: false,
      overdue: false,
      state: 'open',
    })
    expect(deadline([received], '2025-10-08').daysUsed).toBe(0) // the holiday counts nothing
    expect(deadline([received], '2025-11-05')).toMatchObject({ daysUsed: 21, overdue: true, state: 'open' })
  })

  it('补正 restart, third-party pause and extension, combined', () => {
    const events: CaseEvent[] = [received, { on: '2025-10-10', type: 'correction-requested' }]
    // 2025-10-10 is the 2nd working day after receipt (10-09, 10-10): within the 7.
    expect(deadline(events, '2025-10-15')).toEqual({
      correctionDueBy: '2025-10-30', // 15 working days after the notice, the first being the 调休 Saturday 10-11
      daysUsed: 0,
      dueDate: null,
      extended: false,
      overdue: false,
      state: 'awaiting-correction',
    })

    events.push({ on: '2025-10-20', type: 'corrected' })
    expect(deadline(events, '2025-10-20')).toMatchObject({ correctionDueBy: null, daysUsed: 0, dueDate: '2025-11-17', state: 'open' })

    events.push({ on: '2025-10-27', type: 'consultation-started' })
    expect(deadline(events, '2025-10-31')).toMatchObject({ daysUsed: 5, dueDate: null, state: 'paused' })

    events.push({ on: '2025-11-05', type: 'consultation-ended' })
    // 7 working days paused (10-28..11-05) → 20 + 7 after the correction.
    expect(deadline(events, '2025-11-05')).toMatchObject({ daysUsed: 5, dueDate: '2025-11-26', state: 'open' })

    events.push({ approvedBy: '政务公开办主任', days: 10, on: '2025-11-20', type: 'extended' })
    expect(deadline(events, '2025-12-01')).toEqual({
      correctionDueBy: null,
      daysUsed: 23,
      dueDate: '2025-12-10',
      extended: true,
      overdue: false,
      state: 'open',
    })

    events.push({ on: '2025-12-09', type: 'answered' })
    expect(deadline(events, '2026-01-05')).toMatchObject({ daysUsed: 29, dueDate: '2025-12-10', overdue: false, state: 'answered' })
  })

  it('a consultation without an end event resumes after 15 working days', () => {
    const events: CaseEvent[] = [
      { on: '2026-03-02', type: 'received' },
      { on: '2026-03-09', type: 'consultation-started' },
    ]
    expect(deadline(events, '2026-03-30').state).toBe('paused') // 15th working day after 03-09
    const resumed = deadline(events, '2026-03-31')
    expect(resumed.state).toBe('open')
    expect(resumed.dueDate).toBe(addWorkingDays('2026-03-02', 35))
    // A late answer from the third party after that changes nothing.
    events.push({ on: '2026-04-01', type: 'consultation-ended' })
    expect(deadline(events, '2026-04-01').dueDate).toBe(resumed.dueDate)
  })

  it('answered late is overdue', () => {
    expect(deadline([received, { on: '2025-11-05', type: 'answered' }], '2025-11-20')).toMatchObject({
      daysUsed: 21,
      overdue: true,
      state: 'answered',
    })
  })

  it('abandoned when the corrected application does not come within the correction period', () => {
    const events: CaseEvent[] = [
      { on: '2026-03-02', type: 'received' },
      { on: '2026-03-04', type: 'correction-requested' },
    ]
    expect(deadline(events, '2026-03-25')).toMatchObject({ correctionDueBy: '2026-03-25', state: 'awaiting-correction' })
    expect(deadline(events, '2026-03-26')).toMatchObject({ correctionDueBy: '2026-03-25', dueDate: null, overdue: false, state: 'abandoned' })
    expect(deadline(events, '2026-03-19', { correctionPeriodDays: 10 }).state).toBe('abandoned')
    expect(() => deadline([...events, { on: '2026-03-26', type: 'corrected' }], '2026-03-26')).toThrow(/已过.*abandoned/)
  })

  describe('invalid sequences throw', () => {
    const ext = (on: string, days = 10): CaseEvent => ({ approvedBy: '主任', days, on, type: 'extended' })
    const cases: Array<[string, CaseEvent[], RegExp]> = [
      ['a second extension', [received, ext('2025-10-20'), ext('2025-10-21', 5)], /只能延长一次.*only once/],
      ['an extension over 20 days', [received, ext('2025-10-20', 21)], /1–20.*got 21/],
      ['an extension of 0 days', [received, ext('2025-10-20', 0)], /1–20/],
      ['an extension after the due date', [received, ext('2025-11-05')], /2025-11-04 已过.*has passed/],
      ['an extension without approver', [received, { approvedBy: ' ', days: 5, on: '2025-10-20', type: 'extended' }], /批准人.*approval/],
      ['consultation-ended without start', [received, { on: '2025-10-20', type: 'consultation-ended' }], /without a consultation/],
      ['a consultation started after the due date', [received, { on: '2025-11-05', type: 'consultation-started' }], /can no longer be paused/],
      [
        'events out of date order',
        [received, { on: '2025-10-20', type: 'consultation-started' }, { on: '2025-10-15', type: 'consultation-ended' }],
        /顺序错误.*out of date order/,
      ],
      ['a correction request after 7 working days', [received, { on: '2025-10-17', type: 'correction-requested' }], /7 个工作日.*2025-10-16/],
      [
        'a second correction request',
        [
          received,
          { on: '2025-10-09', type: 'correction-requested' },
          { on: '2025-10-13', type: 'corrected' },
          { on: '2025-10-14', type: 'correction-requested' },
        ],
        /只能要求一次.*only once/,
      ],
      ['corrected without a request', [received, { on: '2025-10-13', type: 'corrected' }], /without a correction request/],
      ['an extension while awaiting correction', [received, { on: '2025-10-09', type: 'correction-requested' }, ext('2025-10-10')], /等待补正期间/],
      ['an event after the answer', [received, { on: '2025-10-20', type: 'answered' }, ext('2025-10-21')], /已于 2025-10-20 答复/],
      ['no receipt first', [{ on: '2025-10-20', type: 'answered' }], /必须以“收到申请”开始/],
      ['two receipts', [received, { on: '2025-10-09', type: 'received' }], /only one 'received'/],
      ['an event after today', [received, { on: '2026-01-05', type: 'answered' }], /晚于今天/],
    ]
    it.each(cases)('%s', (_name, events, message) => {
      expect(() => deadline(events, '2025-12-31')).toThrow(CaseSequenceError)
      expect(() => deadline(events, '2025-12-31')).toThrow(message)
    })
  })
})

describe('remindersDue()', () => {
  // Received 2026-03-02 → due 2026-03-30; reminder days 03-23 (5 before) and 03-26 (2 before).
  const open = (today: string) => deadline([{ on: '2026-03-02', type: 'received' }], today)
  const at = (today: string) => remindersDue(open(today), today)

  it('fires from the 5th and the 2nd working day before the due date', () => {
    expect(open('2026-03-20').dueDate).toBe('2026-03-30')
    expect(at('2026-03-20')).toEqual([])
    expect(at('2026-03-21')).toEqual([]) // Saturday: still 6 working days left
    expect(at('2026-03-23')).toEqual([5])
    expect(at('2026-03-25')).toEqual([5])
    expect(at('2026-03-26')).toEqual([5, 2])
    expect(at('2026-03-30')).toEqual([5, 2])
    expect(at('2026-03-31')).toEqual([]) // overdue: no reminders, the overdue flag speaks
  })

  it('none while paused, awaiting correction or answered', () => {
    const events: CaseEvent[] = [
      { on: '2026-03-02', type: 'received' },
      { on: '2026-03-24', type: 'consultation-started' },
    ]
    expect(remindersDue(deadline(events, '2026-03-26'), '2026-03-26')).toEqual([])
    events.push({ on: '2026-03-26', type: 'answered' })
    expect(remindersDue(deadline(events, '2026-03-26'), '2026-03-26')).toEqual([])
  })

  it('each reminder goes out once per due date; an extension starts them afresh', () => {
    const send = (today: string, sent: null | string) => reminderToSend(open(today), sent, today)
    expect(send('2026-03-20', null)).toBeNull()
    expect(send('2026-03-23', null)).toBe(5)
    expect(send('2026-03-24', reminderMark('2026-03-30', 5))).toBeNull()
    expect(send('2026-03-26', reminderMark('2026-03-30', 5))).toBe(2)
    // A skipped run: on the 2-day mark only the tighter reminder goes out.
    expect(send('2026-03-27', null)).toBe(2)
    expect(send('2026-03-27', reminderMark('2026-03-30', 2))).toBeNull()
    // Reminded for the old due date, then extended by 5 working days: due 04-07 (清明 04-04–06), 5 days left on 03-31.
    const extended = deadline(
      [
        { on: '2026-03-02', type: 'received' },
        { approvedBy: '李乡长', days: 5, on: '2026-03-27', type: 'extended' },
      ],
      '2026-03-31',
    )
    expect(extended.dueDate).toBe('2026-04-07')
    expect(reminderToSend(extended, reminderMark('2026-03-30', 2), '2026-03-31')).toBe(5)
  })
})

describe('信息处理费 (国办函〔2020〕109号)', () => {
  it('按件: ≤10 free, 11–30 100元, 31–40 200元, 41–50 300元 (marginal)', () => {
    expect(feeFor('按件', 0)).toBe(0)
    expect(feeFor('按件', 10)).toBe(0)
    expect(feeFor('按件', 11)).toBe(100)
    expect(feeFor('按件', 30)).toBe(2000)
    expect(feeFor('按件', 31)).toBe(2200)
    expect(feeFor('按件', 40)).toBe(4000)
    expect(feeFor('按件', 41)).toBe(4300)
  })

  it('按量: ≤30 pages free, 31–100 10元, 101–200 20元, 201+ 40元 (marginal)', () => {
    expect(feeFor('按量', 30)).toBe(0)
    expect(feeFor('按量', 31)).toBe(10)
    expect(feeFor('按量', 100)).toBe(700)
    expect(feeFor('按量', 101)).toBe(720)
    expect(feeFor('按量', 200)).toBe(2700)
    expect(feeFor('按量', 201)).toBe(2740)
  })

  it('rejects bad counts', () => {
    expect(() => feeFor('按件', -1)).toThrow(/非负整数/)
    expect(() => feeFor('按量', 1.5)).toThrow(/non-negative integer/)
  })

  it("one request's fee: what its 件 add to the applicant's month, or its own pages", () => {
    // 12 件 in one month, filed as 6 + 6: the second request takes the 11th and 12th (100元 each).
    expect(requestFee('按件', { items: 6 }, 0)).toBe(0)
    expect(requestFee('按件', { items: 6 }, 6)).toBe(200)
    expect(requestFee('按件', {}, 30)).toBe(200) // the 31st 件
    expect(requestFee('按量', { pages: 40 }, 99)).toBe(100) // pages count per application, not per month
    expect(() => requestFee('按量', {}, 0)).toThrow(/页数/)
    expect(() => requestFee('按件', { items: -1 }, 0)).toThrow(/非负整数/)
  })

  it('one applicant: the same ID number under any spelling, else the name with the contact', () => {
    expect(applicantKey({ applicantName: '张三', contact: '138 0591 2345', idNumber: '35012119850312402x' })).toBe(
      applicantKey({ applicantName: '张 三', contact: 'x', idNumber: '35012119850312402X' }),
    )
    expect(applicantKey({ applicantName: '张三', contact: '138-0591-2345' })).toBe(applicantKey({ applicantName: '张三', contact: '13805912345' }))
    expect(applicantKey({ applicantName: '张三', contact: '13805912345' })).not.toBe(applicantKey({ applicantName: '李四', contact: '13805912345' }))
  })
})

describe('the admin-entered notice for a year the package does not have', () => {
  const next = CALENDAR_YEARS.last + 1
  it('counts that year once entered, stays authoritative for its own years, and still fails for other years', () => {
    expect(() => isWorkingDay(`${next}-01-04`)).toThrow(CalendarError)
    const calendar = workCalendar([
      { holidays: [`${next}-01-01`], workdays: [`${next}-01-09`], year: next },
      { holidays: ['2026-02-02'], workdays: [], year: 2026 },
    ])
    expect(calendar.isWorkingDay(`${next}-01-01`)).toBe(false)
    expect(calendar.isWorkingDay(`${next}-01-09`)).toBe(true)
    // The package's own year is not overridden by an entry.
    expect(calendar.isWorkingDay('2026-02-02')).toBe(true)
    expect(() => calendar.isWorkingDay(`${next + 1}-01-04`)).toThrow(CalendarError)
    // Deadlines count on the calendar they are given; the package's calendar alone is unchanged.
    expect(deadline([{ on: `${next}-01-05`, type: 'received' }], `${next}-01-05`, { calendar }).dueDate).toBe(
      calendar.addWorkingDays(`${next}-01-05`, 20),
    )
    expect(() => isWorkingDay(`${next}-01-09`)).toThrow(CalendarError)
  })
})

describe('due soon', () => {
  it('counts working days left, or working days overdue, across holidays', async () => {
    const { dueStatus, reminderHorizon } = await import('../../src/requests/dueSoon')
    expect(reminderHorizon('2026-10-27')).toBe('2026-11-03')
    expect(dueStatus('2026-11-03', '2026-10-27')).toEqual({ daysLeft: 5, overdue: false })
    expect(dueStatus('2026-11-03', '2026-11-03')).toEqual({ daysLeft: 0, overdue: false })
    expect(dueStatus('2026-11-03', '2026-11-05')).toEqual({ daysLeft: -2, overdue: true })
    // Across National Day: 2026-09-30 → 5 working days later is after the holiday.
    expect(reminderHorizon('2026-09-30') > '2026-10-08').toBe(true)
  })
})
