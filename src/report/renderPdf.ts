/**
 * The annual report as an A4 PDF in the manner of GB/T 9704: centred title, bold section headings, body
 * with a two-character first-line indent, the official tables of ./layout with ruled cells and merged
 * headers, the signature at the end and "— n —" at the foot of every page. Pure: report in, bytes out.
 */
import type { AnnualReport } from '../payload-types'

import { pdfBytes } from '../pdf/bytes'
import { shareWidths } from '../pdf/columns'
import { BOLD, lineGapFor, loadFonts, REGULAR } from '../pdf/fonts'
import { a4Document, BODY, bottomOf, type Doc, ensureSpace, INDENT, MARGINS, TEXT_HEIGHT, TEXT_WIDTH, withoutBottomMargin } from '../pdf/page'
import { pageNumbers } from '../pdf/pageNumbers'
import { BODY_SPACING, bodyParagraph, centredTitle, TIGHTER_SPACINGS } from '../pdf/text'
import { type Cell, type Grid, placeCells, type PlacedCell, reportDocument, type ReportDocument } from './layout'

const TABLE_SIZE = 10.5 // 五号
const TABLE_SPACING = 1.25
const PAD = 4
/** Narrowest column: two characters, so that a number column's label wraps into pairs. */
const MIN_COLUMN = 2 * TABLE_SIZE + 2 * PAD
const TABLE_SPACE_ABOVE = BODY * 0.25
const TABLE_SPACE_BELOW = BODY * 0.75

export function renderReportPdf(report: AnnualReport, options: { organName: string }): Promise<Buffer> {
  const model = reportDocument(report, options)
  // As GB/T 9704 asks, a signature that would stand alone on the last page is brought back to the text by
  // tighter line spacing, when that does it.
  let set = typeset(model, BODY_SPACING)
  for (const spacing of TIGHTER_SPACINGS) {
    if (!set.signatureAlone) break
    const tighter = typeset(model, spacing)
    if (!tighter.signatureAlone) set = tighter
  }
  pageNumbers(set.doc)
  return pdfBytes(set.doc)
}

/** Lays the report out with body lines `spacing` × the body size apart; page numbers come later. */
function typeset(model: ReportDocument, spacing: number) {
  const doc = a4Document({ author: model.signature.organ, title: model.title })
  const gap = lineGapFor(BODY, spacing)
  centredTitle(doc, model.title, MARGINS.top, 1)
  doc.y += BODY
  for (const section of model.sections) {
    const table = section.table && measureTable(doc, section.table)
    heading(doc, gap, section.heading, table ? startHeight(table) : 2 * BODY * spacing)
    section.paragraphs.forEach((text) => bodyParagraph(doc, gap, text))
    if (table) drawTable(doc, table)
  }
  const pages = doc.bufferedPageRange().count
  signature(doc, gap, model.signature)
  return { doc, signatureAlone: doc.bufferedPageRange().count > pages }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

/** A bold heading, kept on one page with the first `following` points of what comes after it. */
function heading(doc: Doc, lineGap: number, text: string, following: number) {
  doc.font(BOLD).fontSize(BODY).fillColor('black')
  const options = { indent: INDENT, lineGap, width: TEXT_WIDTH }
  ensureSpace(doc, doc.heightOfString(text, options) + following)
  doc.text(text, MARGINS.left, doc.y, options)
}

/** Organ name over the date, right-aligned after one blank line, and together on one page. */
function signature(doc: Doc, lineGap: number, { date, organ }: ReportDocument['signature']) {
  const lines = [organ, date].filter(Boolean)
  const options = { align: 'right' as const, lineGap, width: TEXT_WIDTH }
  doc.font(REGULAR).fontSize(BODY).fillColor('black')
  doc.y += doc.currentLineHeight(true) + lineGap
  ensureSpace(doc, doc.heightOfString(lines.join('\n'), options))
  for (const line of lines) doc.text(line, MARGINS.left, doc.y, options)
}

// ---------------------------------------------------------------------------------------------------------
// Tables

type TableCell = PlacedCell & { align: 'center' | 'left'; bold: boolean }
type TableLayout = {
  body: TableCell[]
  bodyHeights: number[]
  head: TableCell[]
  headHeights: number[]
  /** Body rows of headers only: a 第二十条 block's title and column labels. */
  headerRows: boolean[]
  widths: number[]
}
/** Rows [from, to) of a table part that go on one page. */
type Run = { from: number; to: number }
/** Rows drawn as a whole: header rows, or a page's share of the body. */
type Band = { cells: TableCell[]; heights: number[]; run: Run }

const tableGap = () => lineGapFor(TABLE_SIZE, TABLE_SPACING)
/** heightOfString counts the gap below the last line too: it is left out, to centre text in its cell. */
const trailing = () => TABLE_SIZE * loadFonts().gapEm + tableGap()
const headerRowsOf = (rows: Cell[][]) => rows.map((row) => row.every((cell) => cell.header))

/**
 * Column headers (the head, and the rows of headers only in the body) are bold and centred, as are
 * numbers and labels spanning rows; other row labels are left-aligned.
 */
function tableCells(rows: Cell[][], head: boolean): TableCell[] {
  const headerRows = headerRowsOf(rows)
  return placeCells(rows).cells.map((cell) => {
    const bold = Boolean(cell.header && (head || headerRows[cell.row]))
    return { ...cell, align: bold || cell.numeric || cell.rowSpan > 1 ? 'center' : 'left', bold }
  })
}

function measureTable(doc: Doc, grid: Grid): TableLayout {
  const head = tableCells(grid.head, true)
  const body = tableCells(grid.body, false)
  const columns = Math.max(0, ...[...head, ...body].map((cell) => cell.column + cell.colSpan))
  const widths = columnWidths(doc, [...head, ...body], columns)
  return {
    body,
    bodyHeights: rowHeights(doc, body, grid.body.length, widths),
    head,
    headHeights: rowHeights(doc, head, grid.head.length, widths),
    headerRows: headerRowsOf(grid.body),
    widths,
  }
}

/** What must fit below a table's heading: the space above the table, its head and first two rows. */
const startHeight = ({ bodyHeights, headHeights }: TableLayout) => TABLE_SPACE_ABOVE + sum(headHeights) + sum(bodyHeights.slice(0, 2))

const headBand = ({ head, headHeights }: TableLayout): Band => ({ cells: head, heights: headHeights, run: { from: 0, to: headHeights.length } })

/**
 * The header rows over a page that continues the table at body row `from`: none if that row starts a
 * block with its own title and column labels, else the labels of the block it is in — the rows of
 * headers only above it, or the table's head.
 */
function continuedHeader(table: TableLayout, from: number): Band | undefined {
  if (table.headerRows[from]) return undefined
  let to = from
  while (to > 0 && !table.headerRows[to - 1]) to--
  if (to === 0) return headBand(table)
  let start = to
  while (start > 0 && table.headerRows[start - 1]) start--
  return { cells: table.body, heights: table.bodyHeights, run: { from: start, to } }
}

const bandHeight = (band: Band | undefined) => (band ? sum(band.heights.slice(band.run.from, band.run.to)) : 0)

function font(doc: Doc, cell: TableCell) {
  return doc.font(cell.bold ? BOLD : REGULAR).fontSize(TABLE_SIZE)
}

const cellWidth = (widths: number[], cell: TableCell) => sum(widths.slice(cell.column, cell.column + cell.colSpan))

function textHeight(doc: Doc, cell: TableCell, width: number): number {
  if (!cell.text) return 0
  return font(doc, cell).heightOfString(cell.text, { lineGap: tableGap(), width: width - 2 * PAD }) - trailing()
}

/**
 * A cell's width on one line. A label spanning rows has the height to wrap, and is set about as many
 * characters a line as it has lines (三、本/年度办/理结果, （三）不/予公开), leaving the width to the others.
 */
function preferredWidth(doc: Doc, cell: TableCell): number {
  const width = font(doc, cell).widthOfString(cell.text)
  if (cell.rowSpan === 1) return width + 2 * PAD
  const characters = Math.round(width / TABLE_SIZE)
  const lines = Math.max(1, Math.min(cell.rowSpan, Math.floor(Math.sqrt(characters))))
  return Math.ceil(characters / lines) * TABLE_SIZE + 2 * PAD
}

/**
 * Columns as wide as their widest single-column cell when the table fits the text width (stretched to
 * it). Otherwise the number columns are made equal and as narrow as need be (their labels wrap), and the
 * label columns share what is left.
 */
function columnWidths(doc: Doc, cells: TableCell[], columns: number): number[] {
  const natural = Array<number>(columns).fill(MIN_COLUMN)
  const numeric = new Set<number>()
  for (const cell of cells.filter((cell) => cell.colSpan === 1)) {
    natural[cell.column] = Math.max(natural[cell.column]!, preferredWidth(doc, cell))
    if (cell.numeric) numeric.add(cell.column)
  }
  if (sum(natural) <= TEXT_WIDTH || numeric.size === 0) return shareWidths(natural, TEXT_WIDTH)
  const labels = natural.filter((_, c) => !numeric.has(c))
  const widestNumber = Math.max(...[...numeric].map((c) => natural[c]!))
  const numberWidth = Math.min(widestNumber, Math.max(MIN_COLUMN, (TEXT_WIDTH - sum(labels)) / numeric.size))
  const labelWidths = shareWidths(labels, TEXT_WIDTH - numberWidth * numeric.size)
  let next = 0
  return natural.map((_, c) => (numeric.has(c) ? numberWidth : labelWidths[next++]!))
}

/** Each row as high as its tallest cell; a cell spanning rows then grows them evenly where it needs to. */
function rowHeights(doc: Doc, cells: TableCell[], rows: number, widths: number[]): number[] {
  const heights = Array<number>(rows).fill(TABLE_SIZE * (loadFonts().lineEm - loadFonts().gapEm) + 2 * PAD)
  for (const cell of [...cells].sort((a, b) => a.rowSpan - b.rowSpan)) {
    const missing = textHeight(doc, cell, cellWidth(widths, cell)) + 2 * PAD - sum(heights.slice(cell.row, cell.row + cell.rowSpan))
    for (let r = cell.row; missing > 0 && r < cell.row + cell.rowSpan; r++) heights[r]! += missing / cell.rowSpan
  }
  return heights
}

/**
 * Whether a page may end above body row `r`: not on a block's title or labels, and not where it leaves a
 * group label (（五）不予处理) over a single row on either page.
 */
function canBreakBefore({ body, headerRows }: TableLayout, r: number): boolean {
  if (headerRows[r - 1]) return false
  return !body.some((cell) => cell.row < r && r < cell.row + cell.rowSpan && Math.min(r - cell.row, cell.row + cell.rowSpan - r) < 2)
}

/**
 * Body rows grouped by page: a row that does not fit below the cursor starts a new page, taking rows
 * above it along where the page may not end.
 */
function pageRuns(table: TableLayout, firstRoom: number): Run[] {
  const runs: Run[] = [{ from: 0, to: 0 }]
  let room = firstRoom - sum(table.headHeights)
  table.bodyHeights.forEach((height, r) => {
    const run = runs[runs.length - 1]!
    if (height <= room || run.to === run.from) {
      run.to = r + 1
      room -= height
      return
    }
    let from = r
    while (from - 1 > run.from && !canBreakBefore(table, from)) from--
    run.to = from
    runs.push({ from, to: r + 1 })
    room = TEXT_HEIGHT - bandHeight(continuedHeader(table, from)) - sum(table.bodyHeights.slice(from, r + 1))
  })
  return runs
}

const overlap = (cell: TableCell, run: Run) => ({ from: Math.max(cell.row, run.from), to: Math.min(cell.row + cell.rowSpan, run.to) })

/** The runs in which a cell spanning a page break prints its text: each part it fits in, else its largest. */
function textRuns(doc: Doc, { body, bodyHeights, widths }: TableLayout, runs: Run[]): Map<TableCell, number[]> {
  return new Map(
    body.map((cell) => {
      const parts = runs.map((run) => {
        const { from, to } = overlap(cell, run)
        return sum(bodyHeights.slice(from, Math.max(from, to)))
      })
      const needed = textHeight(doc, cell, cellWidth(widths, cell)) + 2 * PAD
      const fitting = parts.flatMap((part, i) => (part >= needed ? [i] : []))
      return [cell, fitting.length ? fitting : [parts.indexOf(Math.max(...parts))]]
    }),
  )
}

/** The table from the cursor on, split across pages where it must, with its header rows on every page. */
function drawTable(doc: Doc, table: TableLayout) {
  ensureSpace(doc, startHeight(table))
  doc.y += TABLE_SPACE_ABOVE
  const runs = pageRuns(table, bottomOf(doc) - doc.y)
  const withText = textRuns(doc, table, runs)
  runs.forEach((run, i) => {
    if (i > 0) doc.addPage()
    const header = i === 0 ? headBand(table) : continuedHeader(table, run.from)
    withoutBottomMargin(doc, () => {
      const top = header ? drawRows(doc, table, header, doc.y, () => true) : doc.y
      doc.y = drawRows(doc, table, { cells: table.body, heights: table.bodyHeights, run }, top, (cell) => withText.get(cell)!.includes(i))
    })
  })
  doc.x = MARGINS.left
  doc.y += TABLE_SPACE_BELOW
}

/** Draws the parts of a band's cells that fall in its rows from `top` down; returns the y under them. */
function drawRows(doc: Doc, { widths }: TableLayout, { cells, heights, run }: Band, top: number, withText: (cell: TableCell) => boolean) {
  const rowTop = (r: number) => top + sum(heights.slice(run.from, r))
  for (const cell of cells) {
    const { from, to } = overlap(cell, run)
    if (from >= to) continue
    const [x, y, width, height] = [MARGINS.left + sum(widths.slice(0, cell.column)), rowTop(from), cellWidth(widths, cell), rowTop(to) - rowTop(from)]
    doc.rect(x, y, width, height).lineWidth(0.6).strokeColor('black').stroke()
    if (!withText(cell) || !cell.text) continue
    const textTop = y + (height - textHeight(doc, cell, width)) / 2
    font(doc, cell)
      .fillColor('black')
      .text(cell.text, x + PAD, textTop, { align: cell.align, lineGap: tableGap(), width: width - 2 * PAD })
  }
  return rowTop(run.to)
}
