import type { Access, Endpoint, Payload } from 'payload'

import { isStaff } from './access'
import { errorResponse } from './errors'

/** Payload's own records the admin UI reads and writes for its signed-in staff (edit locks, list settings). */
const ADMIN_UI_STATE = new Set(['payload-locked-documents', 'payload-preferences'])
const LOCKS = 'payload-locked-documents'
/** Operations Payload asks access for; one left undefined would fall back to Payload's default (any signed-in user). */
const OPERATIONS = ['create', 'delete', 'read', 'readVersions', 'update']

type AnyAccess = (args: Parameters<Access>[0] & { data?: { user?: unknown } }) => ReturnType<Access>

const refuse: AnyAccess = () => false
const staffThen =
  (own: AnyAccess | undefined): AnyAccess =>
  (args) =>
    isStaff(args.req.user) ? (own ? own(args) : true) : false

/** A lock names the one who holds it: nobody writes a lock in another user's name. */
const ownLockOnly =
  (own: AnyAccess): AnyAccess =>
  (args) => {
    const holder = args.data?.user as { value?: unknown } | number | string | undefined
    const holderId = typeof holder === 'object' && holder !== null ? holder.value : holder
    if (holderId !== undefined && String(holderId) !== String(args.req.user?.id)) return false
    return own(args)
  }

const staffOnlyEndpoint = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: (req) => (isStaff(req.user) ? endpoint.handler(req) : errorResponse(req.user ? 403 : 401, 'role', '仅工作人员 / Staff only')),
})

/**
 * Payload adds its internal collections (edit locks, preferences, migrations, jobs, key-value store) and
 * globals (job statistics) while it sanitises the config, after every plugin ran, with its own access: any
 * signed-in user — a printer's API key too — reads the locks (who edits which draft), writes locks in
 * another's name and reads the migrations. Payload 3.90 has no option for their access, so the plugin sets it
 * here, on the sanitised config, before the first request: printers and the public get nothing of them; staff
 * keep what the admin UI needs (their locks and preferences) under Payload's own rules; the rest is the
 * system's alone (its own code reads them past access). Versions that are not kept are nobody's to read.
 */
export function closeInternalCollections(payload: Payload): void {
  for (const { config } of Object.values(payload.collections)) {
    // Without versions, Payload's default (any signed-in user) let /api/<slug>/versions reach a table that does
    // not exist: a 500 for a printer's key. Nobody reads versions that are not kept.
    if (!config.versions) (config.access as unknown as Record<string, AnyAccess>).readVersions = refuse
    if (!config.slug.startsWith('payload-')) continue
    const access = config.access as unknown as Record<string, AnyAccess | undefined>
    for (const operation of new Set([...OPERATIONS, ...Object.keys(access)])) {
      if (!ADMIN_UI_STATE.has(config.slug) || operation === 'readVersions') access[operation] = refuse
      else {
        const own = staffThen(access[operation])
        access[operation] = config.slug === LOCKS && (operation === 'create' || operation === 'update') ? ownLockOnly(own) : own
      }
    }
    config.endpoints = Array.isArray(config.endpoints) ? config.endpoints.map(staffOnlyEndpoint) : config.endpoints
  }
  for (const global of payload.config.globals) {
    if (!global.versions) (global.access as unknown as Record<string, AnyAccess>).readVersions = refuse
    if (!global.slug.startsWith('payload-')) continue
    const access = global.access as unknown as Record<string, AnyAccess | undefined>
    for (const operation of new Set([...OPERATIONS, ...Object.keys(access)])) access[operation] = refuse
  }
}
