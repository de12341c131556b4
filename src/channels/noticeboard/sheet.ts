/**
 * One notice-board sheet (公示栏张贴页): an A4 PDF laid out in the manner of GB/T 9704 — red issuing-organ
 * line, centred title, body with a two-character first-line indent, the 公示期 and objection lines, and the
 * organ and date at the foot, on the page of ../../pdf/page in the Chinese faces of ../../pdf/fonts. Pure: bytes in,
 * bytes out, no Payload.
 */
import { pdfBytes } from '../../pdf/bytes'
import { shareWidths } from '../../pdf/columns'
import { BOLD, lineGapFor, loadFonts, REGULAR } from '../../pdf/fonts'
import { a4Document, BODY, bottomOf, type Doc, ensureSpace, INDENT, MARGINS, TEXT_WIDTH } from '../../pdf/page'
import { pageNumbers } from '../../pdf/pageNumbers'
import { BODY_SPACING, bodyParagraph, centredTitle, TIGHTER_SPACINGS } from '../../pdf/text'
import { chineseDate } from '../../time'

export type SheetRun = { text: string; bold?: boolean }
export type SheetBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; runs: SheetRun[] }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'table'; rows: string[][]; header: boolean }
  | { type: 'image'; data: Buffer } // PNG or JPEG bytes
export type NoticeSheet = {
  /** Issuing organ, e.g. 青石乡人民政府: red and centred at the top, and again at the foot. */
  organName: string
  title: string
  /** 索引号, small, at the top right under the organ line. */
  indexNumber?: string
  blocks: SheetBlock[]
  /** 公示期, dates as YYYY-MM-DD. */
  period?: { start: string; end: string }
  /** Where objections go, e.g. 乡党政办，电话 0591-12345678. */
  objectionContact?: string
  /** YYYY-MM-DD, printed under the organ name at the foot. */
  issuedOn: string
}

const ORGAN_SIZE = 24
const SMALL = 12
const TABLE_SIZE = 12
const CELL_PAD = 5
const RED = '#e60012'

function paragraph(doc: Doc, lineGap: number, runs: SheetRun[]) {
  // Clerks often type the indent themselves: drop it so it is not doubled.
  const visible = runs.map((run, i) => (i === 0 ? { ...run, text: run.text.replace(/^\s+/, '') } : run)).filter((run) => run.text)
  if (!visible.some((run) => run.text.trim())) return
  doc.fillColor('black').fontSize(BODY)
  doc.x = MARGINS.left
  visible.forEach((run, i) => {
    doc.font(run.bold ? BOLD : REGULAR)
    const options = { continued: i < visible.length - 1, lineGap, width: TEXT_WIDTH }
    if (i === 0) doc.text(run.text, MARGINS.left, doc.y, { ...options, indent: INDENT })
    else doc.text(run.text, options)
  })
}

function heading(doc: Doc, bodyGap: number, level: 1 | 2 | 3, text: string) {
  if (!text.trim()) return
  const size = level === 1 ? 18 : BODY
  const lineGap = (bodyGap * size) / BODY // the body's line spacing factor
  doc.font(BOLD).fontSize(size).fillColor('black')
  // Keep a heading with at least two lines of what follows it.
  ensureSpace(doc, doc.heightOfString(text, { lineGap, width: TEXT_WIDTH }) + 2 * (BODY * loadFonts().lineEm + bodyGap))
  if (level === 1) doc.text(text, MARGINS.left, doc.y, { align: 'center', lineGap, width: TEXT_WIDTH })
  else doc.text(text, MARGINS.left, doc.y, { indent: INDENT, lineGap, width: TEXT_WIDTH })
}

function list(doc: Doc, lineGap: number, ordered: boolean, items: string[]) {
  items.filter((item) => item.trim()).forEach((item, i) => bodyParagraph(doc, lineGap, `${ordered ? `${i + 1}．` : '• '}${item.trim()}`))
}

/**
 * Column widths: every column as wide as its widest cell when that fits; otherwise columns narrower than
 * a fair share keep their width and the wide ones share what is left, in proportion (and wrap).
 */
function columnWidths(doc: Doc, rows: string[][], columns: number, header: boolean): number[] {
  const natural = Array.from(
    { length: columns },
    (_, c) =>
      Math.max(
        ...rows.map((row, r) => {
          doc.font(header && r === 0 ? BOLD : REGULAR)
          return Math.max(...(row[c] ?? '').split('\n').map((line) => doc.widthOfString(line.trim())))
        }),
      ) +
      2 * CELL_PAD,
  )
  const total = natural.reduce((a, b) => a + b, 0)
  return total <= TEXT_WIDTH ? natural.map((width) => (width * TEXT_WIDTH) / total) : shareWidths(natural, TEXT_WIDTH)
}

function table(doc: Doc, rows: string[][], header: boolean) {
  const columns = Math.max(0, ...rows.map((row) => row.length))
  if (columns === 0) return
  doc.fontSize(TABLE_SIZE).fillColor('black')
  const widths = columnWidths(doc, rows, columns, header)
  const lineGap = lineGapFor(TABLE_SIZE, 1.3)
  const trailing = TABLE_SIZE * loadFonts().gapEm + lineGap
  const maxHeight = bottomOf(doc) - doc.page.margins.top

  const measure = (row: string[], bold: boolean) => {
    doc.font(bold ? BOLD : REGULAR)
    const texts = widths.map((_, c) => (row[c] ?? '').trim())
    // heightOfString counts the gap below the last line too: leave it out, to centre the text in its cell.
    const heights = texts.map((text, c) => doc.heightOfString(text || ' ', { lineGap, width: widths[c]! - 2 * CELL_PAD }) - trailing)
    const height = Math.max(...heights) + 2 * CELL_PAD
    // A row taller than a page is cut off (ellipsis) rather than spilling over pages mid-cell.
    return { bold, clipped: height > maxHeight, heights, height: Math.min(maxHeight, height), texts }
  }
  const draw = ({ bold, clipped, heights, height, texts }: ReturnType<typeof measure>) => {
    doc.font(bold ? BOLD : REGULAR)
    const top = doc.y
    let x = MARGINS.left
    texts.forEach((text, c) => {
      const width = widths[c]!
      const inner = height - 2 * CELL_PAD
      if (bold) doc.rect(x, top, width, height).fill('#eeeeee').fillColor('black')
      doc.rect(x, top, width, height).lineWidth(0.75).strokeColor('black').stroke()
      // Short cells centred (names, numbers), wrapped ones left-aligned; vertically centred in the row.
      const single = !text.includes('\n') && doc.widthOfString(text) <= width - 2 * CELL_PAD
      doc.text(text, x + CELL_PAD, top + CELL_PAD + (inner - Math.min(heights[c]!, inner)) / 2, {
        align: single ? 'center' : 'left',
        ...(clipped ? { ellipsis: true, height: inner + trailing } : {}),
        lineGap,
        width: width - 2 * CELL_PAD,
      })
      x += width
    })
    doc.x = MARGINS.left
    doc.y = top + height
  }

  const head = header ? measure(rows[0]!, true) : undefined
  doc.y += BODY * 0.25
  rows.forEach((row, r) => {
    if (r === 0 && head) {
      ensureSpace(doc, head.height + measure(rows[1] ?? [], false).height) // never a header alone at a page end
      return draw(head)
    }
    const measured = measure(row, false)
    if (doc.y + measured.height > bottomOf(doc)) {
      doc.addPage()
      if (head) draw(head) // repeat the header row on the new page
    }
    draw(measured)
  })
  doc.y += BODY * 0.5
}

function image(doc: Doc, data: Buffer) {
  let opened: { height: number; orientation?: number; width: number }
  try {
    opened = (doc as unknown as { openImage(src: Buffer): typeof opened }).openImage(data)
  } catch {
    return // not a PNG or JPEG: leave it out rather than fail the whole sheet
  }
  const [pixelsWide, pixelsHigh] = (opened.orientation ?? 1) > 4 ? [opened.height, opened.width] : [opened.width, opened.height]
  // Natural size at 96 dpi, at most the text width; no taller than a page.
  let width = Math.min(TEXT_WIDTH, pixelsWide * 0.75)
  let height = (width * pixelsHigh) / pixelsWide
  const maxHeight = bottomOf(doc) - doc.page.margins.top
  if (height > maxHeight) {
    width *= maxHeight / height
    height = maxHeight
  }
  doc.y += BODY * 0.25
  ensureSpace(doc, height)
  doc.image(opened as unknown as Buffer, MARGINS.left + (TEXT_WIDTH - width) / 2, doc.y, { height, width })
  doc.x = MARGINS.left
  doc.y += height + BODY * 0.5
}

function header(doc: Doc, sheet: NoticeSheet) {
  doc.font(BOLD).fontSize(ORGAN_SIZE).fillColor(RED).text(sheet.organName, MARGINS.left, MARGINS.top, { align: 'center', width: TEXT_WIDTH })
  const rule = doc.y + 4
  doc
    .moveTo(MARGINS.left, rule)
    .lineTo(MARGINS.left + TEXT_WIDTH, rule)
    .lineWidth(1.5)
    .strokeColor(RED)
    .stroke()
  doc.y = rule + 6
  if (sheet.indexNumber)
    doc
      .font(REGULAR)
      .fontSize(SMALL)
      .fillColor('black')
      .text(`索引号：${sheet.indexNumber}`, MARGINS.left, doc.y, { align: 'right', width: TEXT_WIDTH })
  doc.y += BODY * 0.75
  centredTitle(doc, sheet.title, doc.y, 2)
  doc.y += BODY * 0.75
}

/**
 * Organ name centred over the date; the date ends four characters in from the right margin.
 * Returns whether they had to go to a page of their own.
 */
function signature(doc: Doc, lineGap: number, sheet: NoticeSheet): boolean {
  doc.font(REGULAR).fontSize(BODY).fillColor('black')
  const line = doc.currentLineHeight(true) + lineGap
  doc.y += line // one blank line, as GB/T 9704 puts before the signature
  const pages = doc.bufferedPageRange().count
  ensureSpace(doc, line * 2)
  const date = chineseDate(sheet.issuedOn)
  const dateWidth = doc.widthOfString(date)
  const dateX = MARGINS.left + TEXT_WIDTH - INDENT * 2 - dateWidth
  const organWidth = Math.min(doc.widthOfString(sheet.organName), TEXT_WIDTH)
  const organX = Math.max(MARGINS.left, Math.min(dateX + (dateWidth - organWidth) / 2, MARGINS.left + TEXT_WIDTH - organWidth))
  const top = doc.y
  doc.text(sheet.organName, organX, top, { lineBreak: false })
  doc.text(date, dateX, top + line, { lineBreak: false })
  return doc.bufferedPageRange().count > pages
}

/** Lays the whole sheet out with body lines `spacing` × the body size apart; page numbers come later. */
function layout(sheet: NoticeSheet, spacing: number) {
  const doc = a4Document({ author: sheet.organName, title: sheet.title })
  const lineGap = lineGapFor(BODY, spacing)
  header(doc, sheet)
  for (const block of sheet.blocks) {
    if (block.type === 'paragraph') paragraph(doc, lineGap, block.runs)
    else if (block.type === 'heading') heading(doc, lineGap, block.level, block.text)
    else if (block.type === 'list') list(doc, lineGap, block.ordered, block.items)
    else if (block.type === 'table') table(doc, block.rows, block.header)
    else if (block.type === 'image') image(doc, block.data)
  }
  if (sheet.period) bodyParagraph(doc, lineGap, `公示期：${chineseDate(sheet.period.start)}至${chineseDate(sheet.period.end)}`)
  if (sheet.objectionContact) bodyParagraph(doc, lineGap, `公示期间如有异议，请向${sheet.objectionContact}反映。`)
  const signatureAlone = signature(doc, lineGap, sheet)
  return { doc, pages: doc.bufferedPageRange().count, signatureAlone }
}

// As a typist would (and GB/T 9704 asks), a sheet that spills onto a second page, or whose signature
// lands alone on the last page, is set with tighter line spacing when that saves the page.
export function renderNoticeSheet(sheet: NoticeSheet): Promise<Buffer> {
  let best = layout(sheet, BODY_SPACING)
  if (best.pages === 2 || best.signatureAlone) {
    for (const spacing of TIGHTER_SPACINGS) {
      const tighter = layout(sheet, spacing)
      if (tighter.pages < best.pages || (best.signatureAlone && !tighter.signatureAlone)) {
        best = tighter
        break
      }
    }
  }
  const { doc } = best
  // A single page carries no number.
  if (doc.bufferedPageRange().count > 1) pageNumbers(doc)
  // Nothing reads a discarded layout, and a document keeps its output buffered until read.
  return pdfBytes(doc)
}

/** Pages in a sheet: its page objects (pdfkit writes them uncompressed). */
export const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length
