import type { DocumentViewServerProps } from 'payload'

import { Gutter } from '@payloadcms/ui'
import { formatDate } from '@payloadcms/ui/shared'
import React from 'react'

import type { Decision } from '../workflow/machine'
import type { StoredWorkflow } from '../workflow/record'

import { govPublishingT } from '../../translations'
import { versionEvents } from '../workflow/versionEvents'
import { labelOf } from './labels'

/**
 * The versions of a reviewed item or global, each named by what made it (保存修改, 提交审核, 审核通过, 审签通过 and
 * published…), who decided and why, with a link to Payload's comparison with the version before. Payload's own
 * list calls all of them 草稿.
 */
export async function VersionsByEvent({ initPageResult }: DocumentViewServerProps) {
  const { collectionConfig, docID, globalConfig, req } = initPageResult
  const { i18n, payload } = req
  const t = govPublishingT(i18n)
  const slug = collectionConfig?.slug ?? globalConfig!.slug
  // Only what names the event: a version holds the whole item, and an item may have 200 of them.
  const select = { updatedAt: true, version: { workflow: true } } as const
  const found = collectionConfig
    ? await payload.findVersions({
        collection: slug as never,
        depth: 0,
        limit: 200,
        req,
        select,
        sort: 'updatedAt',
        where: { parent: { equals: docID } },
      })
    : await payload.findGlobalVersions({ depth: 0, limit: 200, req, select, slug: slug as never, sort: 'updatedAt' })
  const records = found.docs.map((doc) => {
    const workflow = ((doc.version as { workflow?: StoredWorkflow }).workflow ?? {}) as StoredWorkflow
    return { history: workflow.history ?? [], id: doc.id, state: workflow.state ?? 'draft', updatedAt: doc.updatedAt }
  })
  const deciders = [...new Set(records.flatMap((r) => r.history.map((d) => d.userId)))]
  const { docs: users } = deciders.length
    ? await payload.find({
        collection: 'users',
        depth: 0,
        limit: deciders.length,
        overrideAccess: true,
        select: { name: true },
        where: { id: { in: deciders } },
      })
    : { docs: [] }
  const nameOf = new Map(users.map((u) => [String(u.id), (u as { name?: string }).name]))
  const base = `${payload.config.routes.admin}/${collectionConfig ? `collections/${slug}/${docID}` : `globals/${slug}`}/versions`
  const events = versionEvents(records).reverse()
  const decisionWords = (d: Decision) =>
    `${labelOf(t, 'actions', d.action) ?? d.action}${nameOf.get(d.userId) ? ` · ${nameOf.get(d.userId)}` : ''}${d.comment ? `：${d.comment}` : ''}`

  return (
    <Gutter className="versions-by-event">
      <h2>{t('govPublishing:versions:title')}</h2>
      <table className="table versions-by-event__table">
        <thead>
          <tr>
            <th>{t('govPublishing:versions:when')}</th>
            <th>{t('govPublishing:versions:event')}</th>
            <th>{t('govPublishing:versions:state')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const what = event.kind === 'decided' ? decisionWords(event.decision) : t(`govPublishing:versions:${event.kind}`)
            return (
              <tr data-kind={event.kind} key={event.id}>
                <td>{formatDate({ date: event.updatedAt, i18n, pattern: payload.config.admin.dateFormat })}</td>
                <td>
                  {what}
                  {event.published && event.kind !== 'published' ? `（${t('govPublishing:versions:wentOut')}）` : ''}
                </td>
                <td>{labelOf(t, 'states', event.state) ?? event.state}</td>
                <td>{event.kind !== 'created' && <a href={`${base}/${event.id}`}>{t('govPublishing:versions:compare')}</a>}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </Gutter>
  )
}
