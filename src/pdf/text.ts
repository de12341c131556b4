/** Text set on the page of ./page: body paragraphs and the centred title, in the faces of ./fonts. */
import { BOLD, lineGapFor, REGULAR } from './fonts'
import { BODY, type Doc, INDENT, MARGINS, TEXT_WIDTH } from './page'

/** Body lines 1.5 × the body size apart; as a typist would (and GB/T 9704 asks), tighter when that saves a page. */
export const BODY_SPACING = 1.5
export const TIGHTER_SPACINGS = [1.4, 1.3]

const TITLE_SIZE = 22

/** A body paragraph from the cursor down, with the two-character first-line indent. */
export function bodyParagraph(doc: Doc, lineGap: number, text: string) {
  doc.font(REGULAR).fontSize(BODY).fillColor('black').text(text, MARGINS.left, doc.y, { indent: INDENT, lineGap, width: TEXT_WIDTH })
}

/**
 * The bold title centred at `y`. A title that wraps gets lines of even length instead of a character or two
 * alone on its last line: it is set in a narrower box, up to `slack` wider than an even share of its text.
 */
export function centredTitle(doc: Doc, text: string, y: number, slack: number) {
  doc.font(BOLD).fontSize(TITLE_SIZE).fillColor('black')
  const options = { align: 'center' as const, lineGap: lineGapFor(TITLE_SIZE, 1.3) }
  const lines = Math.ceil(doc.widthOfString(text) / TEXT_WIDTH)
  const even = Math.min(TEXT_WIDTH, doc.widthOfString(text) / lines + slack * TITLE_SIZE)
  const width =
    doc.heightOfString(text, { ...options, width: even }) > doc.heightOfString(text, { ...options, width: TEXT_WIDTH }) ? TEXT_WIDTH : even
  doc.text(text, MARGINS.left + (TEXT_WIDTH - width) / 2, y, { ...options, width })
}
