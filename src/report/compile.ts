/**
 * Compiling an annual report: the values the records give (pure), and merging them into the report without
 * overwriting what a person changed. A value counts as a person's when it is filled and differs both from
 * what the last compile wrote there and from what this compile would write.
 */
import type { Section3Column } from './format'
import type { YearRecords } from './records'

import { section3Columns, section3Rows } from './format'

/** Field path → value, for every value compiling writes. */
export type Compiled = Record<string, number | string>

/** A person's value compiling left alone, and what it would have written. */
export type Kept = { compiled: number | string; path: string; value: unknown }

export type PreviousReport = { carriedForward: Partial<Record<Section3Column, number | null>> }

/** Last year's 四、结转下年度 row, when every cell of it is filled: then it is this year's 二、上年结转. */
function previousCarriedForward(previous: PreviousReport | null): Record<Section3Column, number> | null {
  if (!previous) return null
  const row = previous.carriedForward
  return section3Columns.every(({ key }) => typeof row[key] === 'number') ? (row as Record<Section3Column, number>) : null
}

const paragraphs = (...lines: string[]) => lines.join('\n\n')

/** Section 一 as a draft: the statistics period and the figures the records give, for staff to complete. */
export function overviewDraft(year: number, records: YearRecords): string {
  const { published, requests } = records
  const r = (row: keyof YearRecords['requests']) => requests[row].total
  return paragraphs(
    `本报告所列数据的统计期限为${year}年1月1日至${year}年12月31日。`,
    `（一）主动公开。${year}年，本机关主动公开政府信息${published.total}条，其中通过政府网站发布${published.website}条，通过微信公众号发布${published.wechat}条，在公示栏张贴${published.noticeboard}条。`,
    `（二）依申请公开。本年新收政府信息公开申请${r('newReceived')}件，上年结转${r('carriedOver')}件；办结${r('resultTotal')}件，其中予以公开${r('granted')}件，部分公开${r('partial')}件；结转下年度继续办理${r('carriedForward')}件。`,
  )
}

/** Section 六 as a draft: the processing fees charged (国办函〔2020〕109号), or that none were. */
export function otherMattersDraft(records: YearRecords): string {
  return records.feesYuan > 0
    ? `本年度依申请公开收取信息处理费${records.feesYuan}元。无其他需要报告的事项。`
    : '本年度未收取信息处理费。无其他需要报告的事项。'
}

/** Everything compiling fills, by field path. */
export function compiledValues(year: number, records: YearRecords, previous: PreviousReport | null): Compiled {
  const values: Compiled = {}
  for (const [row, cells] of Object.entries(records.regulations)) {
    for (const [column, value] of Object.entries(cells)) values[`proactive.regulations.${row}.${column}`] = value
  }
  const carriedOver = previousCarriedForward(previous)
  for (const { key: row } of section3Rows) {
    for (const { key: column } of section3Columns) {
      values[`requests.${row}.${column}`] = row === 'carriedOver' && carriedOver ? carriedOver[column] : records.requests[row][column]
    }
  }
  for (const [channel, value] of Object.entries(records.published)) values[`figures.${channel}`] = value
  values.overview = overviewDraft(year, records)
  values.otherMatters = otherMattersDraft(records)
  return values
}

const blank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && !value.trim())

/**
 * What to write: the fresh value everywhere, except where a person's value stands and `overwrite` is not
 * given. `read` gives the report's current value at a path; `last` is what the previous compile wrote.
 */
export function mergeCompiled(
  read: (path: string) => unknown,
  last: Compiled | null,
  fresh: Compiled,
  overwrite: boolean,
): { kept: Kept[]; values: Record<string, unknown> } {
  const kept: Kept[] = []
  const values: Record<string, unknown> = {}
  for (const [path, compiled] of Object.entries(fresh)) {
    const value = read(path)
    const personal = !blank(value) && value !== compiled && (last === null || !(path in last) || last[path] !== value)
    if (personal && !overwrite) {
      kept.push({ compiled, path, value })
      values[path] = value
    } else values[path] = compiled
  }
  return { kept, values }
}
