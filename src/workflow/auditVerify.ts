import type { Endpoint, Payload } from 'payload'

import { hasRole } from '../access'
import { errorResponse } from '../errors'
import { type ChainedEntry, type ChainReport, verifyChain } from './auditChain'

const PAGE = 500

/** The chained entries in sequence order, a page at a time. */
async function* chained(payload: Payload): AsyncGenerator<ChainedEntry> {
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'audit-log',
      depth: 0,
      limit: PAGE,
      overrideAccess: true,
      page,
      sort: 'sequence',
      where: { sequence: { exists: true } },
    })
    yield* docs as unknown as ChainedEntry[]
    if (!hasNextPage) return
  }
}

/**
 * Verifies the audit log's hash chain as the database holds it. The chain starts with the first entry this
 * version wrote (sequence 1); entries written before it (a database migrated from an earlier version) carry no
 * sequence and are only counted — one without a sequence that is newer than the chain's start was taken out
 * of it, and is named.
 */
export async function verifyAuditLog(payload: Payload): Promise<ChainReport> {
  const outside = { sequence: { exists: false } }
  const [{ totalDocs: count }, first] = await Promise.all([
    payload.count({ collection: 'audit-log', overrideAccess: true, where: outside }),
    payload.find({ collection: 'audit-log', depth: 0, limit: 1, overrideAccess: true, sort: 'sequence', where: { sequence: { exists: true } } }),
  ])
  const start = first.docs[0]?.createdAt
  const late = start
    ? (
        await payload.find({
          collection: 'audit-log',
          depth: 0,
          limit: 1,
          overrideAccess: true,
          sort: 'createdAt',
          where: { and: [outside, { createdAt: { greater_than: start } }] },
        })
      ).docs[0]
    : null
  return verifyChain(chained(payload), { count, lateUnchained: late as ChainedEntry | null })
}

/** `GET /api/audit-log/verify` (admins): `{ ok, entries, unchained, head }` or `{ ok: false, broken: { id, sequence, reason } }`. */
export const auditVerifyEndpoint: Endpoint = {
  handler: async (req) => {
    if (!hasRole(req.user, 'admin'))
      return errorResponse(req.user ? 403 : 401, 'forbidden', '仅管理员可校验审核日志 / Only admins verify the audit log')
    return Response.json(await verifyAuditLog(req.payload), { headers: { 'cache-control': 'private, no-store' } })
  },
  method: 'get',
  path: '/verify',
}
