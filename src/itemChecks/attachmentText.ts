import { readFile } from 'node:fs/promises'

const PDF = 'application/pdf'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** Text of attachments by file hash: a file is extracted once, however often its item is checked. */
const cache = new Map<string, string>()
const CACHE_SIZE = 200

/**
 * drizzle-kit (loaded when Payload pushes a schema) adds an enumerable `Array.prototype.random`, and pdf.js
 * refuses to start beside an enumerable Array.prototype property. Hiding it from for…in serves both.
 */
export function hideArrayPrototypeAdditions() {
  for (const key of Object.keys(Array.prototype)) {
    Object.defineProperty(Array.prototype, key, { enumerable: false })
  }
}

async function extract(path: string, mimeType: string): Promise<string> {
  const data = await readFile(path)
  if (mimeType === PDF) {
    hideArrayPrototypeAdditions()
    const { extractText, getDocumentProxy } = await import('unpdf')
    const pdf = await getDocumentProxy(new Uint8Array(data))
    const { text } = await extractText(pdf, { mergePages: true })
    return text
  }
  const mammoth = await import('mammoth')
  return (await mammoth.extractRawText({ buffer: data })).value
}

export const hasText = (mimeType: null | string | undefined) => mimeType === PDF || mimeType === DOCX

/**
 * The text of a PDF or DOCX attachment (other files have none to check). A file that cannot be read
 * as what it claims to be throws: the caller reports it instead of passing it unchecked.
 */
export async function attachmentText(path: string, mimeType: string, sha256: string): Promise<string> {
  const known = cache.get(sha256)
  if (known !== undefined) return known
  const text = await extract(path, mimeType)
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!)
  cache.set(sha256, text)
  return text
}
