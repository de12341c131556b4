import { createHash } from 'node:crypto'

/** Fields that describe the item's handling, not its content: they never change what was reviewed. */
export const NON_CONTENT_FIELDS = new Set(['_status', 'createdAt', 'id', 'indexNumber', 'publishedAt', 'updatedAt', 'workflow'])

type Json = boolean | Json[] | null | number | string | { [key: string]: Json }

/**
 * Canonical form of content: keys sorted, empty values dropped (a field left empty and a field never set
 * are the same content) and array-row ids dropped (they identify rows, they carry no content).
 */
export function canonical(value: unknown, top = true): Json | undefined {
  if (value === null || value === undefined || value === '') return undefined
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v, false)).filter((v) => v !== undefined) as Json[]
    return items.length ? items : undefined
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    const out: Record<string, Json> = {}
    for (const key of Object.keys(record).sort()) {
      if (top ? NON_CONTENT_FIELDS.has(key) : key === 'id') continue
      const v = canonical(record[key], false)
      if (v !== undefined) out[key] = v
    }
    return Object.keys(out).length ? out : undefined
  }
  return value as Json
}

/** SHA-256 (hex) of an item's canonical content; the caller has already replaced attachments by their file hashes. */
export function contentHash(content: Record<string, unknown>): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(content) ?? {}))
    .digest('hex')
}
