import type { ApplicantType } from './submission'

import { type Section3Column, type Section3Row, section3Columns, section3Rows } from '../report/format'

/** Rows of table 三 that are not outcomes of a single request. */
const NOT_OUTCOMES = new Set<Section3Row>(['newReceived', 'carriedOver', 'resultTotal', 'carriedForward'])

/** How a request ended: exactly the result rows of table 三 (予以公开 … 其他处理). */
export const OUTCOMES = section3Rows.filter((row) => !NOT_OUTCOMES.has(row.key))
export type Outcome = Exclude<Section3Row, 'carriedForward' | 'carriedOver' | 'newReceived' | 'resultTotal'>

/** Everything short of disclosing in full states its legal basis in the answer (第三十六条). */
export const needsLegalBasis = (outcome: null | string | undefined) => Boolean(outcome) && outcome !== 'granted'

/** The table's column for each kind of applicant. */
export const COLUMN_OF: Record<ApplicantType, Exclude<Section3Column, 'total'>> = {
  commercial: 'commercial',
  'legal-service': 'legalService',
  'natural-person': 'natural',
  other: 'other',
  'public-interest': 'publicInterest',
  research: 'research',
}

export type Group = { applicantType: string; count: number }
export type TableThree = Record<Section3Row, Record<Section3Column, number>>

/**
 * Table 三 from grouped counts: each row's columns, the 总计 column, and the （七）总计 row. The printed
 * check 一 + 二 = （七） + 四 holds when the four groups come from one consistent reading of the records.
 */
export function tableThree(input: {
  carriedForward: Group[]
  carriedOver: Group[]
  newReceived: Group[]
  outcomes: Array<Group & { outcome: string }>
}): TableThree {
  const table = Object.fromEntries(section3Rows.map((row) => [row.key, Object.fromEntries(section3Columns.map((c) => [c.key, 0]))])) as TableThree
  const add = (row: Section3Row, groups: Group[]) => {
    for (const { applicantType, count } of groups) {
      const column = COLUMN_OF[applicantType as ApplicantType] ?? 'other'
      table[row][column] += count
      table[row].total += count
    }
  }
  add('newReceived', input.newReceived)
  add('carriedOver', input.carriedOver)
  add('carriedForward', input.carriedForward)
  for (const group of input.outcomes) {
    if (!OUTCOMES.some((o) => o.key === group.outcome)) continue
    add(group.outcome as Outcome, [group])
    add('resultTotal', [group])
  }
  return table
}
