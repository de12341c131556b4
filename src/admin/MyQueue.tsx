import type { ServerProps, Where } from 'payload'

import React from 'react'

import { PUBLISHABLE_SLUGS } from '../plugin'
import { configuredLevels } from '../workflow/levels'
import { labelOf, STATE_NAMES } from './labels'

type Row = { collection: string; id: number | string; label: string; state: string; title: string }


/**
 * 待我处理 on the dashboard: items waiting at a level this user decides (and did not write), and for
 * editors their items that came back with a reason.
 */
export async function MyQueue({ i18n, payload, user }: ServerProps) {
  if (!user) return null
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  const roles = ((user as { roles?: string[] }).roles ?? []) as string[]
  const levels = configuredLevels(payload.config)
  const myLevels = levels.flatMap((level, index) => (level.roles.some((r) => roles.includes(r)) ? [index] : []))
  const rows: Row[] = []
  for (const slug of PUBLISHABLE_SLUGS) {
    const or: Where[] = [
      ...myLevels.map((level): Where => ({
        and: [{ 'workflow.state': { in: ['pending-review', 'pending-approval'] } }, { 'workflow.level': { equals: level } }],
      })),
      ...(roles.includes('editor')
        ? [{ and: [{ 'workflow.state': { equals: 'draft' } }, { 'workflow.reason': { exists: true } }] } as Where]
        : []),
    ]
    if (!or.length) continue
    const { docs } = await payload.find({
      collection: slug,
      depth: 0,
      draft: true,
      limit: 20,
      overrideAccess: false,
      sort: '-updatedAt',
      user,
      where: { or },
    })
    for (const doc of docs as unknown as { id: number | string; title: string; workflow?: { editors?: string[]; state?: string } }[]) {
      const state = doc.workflow?.state ?? 'draft'
      // An editor's returned item is theirs to fix; a reviewer never sees what they wrote.
      const wrote = doc.workflow?.editors?.includes(String(user.id))
      if (state === 'draft' ? !wrote : wrote) continue
      rows.push({ collection: slug, id: doc.id, label: payload.collections[slug].config.labels.singular as never, state, title: doc.title })
    }
  }
  return (
    <div className="my-queue" style={{ marginBottom: 24 }}>
      <h2>{lang === 'zh' ? '待我处理' : 'Waiting for me'}</h2>
      {rows.length === 0 ? (
        <p>{lang === 'zh' ? '暂无待处理事项。' : 'Nothing is waiting for you.'}</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={`${row.collection}-${row.id}`}>
              <a href={`${payload.config.routes.admin}/collections/${row.collection}/${row.id}`}>{row.title}</a>{' '}
              · {(row.label as unknown as Record<string, string>)[lang] ?? row.collection} · {labelOf(STATE_NAMES, row.state)?.[lang]}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
