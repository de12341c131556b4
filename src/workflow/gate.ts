import type { CollectionSlug, Payload, PayloadRequest, SanitizedCollectionConfig, TypedUser } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { bumpPublicVersion } from '../publicCache/token'
import { queueDeliveries } from '../channels/outbox'
import { kickDeliveries } from '../channels/runner'
import { notPublicReason } from '../disclosure/modes'
import { refusal as apiRefusal } from '../errors'
import { checkItem, type ItemFinding } from '../itemChecks/checkItem'
import { audit } from './audit'
import { itemHash } from './itemHash'
import { configuredLevels } from './levels'
import { freezeMedia, mediaRefs, moveLiveMedia } from './mediaGate'
import { decide, type WorkflowAction, type WorkflowState } from './machine'
import { snapshotOf, type StoredWorkflow } from './record'
import { lockRows } from './rowLock'

/** Marks the gate's own writes; no client can set request context. */
export const GATE = 'govPublishingGate'

type Item = Record<string, unknown> & {
  disclosureMode?: null | string
  id: number | string
  publishAt?: null | string
  title?: string
  workflow?: StoredWorkflow
}

/** The actions that move an item towards the public: refused for what its 公开方式 keeps from the public. */
const TOWARDS_PUBLIC = new Set<WorkflowAction>(['approve', 'pass-review', 'submit'])

export type ActionResult =
  | { body: { errors: { code: string; message: string }[]; findings?: ItemFinding[] }; status: number }
  | { body: { id: number | string; level: null | number; state: WorkflowState }; status: 200 }

const refusal = (r: { code: string; message: string; status: number }): ActionResult => ({
  body: { errors: [{ code: r.code, message: r.message }] },
  status: r.status,
})

async function gateWrite<T>(req: PayloadRequest, write: () => Promise<T>): Promise<T> {
  req.context[GATE] = true
  try {
    return await write()
  } finally {
    delete req.context[GATE]
  }
}

/**
 * Publishes the approved version. The content written is the latest version's, and the hook that writes
 * it checks once more that it hashes to what was approved.
 */
async function publish(req: PayloadRequest, collection: SanitizedCollectionConfig, item: Item, workflow: StoredWorkflow) {
  // Also for an item approved before its mode was checked: the scheduled publication must not send it out.
  const notPublic = notPublicReason(item.disclosureMode)
  if (notPublic) throw apiRefusal(notPublic, 400, 'disclosure-mode')
  const before = (await req.payload.findByID({
    id: item.id,
    collection: collection.slug as CollectionSlug,
    depth: 0,
    disableErrors: true,
    draft: false,
    overrideAccess: true,
    req,
  })) as Item | null
  const previous = before?._status === 'published' ? await mediaRefs(req, collection, before) : []
  const saved = await gateWrite(req, () =>
    req.payload.update({
      id: item.id,
      collection: collection.slug as CollectionSlug,
      data: { ...item, _status: 'published', workflow: { ...workflow, editors: [], state: 'published' } } as never,
      depth: 0,
      draft: false,
      overrideAccess: true,
      req,
    }),
  )
  await moveLiveMedia(req, `${collection.slug}:${item.id}`, previous, await mediaRefs(req, collection, item))
  await bumpPublicVersion(req)
  await queueDeliveries(req, collection.slug, saved as unknown as Item, workflow.hash ?? '', 'publish')
  await audit(req, {
    action: 'publish',
    collection: collection.slug,
    contentHash: workflow.hash ?? null,
    document: item.id,
    documentTitle: item.title ?? null,
    fromState: workflow.state ?? 'approved',
    toState: 'published',
  })
  return saved as unknown as Item
}

/**
 * The machine first pass on the version being submitted, before the transaction opens: reading the text
 * of attachments takes longer than a database lock should be held.
 */
async function firstPass(req: PayloadRequest, collection: SanitizedCollectionConfig, id: number | string) {
  const slug = collection.slug as CollectionSlug
  // A collection's own step first (the annual report's validation and PDF): it may complete the draft.
  const own = await (collection.custom?.beforeSubmit as BeforeSubmit | undefined)?.(req, id)
  const item = await req.payload.findByID({ id, collection: slug, depth: 0, disableErrors: true, draft: true, overrideAccess: false, req })
  if (!item) return null
  const data = item as unknown as Item
  return { at: new Date().toISOString(), findings: [...(own ?? []), ...(await checkItem(req, collection, data))], hash: await itemHash(req, collection, data) }
}

/** `custom.beforeSubmit` of a collection: findings that block the submission, or none. */
export type BeforeSubmit = (req: PayloadRequest, id: number | string) => Promise<ItemFinding[]>

const summary = (findings: ItemFinding[]) =>
  findings.map((f) => `[${[f.field, f.file, f.mediaField].filter(Boolean).join(' ')}] ${f.message}：${f.excerpt}`).join('\n')

export type ActOptions = { acknowledgeWarnings?: boolean }

/** Takes a decision on an item for the signed-in user, in one transaction with its audit entries. */
export async function act(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: number | string,
  action: WorkflowAction,
  comment: string | undefined,
  options: ActOptions = {},
): Promise<ActionResult> {
  const user = req.user as (TypedUser & { roles?: string[] }) | null
  if (!user) return refusal({ code: 'auth', message: '请先登录 / Sign in first', status: 401 })
  const slug = collection.slug as CollectionSlug
  const checked = action === 'submit' ? await firstPass(req, collection, id) : null
  const ownTransaction = await initTransaction(req)
  try {
    await lockRows(req, slug, [id])
    // Decisions are about the newest version; withdrawing a published item takes down the live one.
    const read = (draft: boolean) =>
      req.payload.findByID({ id, collection: slug, depth: 0, disableErrors: true, draft, overrideAccess: false, req })
    const latest = (await read(true)) as Item | null
    const live = action === 'withdraw' && latest?.workflow?.state !== 'approved'
    const item = live ? ((await read(false)) as Item | null) : latest
    if (!item) {
      if (ownTransaction) await killTransaction(req)
      return refusal({ code: 'not-found', message: '未找到该条目 / Not found', status: 404 })
    }
    const notPublic = TOWARDS_PUBLIC.has(action) ? notPublicReason(item.disclosureMode) : null
    if (notPublic) {
      if (ownTransaction) await killTransaction(req)
      return refusal({ code: 'disclosure-mode', message: notPublic, status: 400 })
    }
    const stored = item.workflow ?? {}
    const snapshot = snapshotOf(stored)
    const hash = await itemHash(req, collection, item)
    if (checked && checked.hash !== hash) {
      if (ownTransaction) await killTransaction(req)
      return refusal({ code: 'changed', message: '内容在检查期间被修改，请重新提交 / The content changed while it was checked: submit again', status: 409 })
    }
    const result = decide({
      acknowledged: options.acknowledgeWarnings === true,
      action,
      actor: { id: String(user.id), roles: user.roles ?? [] },
      comment,
      contentHash: hash,
      levels: configuredLevels(req.payload.config),
      now: new Date(),
      snapshot,
    })
    if (!result.ok) {
      if (ownTransaction) await killTransaction(req)
      return refusal(result)
    }
    const entry = {
      collection: slug,
      contentHash: hash,
      document: item.id,
      documentTitle: item.title ?? null,
      fromState: snapshot.state,
    }
    const blocks = checked?.findings.filter((f) => f.severity === 'block') ?? []
    if (checked && blocks.length) {
      // Recorded on the item, so the editor sees in the panel what to mend; the item stays a draft.
      await gateWrite(req, () =>
        req.payload.update({ id: item.id, collection: slug, data: { workflow: { ...stored, checks: checked } } as never, depth: 0, draft: true, overrideAccess: true, req }),
      )
      await audit(req, { ...entry, action: 'check', comment: summary(blocks), toState: snapshot.state })
      if (ownTransaction) await commitTransaction(req)
      return {
        body: {
          errors: [
            {
              code: 'checks',
              message: `机器初审发现${blocks.length}处须修改的问题，修改后再提交 / The automated checks found ${blocks.length} problem(s) to fix before submitting`,
            },
          ],
          findings: checked.findings,
        },
        status: 400,
      }
    }
    const workflow: StoredWorkflow = {
      ...stored,
      ...(checked ? { checks: checked } : {}),
      hash: action === 'submit' ? hash : snapshot.hash,
      history: [...(stored.history ?? []), result.decision],
      level: result.level,
      reason: action === 'reject' || action === 'withdraw' ? (result.decision.comment ?? null) : (stored.reason ?? null),
      state: result.state,
    }
    if (result.decision.acknowledgedWarnings) {
      const warnings = stored.checks?.findings.filter((f) => f.severity === 'warn') ?? []
      await audit(req, {
        ...entry,
        action: 'acknowledge',
        comment: summary(warnings),
        level: result.decision.level,
        role: result.decision.role,
        toState: snapshot.state,
      })
    }
    await audit(req, {
      ...entry,
      action,
      comment: result.decision.comment ?? null,
      level: result.decision.level,
      role: result.decision.role,
      toState: result.state,
    })

    // From here on the version's files are part of what reviewers see: they no longer change.
    if (action === 'submit') await freezeMedia(req, await mediaRefs(req, collection, item))
    let state = result.state
    if (result.state === 'approved' && !(item.publishAt && new Date(item.publishAt) > new Date())) {
      state = (await publish(req, collection, item, workflow)).workflow?.state ?? 'published'
    } else {
      await gateWrite(req, () =>
        req.payload.update({
          id: item.id,
          collection: slug,
          // A withdrawal hides the live version (its content is kept as it was published).
          data: (live ? { ...item, _status: 'draft', workflow } : { workflow }) as never,
          depth: 0,
          draft: !live,
          overrideAccess: true,
          req,
        }),
      )
      if (live) {
        await moveLiveMedia(req, `${slug}:${item.id}`, await mediaRefs(req, collection, item), [])
        await bumpPublicVersion(req)
        await queueDeliveries(req, slug, item, snapshot.hash ?? hash, 'withdraw')
      }
    }
    if (ownTransaction) await commitTransaction(req)
    if (state === 'published' || live) kickDeliveries(req.payload)
    return { body: { id: item.id, level: result.level, state }, status: 200 }
  } catch (error) {
    // A caller's transaction is the caller's to end.
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

/** Publishes every approved item whose publication time has come (run by the scheduled job). */
export async function publishDue(payload: Payload, collections: SanitizedCollectionConfig[], now = new Date()) {
  let published = 0
  for (const collection of collections) {
    const { docs } = await payload.find({
      collection: collection.slug as CollectionSlug,
      depth: 0,
      draft: true,
      limit: 100,
      overrideAccess: true,
      pagination: false,
      where: { and: [{ 'workflow.state': { equals: 'approved' } }, { publishAt: { less_than_equal: now.toISOString() } }] },
    })
    for (const item of docs as unknown as Item[]) {
      const req = await createLocalReq({}, payload)
      const ownTransaction = await initTransaction(req)
      try {
        await publish(req, collection, item, item.workflow ?? {})
        if (ownTransaction) await commitTransaction(req)
        kickDeliveries(payload)
        published++
      } catch (error) {
        if (ownTransaction) await killTransaction(req)
        payload.logger.error({ err: error, msg: `定时发布失败 / scheduled publication failed: ${collection.slug} ${item.id}` })
      }
    }
  }
  return published
}

/** Runs a decision outside HTTP, as a given user (demo data, tests, scripts). */
export async function actAs(
  payload: Payload,
  user: TypedUser,
  collection: CollectionSlug,
  id: number | string,
  action: WorkflowAction,
  comment?: string,
  options?: ActOptions,
): Promise<ActionResult> {
  const req = await createLocalReq({ user }, payload)
  return act(req, payload.collections[collection].config, id, action, comment, options)
}
