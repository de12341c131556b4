/**
 * The Chinese faces every PDF of the system is set in: Noto Sans Hans Regular and Bold (SIL OFL 1.1) from
 * the npm package `@embedpdf/fonts-sc`, so no system CJK font is needed. Bold text uses the real Bold face,
 * not a simulated stroke. pdfkit embeds a subset of each face (only the glyphs used) as a CIDFontType0C
 * font (FontFile3).
 */
import * as fontkit from 'fontkit'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type PDFDocument from 'pdfkit'

/** The names under which registerFonts() makes the faces available to `doc.font()`. */
export const REGULAR = 'regular'
export const BOLD = 'bold'

type Glyph = { path: { commands: { command: string; args: number[] }[] } }
type CffSubset = { glyphs?: unknown; font: { getGlyph(id: number): Glyph }; charstrings: Uint8Array[]; gsubrs: Uint8Array[] }
type FontkitFont = { ascent: number; createSubset(): CffSubset; descent: number; lineGap: number; unitsPerEm: number }
let fonts: { bold: FontkitFont; gapEm: number; lineEm: number; regular: FontkitFont } | undefined

/** The parsed faces, read and parsed once per process, then shared by every document. */
export function loadFonts() {
  if (fonts) return fonts
  // The package exports only its index module: the .otf files sit in fonts/ beside dist/. Node resolves it
  // at run time: a bundler rewrites `require.resolve` into a module id (Next's build did, and every PDF failed).
  const nodeRequire = process.getBuiltinModule('node:module').createRequire(import.meta.url)
  const dir = path.join(path.dirname(nodeRequire.resolve('@embedpdf/fonts-sc')), '..', 'fonts')
  // pdfkit takes parsed fontkit fonts (it checks for `layout`), so the 8 MB faces are parsed once per
  // process instead of once per document.
  const open = (file: string) => withFlatSubsets(fontkit.create(readFileSync(path.join(dir, file))) as unknown as FontkitFont)
  const regular = open('NotoSansHans-Regular.otf')
  // pdfkit advances a line by ascent − descent + the font's own line gap: 1.5 em for this Noto, with the
  // gap (0.5 em) below the glyphs.
  const em = (value: number) => value / regular.unitsPerEm
  fonts = { bold: open('NotoSansHans-Bold.otf'), gapEm: em(regular.lineGap), lineEm: em(regular.ascent - regular.descent + regular.lineGap), regular }
  return fonts
}

/** Registers both faces as REGULAR and BOLD. */
export function registerFonts(doc: InstanceType<typeof PDFDocument>) {
  const { bold, regular } = loadFonts()
  // pdfkit takes a parsed fontkit font as well as bytes; its types only list the latter.
  doc.registerFont(REGULAR, regular as unknown as Buffer)
  doc.registerFont(BOLD, bold as unknown as Buffer)
}

/** pdfkit's lineGap option (added to the font's line height) that sets lines `spacing` × the font size apart. */
export const lineGapFor = (size: number, spacing = 1.5) => size * (spacing - loadFonts().lineEm)

/**
 * fontkit's CFF subset keeps every subroutine slot of the font (Noto's ideograph dictionary has 22,293),
 * which costs about 40 KB per face in every PDF, even for one glyph. Instead each used glyph's outline is
 * written as a plain Type 2 charstring without subroutines or hints (hints matter little on paper):
 * ~230 glyphs take 39 KB instead of 88 KB. If fontkit's subset ever changes shape, its own output is kept.
 */
function withFlatSubsets(font: FontkitFont): FontkitFont {
  const create = font.createSubset.bind(font)
  font.createSubset = () => {
    const subset = create() as CffSubset & Record<string, unknown>
    if (Array.isArray(subset.glyphs) && typeof subset.subsetCharstrings === 'function' && typeof subset.subsetSubrs === 'function') {
      subset.subsetCharstrings = () => {
        subset.charstrings = (subset.glyphs as number[]).map((id) => charstring(subset.font.getGlyph(id)))
        subset.gsubrs = []
      }
      subset.subsetSubrs = () => []
    }
    return subset
  }
  return font
}

function operand(value: number): number[] {
  if (Number.isInteger(value)) {
    if (value >= -107 && value <= 107) return [value + 139]
    if (value >= 108 && value <= 1131) return [((value - 108) >> 8) + 247, (value - 108) & 0xff]
    if (value >= -1131 && value <= -108) return [((-value - 108) >> 8) + 251, (-value - 108) & 0xff]
    if (value >= -32768 && value <= 32767) return [28, (value >> 8) & 0xff, value & 0xff]
  }
  const fixed = Math.round(value * 65536) | 0 // 16.16 fixed point
  return [255, (fixed >>> 24) & 0xff, (fixed >>> 16) & 0xff, (fixed >>> 8) & 0xff, fixed & 0xff]
}

/** rmoveto / rlineto / rrcurveto … endchar; contours close implicitly in Type 2. */
function charstring(glyph: Glyph): Uint8Array {
  const out: number[] = []
  let x = 0
  let y = 0
  const to = (nx: number, ny: number) => {
    out.push(...operand(nx - x), ...operand(ny - y))
    x = nx
    y = ny
  }
  for (const { args, command } of glyph.path.commands) {
    if (command === 'moveTo') {
      to(args[0]!, args[1]!)
      out.push(21)
    } else if (command === 'lineTo') {
      to(args[0]!, args[1]!)
      out.push(5)
    } else if (command === 'bezierCurveTo') {
      to(args[0]!, args[1]!)
      to(args[2]!, args[3]!)
      to(args[4]!, args[5]!)
      out.push(8)
    }
  }
  out.push(14)
  return Uint8Array.from(out)
}
