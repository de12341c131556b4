import type { Test } from 'supertest'

import sharp from 'sharp'
import { extractText, getDocumentProxy } from 'unpdf'

import { hideArrayPrototypeAdditions } from '../../src/itemChecks/attachmentText'

/** A real PNG photo-sized image. */
export const pngImage = (width = 1200, height = 800) =>
  sharp({ create: { background: '#b22222', channels: 3, height, width } })
    .png()
    .toBuffer()

/** A minimal, valid one-page PDF. */
export function pdfDocument(text = 'Notice'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 24 Tf 72 760 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 24 Tf 72 760 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** A real DOCX (WordprocessingML in a zip) with one paragraph per string. */
export async function docxDocument(paragraphs: string[]): Promise<Buffer> {
  const { default: JSZip } = await import('jszip')
  const zip = new JSZip()
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  )
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  )
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${paragraphs
      .map((p) => `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`)
      .join('')}</w:body></w:document>`,
  )
  return zip.generateAsync({ type: 'nodebuffer' })
}

/** A PDF's pages and text (whitespace removed), read with pdf.js as a person's viewer would. */
export async function readPdf(data: Buffer) {
  hideArrayPrototypeAdditions()
  const pdf = await getDocumentProxy(new Uint8Array(data))
  const text = ((await extractText(pdf, { mergePages: true })).text as string).replace(/\s+/g, '')
  return { pdf, text }
}

/** supertest: the body as bytes (a PDF). */
type Parser = Extract<Parameters<Test['parse']>[0], (res: never, done: never) => void>
export const binary: Parser = (res, done) => {
  const stream = res as unknown as NodeJS.ReadableStream
  const chunks: Buffer[] = []
  stream.on('data', (c: Buffer) => chunks.push(c))
  stream.on('end', () => done(null, Buffer.concat(chunks)))
}
