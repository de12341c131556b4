import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { CalendarError } from '../src/requests/calendar'
import { type CaseLogRow, eventsOf } from '../src/requests/caseLog'
import { deadlineSettings } from '../src/requests/deadlineSettings'
import { CaseSequenceError, deadline } from '../src/requests/deadlines'
import { chinaDate } from '../src/time'

const ABANDONED_BASIS = '《中华人民共和国政府信息公开条例》第三十条：申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理该政府信息公开申请。'

/**
 * The due date and state of a disclosure request follow from its case log on every save: a step the
 * statute does not allow (a second extension, 补正 after 7 working days, …) is refused with the reason.
 */
export const computeRequestDeadline: CollectionBeforeChangeHook = async ({ context, data, req }) => {
  const rows = (data.caseLog ?? []) as CaseLogRow[]
  if (!rows.length) return data
  const options = await deadlineSettings(req.payload)
  try {
    // The daily refresh passes the day it evaluates (its own clock), so one run sees one day.
    const today = typeof context.today === 'string' ? context.today : chinaDate(new Date())
    const d = deadline(eventsOf(rows), today, options)
    const answeredOn = rows.find((row) => row.step === 'answered')?.on ?? null
    if (d.state === 'answered' && !data.outcome) {
      throw new APIError('答复须选择办理结果 / An answered request needs its outcome', 400, { code: 'outcome' }, true)
    }
    // Not corrected in time: closed as 其他处理 1 on the last day of the correction period.
    if (d.state === 'abandoned') {
      return {
        ...data,
        closedOn: d.correctionDueBy,
        dueDate: null,
        legalBasis: data.legalBasis || ABANDONED_BASIS,
        outcome: data.outcome ?? 'noCorrection',
        state: d.state,
      }
    }
    return { ...data, closedOn: answeredOn, dueDate: d.dueDate, state: d.state }
  } catch (error) {
    if (error instanceof CaseSequenceError || error instanceof CalendarError) throw new APIError(error.message, 400, { code: 'case-log' }, true)
    throw error
  }
}
