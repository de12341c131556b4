import type { CollectionSlug, GlobalSlug, Payload, PayloadRequest, TypedUser } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { bumpPublicVersion } from '../publicCache/token'
import { queueDeliveries } from '../channels/outbox'
import { kickDeliveries } from '../channels/runner'
import { notPublicReason } from '../disclosure/modes'
import { refusal as apiRefusal } from '../errors'
import { checkItem, type ItemFinding } from '../itemChecks/checkItem'
import { audit } from './audit'
import { pathLabel } from '../fields/pathLabel'
import { inLanguage } from '../inLanguage'
import { zh } from '../../translations/zh'
import { itemHash } from './itemHash'
import { settingsOf } from '../settings'
import { freezeMedia, mediaRefs, moveLiveMedia } from './mediaGate'
import { decide, publishesNow, type WorkflowAction, type WorkflowState } from './machine'
import { snapshotOf, type StoredWorkflow } from './record'
import { type Item, type ReviewTarget, targetFor } from './target'

/** Marks the gate's own writes; no client can set request context. */
export const GATE = 'govPublishingGate'

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
async function publish(req: PayloadRequest, target: ReviewTarget, item: Item, workflow: StoredWorkflow) {
  // Also for an item approved before its mode was checked: the scheduled publication must not send it out.
  const notPublic = notPublicReason(item.disclosureMode)
  if (notPublic) throw apiRefusal(notPublic, 400, 'disclosure-mode')
  const before = await target.read(req, false)
  const previous = before?._status === 'published' ? await mediaRefs(req, target, before) : []
  const saved = await gateWrite(req, () =>
    target.write(req, { ...item, _status: 'published', workflow: { ...workflow, editors: [], state: 'published' } }, false),
  )
  await moveLiveMedia(req, `${target.slug}:${item.id}`, previous, await mediaRefs(req, target, item))
  await bumpPublicVersion(req)
  if (target.delivers) await queueDeliveries(req, target.slug, saved, workflow.hash ?? '', 'publish')
  await audit(req, {
    action: 'publish',
    collection: target.slug,
    contentHash: workflow.hash ?? null,
    document: item.id,
    documentTitle: target.title(item),
    fromState: workflow.state ?? 'approved',
    toState: 'published',
  })
  return saved
}

/**
 * The machine first pass on the version being submitted, before the transaction opens: reading the text
 * of attachments takes longer than a database lock should be held.
 */
async function firstPass(req: PayloadRequest, target: ReviewTarget) {
  // A collection's own step first (the annual report's validation and PDF): it may complete the draft.
  const own = await target.beforeSubmit?.(req, target.id)
  const item = await target.read(req, true)
  if (!item) return null
  return {
    at: new Date().toISOString(),
    findings: [...(own ?? []), ...(await checkItem(req, target, item))],
    hash: await itemHash(req, target, item),
  }
}

/** Findings as the audit entry keeps them: place in the form's words, the message, the excerpt (personal data starred). */
const summary = (target: ReviewTarget, findings: ItemFinding[]) =>
  findings
    .map(
      (f) =>
        `【${[f.place ?? pathLabel(target.fields, f.field, 'zh'), f.file, f.mediaField && zh.govPublishing.findings.mediaFields[f.mediaField]].filter(Boolean).join(' ')}】${inLanguage(f.message, 'zh')}：${f.excerpt}`,
    )
    .join('\n')

export type ActOptions = { acknowledgeWarnings?: boolean }

/** Takes a decision on an item for the signed-in user, in one transaction with its audit entries. */
export async function act(
  req: PayloadRequest,
  target: ReviewTarget,
  action: WorkflowAction,
  comment: string | undefined,
  options: ActOptions = {},
): Promise<ActionResult> {
  const user = req.user as (TypedUser & { roles?: string[] }) | null
  if (!user) return refusal({ code: 'auth', message: '请先登录 / Sign in first', status: 401 })
  const checked = action === 'submit' ? await firstPass(req, target) : null
  const ownTransaction = await initTransaction(req)
  try {
    await target.lock(req)
    // Decisions are about the newest version; withdrawing a published item takes down the live one.
    const latest = await target.read(req, true)
    const live = action === 'withdraw' && latest?.workflow?.state !== 'approved'
    const item = live ? await target.read(req, false) : latest
    if (!item) {
      if (ownTransaction) await killTransaction(req)
      return refusal({ code: 'not-found', message: '未找到该条目 / Not found', status: 404 })
    }
    const notPublic = TOWARDS_PUBLIC.has(action) ? notPublicReason(item.disclosureMode) : null
    if (action === 'withdraw' && !target.withdrawable) {
      if (ownTransaction) await killTransaction(req)
      return refusal({
        code: 'not-withdrawable',
        message: '此信息不能撤回，请修改后重新送审 / This cannot be withdrawn: change it and submit the new version',
        status: 409,
      })
    }
    if (notPublic) {
      if (ownTransaction) await killTransaction(req)
      return refusal({ code: 'disclosure-mode', message: notPublic, status: 400 })
    }
    const stored = item.workflow ?? {}
    const snapshot = snapshotOf(stored)
    const hash = await itemHash(req, target, item)
    if (checked && checked.hash !== hash) {
      if (ownTransaction) await killTransaction(req)
      return refusal({
        code: 'changed',
        message: '内容在检查期间被修改，请重新提交 / The content changed while it was checked: submit again',
        status: 409,
      })
    }
    const result = decide({
      acknowledged: options.acknowledgeWarnings === true,
      action,
      actor: { id: String(user.id), roles: user.roles ?? [] },
      comment,
      contentHash: hash,
      levels: settingsOf(req.payload.config).reviewLevels,
      now: new Date(),
      snapshot,
    })
    if (!result.ok) {
      if (ownTransaction) await killTransaction(req)
      return refusal(result)
    }
    const entry = {
      collection: target.slug,
      contentHash: hash,
      document: item.id,
      documentTitle: target.title(item),
      fromState: snapshot.state,
    }
    const blocks = checked?.findings.filter((f) => f.severity === 'block') ?? []
    if (checked && blocks.length) {
      // Recorded on the item, so the editor sees in the panel what to mend; the item stays a draft.
      await gateWrite(req, () => target.write(req, { workflow: { ...stored, checks: checked } }, true))
      await audit(req, { ...entry, action: 'check', comment: summary(target, blocks), toState: snapshot.state })
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
        comment: summary(target, warnings),
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
    if (action === 'submit') await freezeMedia(req, await mediaRefs(req, target, item))
    let state = result.state
    if (result.state === 'approved' && publishesNow(item.publishAt, new Date())) {
      state = (await publish(req, target, item, workflow)).workflow?.state ?? 'published'
    } else {
      // A withdrawal hides the live version (its content is kept as it was published).
      await gateWrite(req, () => target.write(req, live ? { ...item, _status: 'draft', workflow } : { workflow }, !live))
      if (live) {
        await moveLiveMedia(req, `${target.slug}:${item.id}`, await mediaRefs(req, target, item), [])
        await bumpPublicVersion(req)
        if (target.delivers) await queueDeliveries(req, target.slug, item, snapshot.hash ?? hash, 'withdraw')
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
export async function publishDue(payload: Payload, collections: CollectionSlug[], now = new Date()) {
  let published = 0
  for (const collection of collections) {
    const { docs } = await payload.find({
      collection,
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
        await publish(req, targetFor(payload, collection, item.id)!, item, item.workflow ?? {})
        if (ownTransaction) await commitTransaction(req)
        kickDeliveries(payload)
        published++
      } catch (error) {
        if (ownTransaction) await killTransaction(req)
        payload.logger.error({ err: error, msg: `定时发布失败 / scheduled publication failed: ${collection} ${item.id}` })
      }
    }
  }
  return published
}

/** Runs a decision outside HTTP, as a given user (demo data, tests, scripts), on a collection's item or a global. */
export async function actAs(
  payload: Payload,
  user: TypedUser,
  slug: CollectionSlug | GlobalSlug,
  id: number | string,
  action: WorkflowAction,
  comment?: string,
  options?: ActOptions,
): Promise<ActionResult> {
  const req = await createLocalReq({ user }, payload)
  return act(req, targetFor(payload, slug, id)!, action, comment, options)
}
