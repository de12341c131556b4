/**
 * Where a report field sits in the official format (国办公开办函〔2021〕30号), in its own words: the section,
 * the table's row headings and the column, e.g. 二、主动公开政府信息情况 · 第二十条第（一）项 · 规章 · 本年制发件数.
 * Validation errors and the first-pass findings name their place with this, never with a field path.
 */
import { publishedAtLabel } from '../fields/disclosure'
import {
  type Label,
  section2Tables,
  section3Columns,
  section3Rows,
  section4Columns,
  section4Groups,
  sectionHeadings,
  signatureLabels,
} from './format'
import { requestColumnPath, requestLabelPaths } from './layout'

const SEPARATOR = ' · '

/** The words of a place, or null when a key is not in the format (an unknown label is undefined). */
type Words = readonly string[] | null
const known = (words: readonly (string | undefined)[]): Words => (words.every((word) => word !== undefined) ? (words as string[]) : null)
const labelOf = (items: readonly { key: string; label: Label }[], key: string | undefined) => items.find((item) => item.key === key)?.label.zh

const PROACTIVE_TABLES = new Map<string, (typeof section2Tables)[keyof typeof section2Tables]>(Object.entries(section2Tables))

/** proactive.<table>.<row>.<column>: 二、… · 第二十条第（…）项 · row · column */
function proactivePlace([tableKey, rowKey, columnKey]: string[]): Words {
  const table = PROACTIVE_TABLES.get(tableKey ?? '')
  return table ? known([sectionHeadings.proactive, table.title, labelOf(table.rows, rowKey), labelOf(table.columns, columnKey)]) : null
}

/** requests.<row>.<column>: 三、… · the row's headings as printed (三、本年度办理结果 · （三）不予公开 · 1.…) · column */
function requestPlace([rowKey, columnKey]: string[]): Words {
  const row = section3Rows.findIndex((r) => r.key === rowKey)
  if (row < 0 || !labelOf(section3Columns, columnKey)) return null
  // a row without a group of its own has undefined there: it is printed wider, not missing
  const headings = requestLabelPaths()[row]!.filter((words) => words !== undefined)
  return [sectionHeadings.requests, ...headings, ...requestColumnPath(columnKey!)]
}

/** appeals.<group>.<column>: 四、… · 行政复议 (or 行政诉讼 · 未经复议直接起诉) · column */
function appealPlace([groupKey, columnKey]: string[]): Words {
  const group = labelOf(section4Groups, groupKey)
  return group ? known([sectionHeadings.appeals, group, labelOf(section4Columns, columnKey)]) : null
}

/** Fields that are a place of their own: the narrative sections by their headings, the signature and publication by their labels. */
const FIELD_LABELS = new Map<string, string>([
  ...Object.entries(sectionHeadings),
  ['publishedAt', publishedAtLabel.zh],
  ['signedAt', signatureLabels.signedAt.zh],
  ['signedBy', signatureLabels.signedBy.zh],
])

const TABLES = new Map<string, (keys: string[]) => Words>([
  ['appeals', appealPlace],
  ['proactive', proactivePlace],
  ['requests', requestPlace],
])

/** The place of a report field path in the official format's words; a path it does not know comes back as it is. */
export function placeOf(path: string): string {
  const [head = '', ...rest] = path.split('.')
  if (rest.length === 0) return FIELD_LABELS.get(head) ?? path
  const words = TABLES.get(head)?.(rest)
  return words ? words.join(SEPARATOR) : path
}
