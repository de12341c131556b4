import type { ServerProps, Where } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import React from 'react'

import { govPublishingT } from '../../translations'
import { settingsOf } from '../settings'
import { availableActions, type WorkflowAction } from '../workflow/machine'
import { snapshotOf, type StoredWorkflow } from '../workflow/record'
import { labelOf } from './labels'

/** The decisions that put an item in a reviewer's or approver's queue. */
const DECISIONS = new Set<WorkflowAction>(['approve', 'pass-review'])

type Row = { collection: string; href: string; id: number | string; label: string; state: string; title: string }

/**
 * 待我处理 on the dashboard: items waiting at a level this user decides (and did not write), and for
 * editors their items that came back with a reason.
 */
export async function MyQueue({ i18n, payload, user }: ServerProps) {
  if (!user) return null
  const t = govPublishingT(i18n)
  const roles = ((user as { roles?: string[] }).roles ?? []) as string[]
  const { reviewed, reviewLevels: levels } = settingsOf(payload.config)
  const myLevels = levels.flatMap((level, index) => (level.roles.some((r) => roles.includes(r)) ? [index] : []))
  const rows: Row[] = []
  type Doc = Record<string, unknown> & { id: number | string; workflow?: StoredWorkflow }
  const actor = { id: String(user.id), roles }
  /** What I can decide now (the machine's answer, as in the panel), or my returned draft to fix. */
  const add = (slug: string, doc: Doc, label: unknown, title: unknown, href: string) => {
    const state = doc.workflow?.state ?? 'draft'
    const mine =
      state === 'draft'
        ? doc.workflow?.editors?.includes(actor.id)
        : availableActions(snapshotOf(doc.workflow), actor, levels).some((a) => DECISIONS.has(a))
    if (mine) rows.push({ collection: slug, href, id: doc.id, label: label as never, state, title: String(title ?? '') })
  }
  const admin = payload.config.routes.admin
  for (const slug of reviewed) {
    const global = payload.globals.config.find((g) => g.slug === slug)
    if (global) {
      // The organ's details: one document; a draft counts only once it came back with a reason, like an item.
      const doc = (await payload.findGlobal({ slug: slug as 'organ', depth: 0, draft: true, overrideAccess: false, user })) as unknown as Doc
      if ((doc.workflow?.state ?? 'draft') !== 'draft' || doc.workflow?.reason)
        add(
          slug,
          doc,
          global.label,
          global.label && typeof global.label === 'object' ? getTranslation(global.label, i18n) : slug,
          `${admin}/globals/${slug}`,
        )
      continue
    }
    const config = payload.collections[slug as 'news'].config
    const or: Where[] = [
      ...myLevels.map((level): Where => ({
        and: [{ 'workflow.state': { in: ['pending-review', 'pending-approval'] } }, { 'workflow.level': { equals: level } }],
      })),
      ...(roles.includes('editor') || roles.includes('admin')
        ? [{ and: [{ 'workflow.state': { equals: 'draft' } }, { 'workflow.reason': { exists: true } }] } as Where]
        : []),
    ]
    if (!or.length) continue
    const { docs } = await payload.find({
      collection: slug as 'news',
      depth: 0,
      draft: true,
      limit: 20,
      overrideAccess: false,
      sort: '-updatedAt',
      user,
      where: { or },
    })
    for (const doc of docs as unknown as Doc[]) {
      add(slug, doc, config.labels.singular, doc[config.admin.useAsTitle ?? 'title'], `${admin}/collections/${slug}/${doc.id}`)
    }
  }
  return (
    <div className="my-queue" style={{ marginBottom: 24 }}>
      <h2>{t('govPublishing:myQueue:title')}</h2>
      {rows.length === 0 ? (
        <p>{t('govPublishing:myQueue:empty')}</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={`${row.collection}-${row.id}`}>
              <a href={row.href}>{row.title}</a> · {(row.label && getTranslation(row.label as never, i18n)) || row.collection} ·{' '}
              {labelOf(t, 'states', row.state)}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
