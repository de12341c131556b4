import type { CollectionSlug, Field, GlobalSlug, Payload, PayloadRequest, SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'

import type { ItemFinding } from '../itemChecks/checkItem'
import type { StoredWorkflow } from './record'

import type { PublishableSteps } from '../settings'

import { settingsOf } from '../settings'
import { lockGlobal, lockRows } from './rowLock'

export type Item = Record<string, unknown> & {
  _status?: null | string
  disclosureMode?: null | string
  id: number | string
  publishAt?: null | string
  workflow?: StoredWorkflow
}

/** A collection's own step before the machine first pass (the annual report's validation and PDF). */
export type BeforeSubmit = (req: PayloadRequest, id: number | string) => Promise<ItemFinding[]>

/** A collection's own rules over an item, saved or as edited (the annual report's validation). */
export type OwnChecks = (req: PayloadRequest, item: Record<string, unknown>) => Promise<ItemFinding[]>

/**
 * What the gate decides on: one document of a reviewed collection, or a reviewed global (the organ's
 * details). Both are read and written the same way here, so every text the public receives passes one gate.
 */
/** A version the public was given: its version record (none when only the document itself says so), and when. */
export type PublishedVersion = { doc: Item; id: null | number | string; publishedAt: null | string }

export type ReviewTarget = {
  beforeSubmit?: BeforeSubmit
  checks?: OwnChecks
  /** Whether publishing sends it out on its channels (publishable items) or only makes it the version in force. */
  delivers: boolean
  fields: Field[]
  /** The document's id; a global's is its slug. */
  id: number | string
  /** The last version published (null if never), read with the user's access to versions. */
  lastPublished: (req: PayloadRequest) => Promise<null | PublishedVersion>
  /** The rows to lock for a decision (PostgreSQL). */
  lock: (req: PayloadRequest) => Promise<void>
  read: (req: PayloadRequest, draft: boolean) => Promise<Item | null>
  /** What the audit log and deliveries name: the collection's or the global's slug. */
  slug: string
  /** The title the audit log keeps. */
  title: (item: Item) => null | string
  /** A global's details stay in force until a new version replaces them: they cannot be taken down. */
  withdrawable: boolean
  write: (req: PayloadRequest, data: Record<string, unknown>, draft: boolean) => Promise<Item>
}

const titleOf = (useAsTitle: string | undefined) => (item: Item) => {
  const value = useAsTitle ? item[useAsTitle] : item.title
  return typeof value === 'string' ? value : null
}

const PUBLISHED_VERSION = { 'version._status': { equals: 'published' } } as const
/** The newest version record, read with the user's access (version records are staff's only). */
const NEWEST = { depth: 0, limit: 1, overrideAccess: false, sort: '-updatedAt' } as const

type VersionRecord = { id: number | string; updatedAt?: null | string; version: unknown }
const asPublished = (record: undefined | VersionRecord, id: number | string): null | PublishedVersion =>
  record ? { doc: { ...(record.version as object), id } as Item, id: record.id, publishedAt: record.updatedAt ?? null } : null

/** Collections whose items go out on the channels carry the `channels` field (src/fields/disclosure.ts). */
const hasChannels = (config: SanitizedCollectionConfig) => config.flattenedFields.some((f) => f.name === 'channels')

function collectionTarget(config: SanitizedCollectionConfig, id: number | string, steps: PublishableSteps = {}): ReviewTarget {
  const collection = config.slug as CollectionSlug
  return {
    beforeSubmit: steps.beforeSubmit,
    checks: steps.checks,
    delivers: hasChannels(config),
    fields: config.fields,
    id,
    lastPublished: async (req) => {
      const { docs } = await req.payload.findVersions({ ...NEWEST, collection, req, where: { and: [{ parent: { equals: id } }, PUBLISHED_VERSION] } })
      return asPublished(docs[0] as VersionRecord | undefined, id)
    },
    lock: (req) => lockRows(req, collection, [id]),
    read: async (req, draft) =>
      (await req.payload.findByID({ id, collection, depth: 0, disableErrors: true, draft, overrideAccess: false, req })) as Item | null,
    slug: collection,
    title: titleOf(config.admin?.useAsTitle),
    withdrawable: true,
    write: async (req, data, draft) =>
      (await req.payload.update({ id, collection, data: data as never, depth: 0, draft, overrideAccess: true, req })) as unknown as Item,
  }
}

function globalTarget(config: SanitizedGlobalConfig): ReviewTarget {
  const slug = config.slug as GlobalSlug
  // A global exists once saved; before that it is an empty document with its slug for an id.
  const withId = (doc: null | object) => ({ ...(doc ?? {}), id: slug }) as Item
  return {
    delivers: false,
    fields: config.fields,
    id: slug,
    lastPublished: async (req) => {
      const { docs } = await req.payload.findGlobalVersions({ ...NEWEST, slug, req, where: PUBLISHED_VERSION })
      return asPublished(docs[0] as VersionRecord | undefined, slug)
    },
    lock: (req) => lockGlobal(req, slug),
    read: async (req, draft) => withId(await req.payload.findGlobal({ slug, depth: 0, draft, overrideAccess: false, req })),
    slug,
    title: () => (typeof config.label === 'object' ? ((config.label as Record<string, string>).zh ?? slug) : String(config.label ?? slug)),
    withdrawable: false,
    write: async (req, data, draft) => {
      const { id: _id, ...rest } = data
      return withId(await req.payload.updateGlobal({ slug, data: rest as never, depth: 0, draft, overrideAccess: true, req }))
    },
  }
}

/** The target a slug names: a collection's document, or a global (whose id is its slug). */
export function targetFor(payload: Payload, slug: string, id: number | string): null | ReviewTarget {
  const collection = payload.collections[slug as CollectionSlug]?.config
  if (collection) return collectionTarget(collection, id, settingsOf(payload.config).publishable[slug])
  const global = payload.globals.config.find((g) => g.slug === slug)
  return global ? globalTarget(global) : null
}
