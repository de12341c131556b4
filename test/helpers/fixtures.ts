import type { TestServer } from './server'

import { section2Tables, section3Columns, section3Rows, section4Columns, section4Groups } from '../../src/report/format'
import { richText } from '../../src/richText'
import { DEMO_ORGAN } from '../../src/seed/demo'
import { reviewAndPublish, submitAndReview } from '../../src/seed/reviewAndPublish'

export const CONTENT_COLLECTIONS = ['news', 'policies', 'policy-interpretations', 'meetings', 'annual-reports'] as const
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number]

let years = 2010

type Keyed = readonly { key: string }[]
const zeros = (rows: Keyed, columns: Keyed) => Object.fromEntries(rows.map((r) => [r.key, Object.fromEntries(columns.map((c) => [c.key, 0]))]))

/** A complete, valid report of a year without activity (every cell 0, as the format wants it written). */
export function quietYearReport(year: number, title: string) {
  return {
    appeals: zeros(section4Groups, section4Columns),
    otherMatters: '无。',
    overview: `本报告所列数据的统计期限为${year}年1月1日至${year}年12月31日。`,
    problems: '无。',
    proactive: Object.fromEntries(Object.entries(section2Tables).map(([key, table]) => [key, zeros(table.rows, table.columns)])),
    requests: zeros(section3Rows, section3Columns),
    signedAt: `${year + 1}-01-20T04:00:00.000Z`,
    signedBy: DEMO_ORGAN.fullName,
    title,
    year,
  }
}

/** Minimal valid data for a new item of each publishable collection. */
export async function sampleData(server: TestServer, collection: ContentCollection, title = '测试条目') {
  switch (collection) {
    case 'news':
      return { body: richText('青石乡召开工作会议。'), title }
    case 'policies':
      return { body: richText('第一条 为规范管理，制定本办法。'), documentNumber: '青政〔2026〕1号', kind: 'normative', title }
    case 'policy-interpretations': {
      const policy = await server.payload.create({
        collection: 'policies',
        data: { body: richText('第一条'), title: `${title}（所解读文件）` },
        draft: true,
      })
      return { body: richText('一、制定背景'), policy: policy.id, title }
    }
    case 'meetings':
      return { convener: '乡长', heldAt: '2026-11-18T01:30:00.000Z', place: '三楼会议室', title }
    case 'annual-reports':
      return quietYearReport(years++, title)
  }
}

/** What tests read of an item. Ids are numbers on SQL and strings on MongoDB; the generated types say number. */
export type Item = { _status?: null | string; id: number; indexNumber?: null | string; publishedAt?: null | string; title: string }

/**
 * Creates an item as the chain's editor; a published one then passes every review level through the gate,
 * as it would in real use.
 */
export async function createItem(server: TestServer, collection: ContentCollection, status: 'draft' | 'published', title?: string): Promise<Item> {
  const chain = await server.chain()
  const data = await sampleData(server, collection, title)
  const doc = await server.payload.create({ collection, data: data as never, draft: true, user: chain.submitter })
  if (status === 'published') await reviewAndPublish(server.payload, collection, doc.id, chain)
  return (await server.payload.findByID({ collection, draft: status === 'draft', id: doc.id })) as unknown as Item
}

/** Submits an item and passes every review level before 审签: it waits at pending-approval. */
export async function readyForApproval(server: TestServer, collection: ContentCollection, id: number | string) {
  await submitAndReview(server.payload, collection, id, await server.chain())
}
