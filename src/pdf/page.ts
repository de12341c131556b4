/**
 * The A4 page every PDF of the system is set on, in the manner of GB/T 9704: its margins, the text block
 * they leave, the body size that sets 28 characters to a line, and a pdfkit document on that page with the
 * Chinese faces of ./fonts registered. Pages are buffered, so page numbers can be written at the end.
 */
import PDFDocument from 'pdfkit'

import { registerFonts } from './fonts'

export type Doc = InstanceType<typeof PDFDocument>

export const MM = 72 / 25.4
export const MARGINS = { bottom: 35 * MM, left: 28 * MM, right: 26 * MM, top: 37 * MM }
export const PAGE_HEIGHT = 841.89
export const TEXT_WIDTH = 595.28 - MARGINS.left - MARGINS.right
export const TEXT_HEIGHT = PAGE_HEIGHT - MARGINS.top - MARGINS.bottom
// GB/T 9704 sets 28 characters to a full body line: the body size follows from the text width (≈15.8 pt).
export const BODY = TEXT_WIDTH / 28
/** The two-character first-line indent of body paragraphs. */
export const INDENT = 2 * BODY

/** A new A4 document on the GB/T 9704 page, its author and title in the document's information. */
export function a4Document({ author, title }: { author: string; title: string }): Doc {
  const doc = new PDFDocument({ bufferPages: true, info: { Author: author, Title: title }, margins: MARGINS, size: 'A4' })
  registerFonts(doc)
  return doc
}

/** Where the text block ends on the current page. */
export const bottomOf = (doc: Doc) => doc.page.height - doc.page.margins.bottom

/** Starts a new page unless `height` still fits below the cursor. */
export function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > bottomOf(doc) && doc.y > doc.page.margins.top) doc.addPage()
}

/** Runs `draw` with the bottom margin lifted: pdfkit must not start a page for text placed by hand near it. */
export function withoutBottomMargin(doc: Doc, draw: () => void) {
  const margin = doc.page.margins.bottom
  doc.page.margins.bottom = 0
  try {
    draw()
  } finally {
    doc.page.margins.bottom = margin
  }
}
