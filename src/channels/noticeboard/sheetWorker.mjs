// A worker thread's entry, run by Node itself outside any bundle (see sheetPool.ts): it loads the sheet's
// TypeScript renderer through tsx and answers one sheet per call.
import { Buffer } from 'node:buffer'

import { tsImport } from 'tsx/esm/api'

const { renderNoticeSheet } = await tsImport('./sheet.ts', import.meta.url)

/** Structured clone hands Buffers over as plain Uint8Arrays; pdfkit takes images as Buffers. */
const asBuffer = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

export default async function render(sheet) {
  const blocks = sheet.blocks.map((block) => (block.type === 'image' ? { ...block, data: asBuffer(block.data) } : block))
  return renderNoticeSheet({ ...sheet, blocks })
}
