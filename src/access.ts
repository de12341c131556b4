import type { Access, FieldAccess, Where } from 'payload'

import { labelsOf } from '../translations'
import { proactiveOnly } from './disclosure/modes'

export const ROLES = ['admin', 'editor', 'reviewer', 'approver', 'printer'] as const
export type Role = (typeof ROLES)[number]

export const roleLabels: Record<Role, { en: string; zh: string }> = labelsOf('roles')

type MaybeUser = { roles?: null | readonly string[] } | null | undefined

export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => (wanted as string[]).includes(role)))
}

/** Who registers and handles 依申请公开 requests (and is reminded of their deadlines). */
export const REQUEST_HANDLERS = ['admin', 'editor', 'approver'] as const satisfies readonly Role[]
export const handlesRequests = (user: MaybeUser): boolean => hasRole(user, ...REQUEST_HANDLERS)

/** People who work on content; printers and the public are not staff. */
export const isStaff = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor', 'reviewer', 'approver')

const published: Where = { and: [{ _status: { equals: 'published' } }, proactiveOnly] }

/** Staff read everything; everyone else (anonymous, printers) only what is published, and of that only 主动公开. */
export const readPublishedOrStaff: Access = ({ req }) => isStaff(req.user) || published

export const editorsOnly: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

export const adminsOnly: Access = ({ req }) => hasRole(req.user, 'admin')

/**
 * What never went public may be deleted; anything that was published (it has an 索引号) stays on record,
 * for admins too: it is withdrawn, with a reason, instead.
 */
export const deleteNeverPublished: Access = ({ req }) => (hasRole(req.user, 'admin', 'editor') ? { indexNumber: { exists: false } } : false)

/** Admins read and change every account; other staff their own. Printers' accounts are run by admins only. */
export const adminOrStaffSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  return req.user && isStaff(req.user) ? { id: { equals: req.user.id } } : false
}

export const staffField: FieldAccess = ({ req }) => isStaff(req.user)
export const adminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
export const nobody: FieldAccess = () => false

/** Records the system writes (audit log, deliveries): staff read them, nobody writes them through any API. */
export const systemRecord = {
  create: () => false,
  delete: () => false,
  read: ({ req }: { req: { user?: MaybeUser } }) => isStaff(req.user),
  update: () => false,
}

/** Lists the admin maintains (dictionaries, auto-replies): staff read them, admins change them. */
export const adminMaintained = {
  create: adminsOnly,
  delete: adminsOnly,
  read: ({ req }: { req: { user?: MaybeUser } }) => isStaff(req.user),
  update: adminsOnly,
}
