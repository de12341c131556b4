/**
 * The 政府信息公开工作年度报告 as one document model — the title, the six sections in order (narrative
 * paragraphs, or an official table as a grid of cells with their spans) and the signature — so that the
 * HTML page and the PDF draw exactly the same thing. Every row and column label comes from ./format.
 */
import type { AnnualReport } from '../payload-types'

import { chinaDate, chineseDate } from '../time'
import { section2Tables, section3Columns, section3Rows, section4Columns, section4Groups, sectionHeadings } from './format'
import { valueAt } from './paths'

export type Cell = { text: string; colSpan?: number; rowSpan?: number; header?: boolean; numeric?: boolean }
/** One official table: header rows and body rows, each a list of cells laid out as in HTML. */
export type Grid = { caption?: string; head: Cell[][]; body: Cell[][] }
export type ReportSection = { heading: string; paragraphs: string[]; table?: Grid }
export type ReportDocument = { title: string; sections: ReportSection[]; signature: { organ: string; date: string } }

// The official tables' header texts that format.ts does not carry (it holds the row and column labels).
const CONTENT_HEADER = '信息内容'
const BALANCE_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
const APPLICANTS = '申请人情况'
const ORGANISATIONS = '法人或其他组织'

/** 一、… 四、: a top-level row or group of table 三, and the numbering of the section headings. */
const TOP_LEVEL = /^[一二三四五六七八九十]+、/
/** Table 三 prints its row labels in three columns: 三、本年度办理结果, then （三）不予公开, then 1.属于国家秘密. */
const REQUEST_LABEL_COLUMNS = 3

export function reportDocument(report: AnnualReport, { organName }: { organName: string }): ReportDocument {
  const keys = Object.keys(sectionHeadings) as (keyof typeof sectionHeadings)[]
  return {
    sections: keys.map((key) => ({ heading: sectionHeadings[key], ...sectionContent[key](report) })),
    // The report's own 落款机关 when filled in, else the organ's name.
    signature: { date: report.signedAt ? chineseDate(chinaDate(report.signedAt)) : '', organ: report.signedBy?.trim() || organName },
    title: report.title,
  }
}

const sectionContent: { [K in keyof typeof sectionHeadings]: (report: AnnualReport) => Omit<ReportSection, 'heading'> } = {
  appeals: (report) => ({ paragraphs: [], table: appealsTable(report) }),
  otherMatters: (report) => ({ paragraphs: paragraphs(report.otherMatters) }),
  overview: (report) => ({ paragraphs: paragraphs(report.overview) }),
  proactive: (report) => ({ paragraphs: [], table: proactiveTable(report) }),
  problems: (report) => ({ paragraphs: paragraphs(report.problems) }),
  requests: (report) => ({ paragraphs: [], table: requestsTable(report) }),
}

/** One paragraph per line; blank lines and the indent clerks type themselves are dropped. */
export function paragraphs(text: null | string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
}

/** A blank cell stays blank and 0 is printed; the fee (万元) keeps up to four decimals, without trailing zeros. */
export function formatNumber(value: null | number | undefined): string {
  return typeof value === 'number' ? String(Number(value.toFixed(4))) : ''
}

/** The number at `path` in the report: format.ts's keys are the report's field names. */
function numberCell(report: AnnualReport, ...path: string[]): Cell {
  const value = valueAt(report, path.join('.'))
  return { numeric: true, text: formatNumber(typeof value === 'number' ? value : undefined) }
}

const header = (text: string, spans: Pick<Cell, 'colSpan' | 'rowSpan'> = {}): Cell => ({ header: true, text, ...spans })

/** The section heading without its numbering: 三、收到和处理… → 收到和处理… */
const captionOf = (heading: string) => heading.replace(TOP_LEVEL, '')

/** Widens the last cell so that a block with fewer columns fills the table's width. */
function fill(cells: Cell[], width: number): Cell[] {
  const extra = width - cells.length
  return extra > 0 ? cells.map((cell, i) => (i === cells.length - 1 ? { ...cell, colSpan: extra + 1 } : cell)) : cells
}

/**
 * Section 二 as the official single table: each 第二十条 block is a title row across the table, a header
 * row (信息内容 and its columns) and its rows; a block with one value column spans it over the others.
 */
export function proactiveTable(report: AnnualReport): Grid {
  const tables = Object.entries(section2Tables)
  const width = 1 + Math.max(...tables.map(([, table]) => table.columns.length))
  const blocks = tables.map(([tableKey, table]) => [
    [header(table.title, { colSpan: width })],
    fill([header(CONTENT_HEADER), ...table.columns.map((column) => header(column.label.zh))], width),
    ...table.rows.map((row) =>
      fill([header(row.label.zh), ...table.columns.map((column) => numberCell(report, 'proactive', tableKey, row.key, column.key))], width),
    ),
  ])
  // The official table opens with the first block's title and header rows; later blocks repeat that shape.
  const [first = [], ...rest] = blocks
  return { body: [...first.slice(2), ...rest.flat()], caption: captionOf(sectionHeadings.proactive), head: first.slice(0, 2) }
}

/** The headings over a table 三 column: 法人或其他组织 over the five kinds of organisation, then the column's own. */
export function requestColumnPath(key: string): string[] {
  const index = section3Columns.findIndex((column) => column.key === key)
  const label = section3Columns[index]?.label.zh ?? key
  return index > 0 && index < section3Columns.length - 1 ? [ORGANISATIONS, label] : [label]
}

/** Section 三: the 勾稽关系 note over the label columns, then 申请人情况 over 自然人, 法人或其他组织 (five kinds) and 总计. */
export function requestsTable(report: AnnualReport): Grid {
  // 自然人 and 总计 stand alone; the kinds of organisation between them sit under 法人或其他组织.
  const [natural, total, organisations] = [section3Columns[0], section3Columns.at(-1)!, section3Columns.slice(1, -1)]
  const head = [
    [{ rowSpan: 3, colSpan: REQUEST_LABEL_COLUMNS, text: BALANCE_NOTE }, header(APPLICANTS, { colSpan: section3Columns.length })],
    [header(natural.label.zh, { rowSpan: 2 }), header(ORGANISATIONS, { colSpan: organisations.length }), header(total.label.zh, { rowSpan: 2 })],
    organisations.map((column) => header(column.label.zh)),
  ]
  const labels = mergedLabels(requestLabelPaths())
  const body = section3Rows.map((row, r) => [...labels[r]!, ...section3Columns.map((column) => numberCell(report, 'requests', row.key, column.key))])
  return { body, caption: captionOf(sectionHeadings.requests), head }
}

/**
 * Each table 三 row as [outer group, inner group, own label]: 三、本年度办理结果 runs from the row that names
 * it up to the next top-level row (四、…); （三）不予公开 and its kind are the groups format.ts puts on rows.
 */
export function requestLabelPaths(): (string | undefined)[][] {
  let outer: string | undefined
  return section3Rows.map((row) => {
    const group = 'group' in row ? row.group : undefined
    if (group && TOP_LEVEL.test(group)) outer = group
    else if (TOP_LEVEL.test(row.label.zh)) outer = undefined
    return [outer, group && !TOP_LEVEL.test(group) ? group : undefined, row.label.zh]
  })
}

/**
 * The label cells of rows given as paths: a group becomes one cell spanning its run of rows, and a row's
 * own label widens over the group columns it has no group in.
 */
function mergedLabels(paths: (string | undefined)[][]): Cell[][] {
  const runLength = (from: number, level: number) => {
    let end = from
    while (end < paths.length && paths[end]![level] === paths[from]![level]) end++
    return end - from
  }
  return paths.map((path, r) => {
    const groups = path.slice(0, -1)
    const groupCells = groups.flatMap((group, level) =>
      group && paths[r - 1]?.[level] !== group ? [header(group, { rowSpan: runLength(r, level) })] : [],
    )
    const colSpan = path.length - groups.filter(Boolean).length
    return [...groupCells, header(path[path.length - 1]!, colSpan > 1 ? { colSpan } : {})]
  })
}

/**
 * Section 四: 行政复议 over its five columns, 行政诉讼 over 未经复议直接起诉 and 复议后起诉 with five each,
 * and one row of fifteen numbers. format.ts names a 行政诉讼 group "行政诉讼 · 未经复议直接起诉".
 */
export function appealsTable(report: AnnualReport): Grid {
  const groups = section4Groups.map((group) => {
    const [parent = '', child] = group.label.zh.split(' · ')
    return { child, key: group.key, parent }
  })
  const columns = section4Columns.length
  const columnLabels = (spans: Pick<Cell, 'rowSpan'> = {}) => section4Columns.map((column) => header(column.label.zh, spans))
  const parents = [...new Set(groups.map((group) => group.parent))]
  const head = [
    parents.map((parent) => header(parent, { colSpan: columns * groups.filter((group) => group.parent === parent).length })),
    // A group without a name of its own has its column labels right under its parent, over two rows.
    groups.flatMap((group) => (group.child ? [header(group.child, { colSpan: columns })] : columnLabels({ rowSpan: 2 }))),
    groups.filter((group) => group.child).flatMap(() => columnLabels()),
  ]
  const body = [groups.flatMap((group) => section4Columns.map((column) => numberCell(report, 'appeals', group.key, column.key)))]
  return { body, caption: captionOf(sectionHeadings.appeals), head }
}

export type PlacedCell = Cell & { colSpan: number; column: number; row: number; rowSpan: number }

/** Where each cell sits, as HTML's table model places it: in the first column no cell above spans into. */
export function placeCells(rows: Cell[][]): { cells: PlacedCell[]; columns: number } {
  const taken: boolean[][] = []
  const cells = rows.flatMap((row, r) => {
    let column = 0
    return row.map((cell) => {
      while (taken[r]?.[column]) column++
      const placed = { ...cell, colSpan: cell.colSpan ?? 1, column, row: r, rowSpan: cell.rowSpan ?? 1 }
      for (let i = r; i < r + placed.rowSpan; i++) for (let j = column; j < column + placed.colSpan; j++) (taken[i] ??= [])[j] = true
      column += placed.colSpan
      return placed
    })
  })
  return { cells, columns: Math.max(0, ...taken.map((row) => row.length)) }
}
