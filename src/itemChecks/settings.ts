import type { PayloadRequest } from 'payload'

import type { CheckSettings, Masks, ProtectedName, TermEntry } from '../checks/types'

import { compileTerms } from '../checks'
import { DEFAULT_MASKS } from '../checks/mask'

type Compiled = { key: string; terms: CheckSettings['terms'] }
let compiled: Compiled | undefined

/**
 * The dictionary, compiled once per version of it: the version is the number of terms and the newest
 * change, so an edit or deletion in the admin (or in another process) is picked up at the next check.
 */
async function dictionary(req: PayloadRequest): Promise<CheckSettings['terms']> {
  const newest = await req.payload.find({
    collection: 'check-terms',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    select: { updatedAt: true },
    sort: '-updatedAt',
  })
  const key = `${newest.totalDocs}:${newest.docs[0]?.updatedAt ?? ''}`
  if (compiled?.key === key) return compiled.terms
  const { docs } = await req.payload.find({
    collection: 'check-terms',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { kind: true, replacement: true, severity: true, term: true },
  })
  compiled = { key, terms: compileTerms(docs as TermEntry[]) }
  return compiled.terms
}

const lines = (value: null | string | undefined) =>
  (value ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)

/** Everything the rules are told, read fresh from the organ and check-settings globals. */
export async function loadCheckSettings(req: PayloadRequest): Promise<CheckSettings> {
  const [organ, settings, terms] = await Promise.all([
    req.payload.findGlobal({ slug: 'organ', depth: 0, overrideAccess: true, req }),
    req.payload.findGlobal({ slug: 'check-settings', depth: 0, overrideAccess: true, req }),
    dictionary(req),
  ])
  const own: ProtectedName[] = [organ.fullName, organ.shortName]
    .filter((name): name is string => Boolean(name?.trim()))
    .map((name) => ({ kind: 'organ', name: name.trim() }))
  const masks = Object.fromEntries(
    (Object.keys(DEFAULT_MASKS) as (keyof Masks)[]).map((key) => [key, { ...DEFAULT_MASKS[key], ...settings.masks?.[key] }]),
  ) as Masks
  return {
    masks,
    names: [...own, ...(settings.names ?? []).map(({ kind, name }) => ({ kind, name: name.trim() }))],
    reduplications: lines(settings.reduplications),
    terms,
    traditionalExceptions: lines(settings.traditionalExceptions),
    wrongNames: (organ.wrongNames ?? []).map((w) => w.name.trim()).filter(Boolean),
  }
}
