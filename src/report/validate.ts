/**
 * The consistency rules of 政府信息公开工作年度报告 (国办公开办函〔2021〕30号), as a pure function of the report and
 * of what the system knows (organ name, deadline, last year's report, its own records). Rule numbers are those
 * of the reference format: 1–4 arithmetic, 5 completeness, 6 narrative figures, 7 carry-over, 8 deadline and
 * signature. Every message is Chinese and names the table, row and column with the labels of ./format.
 *
 * For the arithmetic rules `found` is the total cell at `path` (or, for rule 1, the side it belongs to) and
 * `expected` what the other side adds up to.
 */
import type { AnnualReport } from '../payload-types'

import { OUTCOMES } from '../requests/outcomes'
import { chinaDate } from '../time'
import {
  type Label,
  type Section3Column,
  type Section3Row,
  section2Tables,
  section3Columns,
  section3Rows,
  section4Columns,
  section4Groups,
  sectionHeadings,
  type TableRow,
} from './format'
import { valueAt } from './paths'

export type ValidationError = {
  rule: number
  path: string
  message: string
  expected?: number | string
  found?: number | string | null
}

/** Counts from the system's own records, when known: they back the figures quoted in section 一. */
export type ReportRecords = {
  /** proactive items published this year */
  published?: number
  /** disclosure requests received this year */
  newReceived?: number
}

export type ValidationContext = {
  /** the organ's exact full name, e.g. 青石乡人民政府 */
  organName: string
  /** YYYY-MM-DD, the last day to publish */
  deadline: string
  /** YYYY-MM-DD in China time */
  today: string
  /** YYYY-MM-DD when the report was published, else null */
  publishedOn?: string | null
  /** last year's row 四、结转下年度继续办理, when that report is in the system */
  previousCarriedForward?: Partial<Record<Section3Column, number | null>> | null
  records?: ReportRecords
}

export type ValidationResult = { errors: ValidationError[]; warnings: ValidationError[] }

export type ReportInput = Pick<
  AnnualReport,
  'appeals' | 'otherMatters' | 'overview' | 'proactive' | 'problems' | 'requests' | 'signedAt' | 'signedBy' | 'year'
>

type AppealGroup = (typeof section4Groups)[number]['key']
type AppealColumn = (typeof section4Columns)[number]['key']
type Narrative = 'otherMatters' | 'overview' | 'problems'

/** One number of the printed tables: its field path, its Chinese name, whether it may be a decimal. */
type CellSpec = { path: string; name: string; decimal: boolean }
/** The cells that passed rule 5, by path; the arithmetic only ever reads these. */
type Values = ReadonlyMap<string, number>

const TOTAL = 'total'
const NARRATIVES: readonly Narrative[] = ['overview', 'problems', 'otherMatters']
/** Only these two narratives quote figures (problems and plans rarely do, and not as statistics). */
const FIGURE_NARRATIVES: readonly Narrative[] = ['overview', 'otherMatters']

const requestPath = (row: Section3Row, column: Section3Column) => `requests.${row}.${column}`
const appealPath = (group: AppealGroup, column: AppealColumn) => `appeals.${group}.${column}`
const quoted = (text: string) => `「${text}」`
/** 「first」至「last」 for a run of rows or columns. */
const range = (items: readonly { label: Label }[]) => `${quoted(items[0]!.label.zh)}至${quoted(items.at(-1)!.label.zh)}`

/** Numbered sub-rows (1.属于国家秘密 …) are only unambiguous with their group heading. */
const rowName = (row: TableRow) => (row.group && /^\d/.test(row.label.zh) ? `${quoted(row.group)}${quoted(row.label.zh)}` : quoted(row.label.zh))
const requestRow = (key: Section3Row): TableRow => section3Rows.find((row) => row.key === key)!

type Section2Table = { title: string; rows: readonly TableRow[]; columns: readonly { key: string; label: Label }[] }

function section2Cells(): CellSpec[] {
  const tables: Record<string, Section2Table> = section2Tables
  return Object.entries(tables).flatMap(([tableKey, table]) =>
    table.rows.flatMap((row) =>
      table.columns.map((column) => ({
        // the 第二十条第（八）项 fee table is in 万元; every other cell counts documents or decisions
        decimal: table === section2Tables.fees,
        name: `表二（${table.title}）${rowName(row)}行${quoted(column.label.zh)}列`,
        path: `proactive.${tableKey}.${row.key}.${column.key}`,
      })),
    ),
  )
}

function section3Cells(): CellSpec[] {
  return section3Rows.flatMap((row) =>
    section3Columns.map((column) => ({
      decimal: false,
      name: `表三${rowName(row)}行${quoted(column.label.zh)}列`,
      path: requestPath(row.key, column.key),
    })),
  )
}

function section4Cells(): CellSpec[] {
  return section4Groups.flatMap((group) =>
    section4Columns.map((column) => ({
      decimal: false,
      name: `表四${quoted(group.label.zh)}${quoted(column.label.zh)}列`,
      path: appealPath(group.key, column.key),
    })),
  )
}

/** Every cell, in the order the report prints them (row by row). */
const CELLS: readonly CellSpec[] = [...section2Cells(), ...section3Cells(), ...section4Cells()]
const CELL_NAME = new Map(CELLS.map((cell) => [cell.path, cell.name]))
/** Every path an error can carry, in document order: tables, then narrative, then signature and publication. */
export const ERROR_PATHS: readonly string[] = [...CELLS.map((cell) => cell.path), ...NARRATIVES, 'signedBy', 'signedAt', 'publishedAt']
const PATH_ORDER = new Map(ERROR_PATHS.map((path, i) => [path, i]))

/** The sum of the cells, or null when one of them is unusable (rule 5 has already said so). */
function sumOf(values: Values, paths: readonly string[]): number | null {
  let sum = 0
  for (const path of paths) {
    const value = values.get(path)
    if (value === undefined) return null
    sum += value
  }
  return sum
}

function cellProblem(cell: CellSpec, value: unknown): string | null {
  if (value === null || value === undefined) return '为空：没有发生也须填 0'
  if (typeof value !== 'number' || !Number.isFinite(value)) return '不是有效数字'
  if (value < 0 || (!cell.decimal && !Number.isInteger(value))) {
    return `为 ${value}：须为${cell.decimal ? '非负数' : '非负整数'}`
  }
  return null
}

/** Rule 5 for the tables; returns the usable cells for the other rules. */
function checkCells(report: ReportInput): { errors: ValidationError[]; values: Values } {
  const errors: ValidationError[] = []
  const values = new Map<string, number>()
  for (const cell of CELLS) {
    const value = valueAt(report, cell.path)
    const problem = cellProblem(cell, value)
    if (problem === null) values.set(cell.path, value as number)
    else {
      const found = typeof value === 'number' ? value : value === null || value === undefined ? null : String(value)
      errors.push({ found, message: `${cell.name}${problem}`, path: cell.path, rule: 5 })
    }
  }
  return { errors, values }
}

/** Rules 2–4 share one shape: the parts must add up to the total cell at `totalPath`. */
function partsMismatch(
  rule: number,
  values: Values,
  parts: readonly string[],
  totalPath: string,
  describe: (sum: number, total: number) => string,
): ValidationError[] {
  const sum = sumOf(values, parts)
  const total = values.get(totalPath)
  if (sum === null || total === undefined || sum === total) return []
  return [{ expected: sum, found: total, message: describe(sum, total), path: totalPath, rule }]
}

/** Rule 1, the printed 勾稽关系: 一 + 二 = （七） + 四, per column; reported on 四 (（七） has rule 2 of its own). */
function checkBalance(values: Values): ValidationError[] {
  const [received, carriedOver, resultTotal, carriedForward] = (['newReceived', 'carriedOver', 'resultTotal', 'carriedForward'] as const).map((key) =>
    quoted(requestRow(key).label.zh),
  )
  return section3Columns.flatMap(({ key, label }) => {
    const inflow = sumOf(values, [requestPath('newReceived', key), requestPath('carriedOver', key)])
    const outflow = sumOf(values, [requestPath('resultTotal', key), requestPath('carriedForward', key)])
    if (inflow === null || outflow === null || inflow === outflow) return []
    const message =
      `表三${quoted(label.zh)}列：${received} + ${carriedOver} = ${inflow}，` + `${resultTotal} + ${carriedForward} = ${outflow}，两者应相等`
    return [{ expected: inflow, found: outflow, message, path: requestPath('carriedForward', key), rule: 1 }]
  })
}

/** Rule 2: （一）…（六）3 add up to （七）总计, per column. */
function checkResultTotals(values: Values): ValidationError[] {
  const outcomes = `${rowName(OUTCOMES[0]!)}至${rowName(OUTCOMES.at(-1)!)}`
  const total = rowName(requestRow('resultTotal'))
  return section3Columns.flatMap(({ key, label }) =>
    partsMismatch(
      2,
      values,
      OUTCOMES.map((row) => requestPath(row.key, key)),
      requestPath('resultTotal', key),
      (sum, found) => `表三${quoted(label.zh)}列：${outcomes}各行之和为 ${sum}，${total}为 ${found}，两者应相等`,
    ),
  )
}

/** Rule 3: the six applicant columns add up to 总计, per row. */
function checkRowTotals(values: Values): ValidationError[] {
  const applicants = section3Columns.filter((column) => column.key !== TOTAL)
  const totalLabel = quoted(section3Columns.find((column) => column.key === TOTAL)!.label.zh)
  return section3Rows.flatMap((row) =>
    partsMismatch(
      3,
      values,
      applicants.map((column) => requestPath(row.key, column.key)),
      requestPath(row.key, TOTAL),
      (sum, found) => `表三${rowName(row)}行：${range(applicants)}各列之和为 ${sum}，${totalLabel}列为 ${found}，两者应相等`,
    ),
  )
}

/** Rule 4: 维持 + 纠正 + 其他 + 尚未审结 = 总计, per group of table 四. */
function checkAppealTotals(values: Values): ValidationError[] {
  const outcomes = section4Columns.filter((column) => column.key !== TOTAL)
  const totalLabel = quoted(section4Columns.find((column) => column.key === TOTAL)!.label.zh)
  return section4Groups.flatMap((group) =>
    partsMismatch(
      4,
      values,
      outcomes.map((column) => appealPath(group.key, column.key)),
      appealPath(group.key, TOTAL),
      (sum, found) => `表四${quoted(group.label.zh)}：${range(outcomes)}之和为 ${sum}，${totalLabel}为 ${found}，两者应相等`,
    ),
  )
}

/** Rule 5 for the narrative sections: 第五十条 leaves none out; an empty one says 无. */
function checkNarrativesPresent(report: ReportInput): ValidationError[] {
  return NARRATIVES.filter((field) => !report[field]?.trim()).map((field) => ({
    found: null,
    message: `${quoted(sectionHeadings[field])}为空：第五十条要求逐项报告，没有内容也须写明“无”`,
    path: field,
    rule: 5,
  }))
}

/** A figure the narrative may quote, and what it must equal: the sum of table cells and/or a record count. */
type Claim = { keywords: readonly string[]; units: string; cells: readonly string[]; record?: keyof ReportRecords }

const CLAIMS: readonly Claim[] = [
  { cells: [requestPath('newReceived', TOTAL)], keywords: ['新收', '收到'], record: 'newReceived', units: '件' },
  { cells: [requestPath('carriedOver', TOTAL)], keywords: ['上年结转'], units: '件' },
  { cells: [requestPath('carriedForward', TOTAL)], keywords: ['结转下年度'], units: '件' },
  { cells: [requestPath('granted', TOTAL)], keywords: ['予以公开'], units: '件' },
  { cells: [requestPath('partial', TOTAL)], keywords: ['部分公开'], units: '件' },
  // proactive items are counted in 条 as often as in 件
  { cells: [], keywords: ['主动公开'], record: 'published', units: '条件' },
  // Table 四 is the organ's own entry (the system keeps no appeal records): quoted figures are checked against it.
  { cells: [appealPath('reconsideration', TOTAL)], keywords: ['行政复议'], units: '件' },
  { cells: [appealPath('directSuit', TOTAL), appealPath('suitAfterReview', TOTAL)], keywords: ['行政诉讼'], units: '件' },
]

const RECORD_NAMES: Record<keyof ReportRecords, string> = {
  newReceived: '系统记录的本年新收申请数',
  published: '系统记录的本年主动公开信息数',
}

const KEYWORDS = new RegExp(CLAIMS.flatMap((claim) => claim.keywords).join('|'), 'g')
const CLAIM_OF = new Map(CLAIMS.flatMap((claim) => claim.keywords.map((keyword) => [keyword, claim] as const)))
/** A figure may not be carried past the end of its clause. */
const CLAUSE_END = /[。；;！!？?\n]/
const CHINESE_NUMERAL = '[零〇一二两三四五六七八九十百千]+'
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/** 十二 → 12, 一百零五 → 105, 两千 → 2000 (零/〇 only separate). */
function chineseNumber(text: string): number {
  let total = 0
  let digit = 0
  for (const char of text) {
    const unit = CHINESE_UNITS[char]
    if (unit) {
      total += (digit || 1) * unit
      digit = 0
    } else digit = CHINESE_DIGITS[char] ?? 0
  }
  return total + digit
}

/** Full-width digits count as digits; same length, so positions in the original text stay valid. */
const halfWidthDigits = (text: string) => text.replace(/[０-９]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))

type Quote = { claim: Claim; phrase: string; value: number }

/**
 * The figures a clause quotes: each keyword takes the first number-with-unit after it, before the next keyword,
 * so in 新收申请12件，其中予以公开5件 the 5 belongs to 予以公开, not to 新收.
 */
function quotesIn(clause: string): Quote[] {
  const text = halfWidthDigits(clause)
  const hits = [...text.matchAll(KEYWORDS)]
  return hits.flatMap((hit, i) => {
    const claim = CLAIM_OF.get(hit[0])!
    const segment = text.slice(hit.index, hits[i + 1]?.index ?? text.length)
    const figure = new RegExp(`(?<!\\d)(\\d+|${CHINESE_NUMERAL})\\s*[${claim.units}]`).exec(segment)
    if (!figure) return []
    const digits = figure[1]!
    const value = /^\d/.test(digits) ? Number(digits) : chineseNumber(digits)
    return [{ claim, phrase: clause.slice(hit.index, hit.index + figure.index + figure[0].length).trim(), value }]
  })
}

function describeCells(paths: readonly string[]): string {
  const names = paths.map((path) => CELL_NAME.get(path)!)
  return names.length === 1 ? names[0]! : `${names.join('与')}之和`
}

/** Rule 6 for one quoted figure: against the tables, and against the records when the system has them. */
function quoteMismatches(field: Narrative, quote: Quote, values: Values, records: ReportRecords | undefined): ValidationError[] {
  const said = `${quoted(sectionHeadings[field])}写${quoted(quote.phrase)}`
  const errors: ValidationError[] = []
  const fromTables = quote.claim.cells.length > 0 ? sumOf(values, quote.claim.cells) : null
  if (fromTables !== null && fromTables !== quote.value) {
    errors.push({
      expected: fromTables,
      found: quote.value,
      message: `${said}，与${describeCells(quote.claim.cells)}的 ${fromTables} 不符`,
      path: field,
      rule: 6,
    })
  }
  const record = quote.claim.record
  const fromRecords = record ? records?.[record] : undefined
  if (record && fromRecords !== undefined && fromRecords !== quote.value) {
    errors.push({
      expected: fromRecords,
      found: quote.value,
      message: `${said}，与${RECORD_NAMES[record]} ${fromRecords} 不符`,
      path: field,
      rule: 6,
    })
  }
  return errors
}

/** Rule 6: 本报告所列数据的统计期限为X年1月1日至X年12月31日 names the report's own year. */
function periodMismatch(field: Narrative, clause: string, year: number): ValidationError[] {
  if (!clause.includes('统计期限')) return []
  const wrong = [...halfWidthDigits(clause).matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1])).find((y) => y !== year)
  if (wrong === undefined) return []
  return [
    {
      expected: year,
      found: wrong,
      message: `${quoted(sectionHeadings[field])}所写统计期限${quoted(clause.trim())}含 ${wrong} 年，应为报告年度 ${year} 年`,
      path: field,
      rule: 6,
    },
  ]
}

function checkNarrativeFigures(report: ReportInput, values: Values, records: ReportRecords | undefined): ValidationError[] {
  return FIGURE_NARRATIVES.flatMap((field) =>
    (report[field] ?? '')
      .split(CLAUSE_END)
      .flatMap((clause) => [
        ...periodMismatch(field, clause, report.year),
        ...quotesIn(clause).flatMap((quote) => quoteMismatches(field, quote, values, records)),
      ]),
  )
}

/** Rule 7: this year's 二、上年结转 is last year's 四、结转下年度继续办理. */
function checkCarriedOver(values: Values, previous: ValidationContext['previousCarriedForward']): ValidationError[] {
  if (!previous) return []
  const lastYearRow = rowName(requestRow('carriedForward'))
  return section3Columns.flatMap(({ key, label }) => {
    const path = requestPath('carriedOver', key)
    const lastYear = previous[key]
    const thisYear = values.get(path)
    if (typeof lastYear !== 'number' || thisYear === undefined || thisYear === lastYear) return []
    const message = `${CELL_NAME.get(path)}为 ${thisYear}，上年报告${lastYearRow}行${quoted(label.zh)}列为 ${lastYear}，两者应相等`
    return [{ expected: lastYear, found: thisYear, message, path, rule: 7 }]
  })
}

const DAY_MS = 86_400_000
/** Whole days from one YYYY-MM-DD to a later one (both read as UTC midnights, so no DST or zone drift). */
const daysAfter = (later: string, earlier: string) => Math.round((Date.parse(later) - Date.parse(earlier)) / DAY_MS)

function checkSignedBy(signedBy: string | null | undefined, organName: string): ValidationError[] {
  const name = signedBy?.trim() ?? ''
  if (name === organName.trim()) return []
  const message = name ? `落款机关${quoted(name)}不是全称，应为${quoted(organName)}` : `落款机关为空，应为机关全称${quoted(organName)}`
  return [{ expected: organName, found: signedBy ?? null, message, path: 'signedBy', rule: 8 }]
}

/** The signature date covers the whole year, so it falls between 1 January of the next year and the deadline. */
function checkSignedAt(signedAt: string | null | undefined, year: number, deadline: string): ValidationError[] {
  const fail = (message: string, expected?: string): ValidationError[] => [{ expected, found: signedAt ?? null, message, path: 'signedAt', rule: 8 }]
  if (!signedAt) return fail('落款日期为空：须写明成文日期')
  // a Payload date field is an instant; the organ signs on a China date
  if (Number.isNaN(Date.parse(signedAt))) return fail(`落款日期${quoted(signedAt)}无法识别`)
  const day = chinaDate(signedAt)
  const yearEnd = `${year + 1}-01-01`
  if (day < yearEnd) return fail(`落款日期 ${day} 早于 ${yearEnd}：年度报告须在统计年度结束后成文`, yearEnd)
  if (day > deadline) return fail(`落款日期 ${day} 晚于公开期限 ${deadline}`, deadline)
  return []
}

/** Rule 8, publication: late → error; not yet published past the deadline → warning (blocking cannot fix it). */
function checkPublication(context: ValidationContext): ValidationResult {
  const { deadline, publishedOn, today } = context
  if (publishedOn) {
    if (publishedOn <= deadline) return { errors: [], warnings: [] }
    const message = `发布日期 ${publishedOn} 晚于公开期限 ${deadline}，逾期 ${daysAfter(publishedOn, deadline)} 天`
    return { errors: [{ expected: deadline, found: publishedOn, message, path: 'publishedAt', rule: 8 }], warnings: [] }
  }
  if (today <= deadline) return { errors: [], warnings: [] }
  const message = `年度报告尚未发布，已超过公开期限 ${deadline} ${daysAfter(today, deadline)} 天`
  return { errors: [], warnings: [{ expected: deadline, found: null, message, path: 'publishedAt', rule: 8 }] }
}

const byDocumentOrder = (a: ValidationError, b: ValidationError) => PATH_ORDER.get(a.path)! - PATH_ORDER.get(b.path)! || a.rule - b.rule

/**
 * Checks a report against the eight rules. Arithmetic (rules 1–4, 6, 7) skips any equation with a blank or
 * invalid cell: rule 5 already names that cell, and sums over it would only add misleading errors.
 */
export function validateReport(report: ReportInput, context: ValidationContext): ValidationResult {
  const cells = checkCells(report)
  const publication = checkPublication(context)
  const errors = [
    ...cells.errors,
    ...checkBalance(cells.values),
    ...checkResultTotals(cells.values),
    ...checkRowTotals(cells.values),
    ...checkAppealTotals(cells.values),
    ...checkNarrativesPresent(report),
    ...checkNarrativeFigures(report, cells.values, context.records),
    ...checkCarriedOver(cells.values, context.previousCarriedForward),
    ...checkSignedBy(report.signedBy, context.organName),
    ...checkSignedAt(report.signedAt, report.year, context.deadline),
    ...publication.errors,
  ]
  return { errors: errors.sort(byDocumentOrder), warnings: publication.warnings.sort(byDocumentOrder) }
}
