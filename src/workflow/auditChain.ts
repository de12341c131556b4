import { createHash } from 'node:crypto'

/**
 * The audit log is a hash chain: each entry stores the hash of the one before it (`previousHash`) and its own
 * (`entryHash`, SHA-256 of the canonical form below, which includes `previousHash`), numbered without gaps by
 * `sequence` from 1. Changing, removing or inserting an entry breaks the chain at that entry.
 */
export const CHAINED_FIELDS = [
  'sequence',
  'previousHash',
  'createdAt',
  'action',
  'collection',
  'document',
  'documentTitle',
  'level',
  'fromState',
  'toState',
  'user',
  'userName',
  'userRoles',
  'role',
  'contentHash',
  'comment',
  'ip',
] as const

export type ChainedEntry = Partial<Record<(typeof CHAINED_FIELDS)[number], unknown>> & { entryHash?: null | string; id?: number | string }

/** What every database gives back the same way: dates as ISO strings, ids as text, nothing absent. */
function canonicalValue(field: (typeof CHAINED_FIELDS)[number], value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (field === 'createdAt') return new Date(value as string).toISOString()
  if (field === 'user') return String(typeof value === 'object' ? (value as { id: unknown }).id : value)
  if (field === 'userRoles') return Array.isArray(value) ? value.map(String) : null
  if (field === 'sequence' || field === 'level') return Number(value)
  return String(value)
}

/** The text that is hashed: the chained fields in a fixed order. */
export const canonicalEntry = (entry: ChainedEntry): string =>
  JSON.stringify(CHAINED_FIELDS.map((field) => [field, canonicalValue(field, entry[field])]))

export const entryHash = (entry: ChainedEntry): string => createHash('sha256').update(canonicalEntry(entry)).digest('hex')

/** The hash the first entry of the chain links to. */
export const GENESIS = ''

export type ChainBreak = {
  id: number | string
  reason: 'altered' | 'link' | 'outside-chain' | 'sequence'
  sequence: null | number
}

export type ChainReport =
  | { broken: ChainBreak; entries: number; ok: false; unchained: number }
  | { entries: number; head: null | { hash: string; sequence: number }; ok: true; unchained: number }

/**
 * Walks entries in `sequence` order and names the first one that does not hold: a number out of turn
 * (removed or inserted entries), a link to something other than the previous entry's hash, or a hash that
 * is not its content's. `lateUnchained` is the first entry without a sequence created after the chain began
 * (one taken out of the chain); entries from before the chain existed are counted as `unchained`.
 */
export async function verifyChain(
  entries: AsyncIterable<ChainedEntry> | Iterable<ChainedEntry>,
  unchained: { count: number; lateUnchained?: ChainedEntry | null },
): Promise<ChainReport> {
  let previous: { hash: string; sequence: number } | null = null
  let count = 0
  for await (const entry of entries) {
    const sequence = Number(entry.sequence)
    const at = { id: entry.id!, sequence }
    const expected: number = (previous?.sequence ?? 0) + 1
    const fail = (reason: ChainBreak['reason']): ChainReport => ({ broken: { ...at, reason }, entries: count, ok: false, unchained: unchained.count })
    if (sequence !== expected) return fail('sequence')
    if ((entry.previousHash ?? GENESIS) !== (previous?.hash ?? GENESIS)) return fail('link')
    if (entry.entryHash !== entryHash(entry)) return fail('altered')
    previous = { hash: entry.entryHash, sequence }
    count++
  }
  if (unchained.lateUnchained) {
    return {
      broken: { id: unchained.lateUnchained.id!, reason: 'outside-chain', sequence: null },
      entries: count,
      ok: false,
      unchained: unchained.count,
    }
  }
  return { entries: count, head: previous, ok: true, unchained: unchained.count }
}
