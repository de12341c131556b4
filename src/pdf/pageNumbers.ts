import { REGULAR } from './fonts'
import { type Doc, MARGINS, MM, PAGE_HEIGHT, TEXT_WIDTH, withoutBottomMargin } from './page'

const FOLIO_SIZE = 14

/** "— n —" centred under the text block of every page of a document with buffered pages. */
export function pageNumbers(doc: Doc) {
  const { count, start } = doc.bufferedPageRange()
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    withoutBottomMargin(doc, () =>
      doc
        .font(REGULAR)
        .fontSize(FOLIO_SIZE)
        .fillColor('black')
        .text(`— ${i - start + 1} —`, MARGINS.left, PAGE_HEIGHT - MARGINS.bottom + 7 * MM, {
          align: 'center',
          lineBreak: false,
          width: TEXT_WIDTH,
        }),
    )
  }
}
