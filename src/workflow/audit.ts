import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { requestAddress } from '../clientAddress'
import { nextSerial } from '../disclosure/nextSerial'
import { entryHash, GENESIS } from './auditChain'

/** What an audit entry records: the workflow's actions and what the system does around them. */
export const AUDIT_ACTIONS = ['acknowledge', 'approve', 'check', 'pass-review', 'publish', 'reject', 'submit', 'void', 'withdraw'] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export type AuditEntry = {
  action: AuditAction
  collection: string
  comment?: null | string
  contentHash: null | string
  document: number | string
  documentTitle?: null | string
  fromState: string
  level?: null | number
  role?: null | string
  toState: string
}

/** The counter (index-counters) that numbers the chain; taking it locks the chain's end until commit. */
export const AUDIT_CHAIN_COUNTER = 'audit-log-chain'

/**
 * Appends to the audit log inside the request's transaction (rolled back with the change it records), as the
 * next link of its hash chain (src/workflow/auditChain.ts). Taking the chain's next number is an upsert of one
 * counter row: on PostgreSQL it holds that row's lock until the transaction ends, so concurrent appends take
 * turns and each links to the one committed before it; SQLite has one writer at a time anyway. Who acted is
 * the user's record as stored (only admins change names and roles), never anything the request says.
 */
export async function audit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const user = req.user as { id: number | string; name?: string; roles?: string[] } | null | undefined
  const ownTransaction = await initTransaction(req)
  try {
    const sequence = await nextSerial(req.payload, req, AUDIT_CHAIN_COUNTER)
    const previous =
      sequence > 1
        ? (
            await req.payload.find({
              collection: 'audit-log',
              depth: 0,
              limit: 1,
              overrideAccess: true,
              pagination: false,
              req,
              where: { sequence: { equals: sequence - 1 } },
            })
          ).docs[0]
        : undefined
    const data = {
      ...entry,
      createdAt: new Date().toISOString(),
      document: String(entry.document),
      ip: requestAddress(req),
      previousHash: previous?.entryHash ?? GENESIS,
      sequence,
      user: (user?.id as number | undefined) ?? null,
      userName: user?.name ?? '系统 / system',
      userRoles: user ? (user.roles ?? []) : null,
    }
    await req.payload.create({ collection: 'audit-log', data: { ...data, entryHash: entryHash(data) }, overrideAccess: true, req })
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}
