import type { PayloadRequest } from 'payload'

import { clientAddress } from '../clientAddress'

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

/** Appends to the audit log inside the request's transaction: rolled back with the change it records. */
export async function audit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const user = req.user as { id: number | string; name?: string } | null | undefined
  await req.payload.create({
    collection: 'audit-log',
    data: {
      ...entry,
      document: String(entry.document),
      // The first X-Forwarded-For hop is the client's own say: the record takes the address the front saw.
      ip: clientAddress(req.headers),
      user: (user?.id as number | undefined) ?? null,
      userName: user?.name ?? '系统 / system',
    },
    overrideAccess: true,
    req,
  })
}
