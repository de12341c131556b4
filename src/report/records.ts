import type { CollectionSlug, Payload, Where } from 'payload'

import type { Channel } from '../fields/disclosure'
import type { TableThree } from '../requests/outcomes'

import { CHANNELS } from '../fields/disclosure'
import { requestStatistics } from '../requests/statistics'
import { endOfChinaDay } from '../time'

/** What the system's own records say about a year, for the annual report. Counted by the database. */
export type YearRecords = {
  /** 第二十条第（一）项: 规章 and 行政规范性文件 issued, repealed, in force at the year's end */
  regulations: Record<'normativeDocs' | 'rules', { inForce: number; issued: number; repealed: number }>
  /** items first published this year (all publishable collections), and per channel */
  published: Record<'total' | Channel, number>
  requests: TableThree
  /** 信息处理费 charged on requests received this year, in yuan */
  feesYuan: number
}

/** The instants a China calendar year starts and ends (exclusive). */
const yearBounds = (year: number) => ({ end: endOfChinaDay(`${year}-12-31`).toISOString(), start: endOfChinaDay(`${year - 1}-12-31`).toISOString() })
const within = (field: string, { end, start }: { end: string; start: string }): Where => ({
  and: [{ [field]: { greater_than_equal: start } }, { [field]: { less_than: end } }],
})

const KIND_OF = { normativeDocs: 'normative', rules: 'rule' } as const

export async function yearRecords(payload: Payload, year: number, publishable: CollectionSlug[]): Promise<YearRecords> {
  const bounds = yearBounds(year)
  const count = async (collection: CollectionSlug, where: Where) => (await payload.count({ collection, overrideAccess: true, where })).totalDocs

  const regulation = async (kind: 'normative' | 'rule') => {
    // Issued: published policies of that kind written (成文) this year. In force: issued by the year's end and
    // not repealed by then.
    const issuedBy: Where = { and: [{ kind: { equals: kind } }, { publishedAt: { exists: true } }] }
    const [issued, repealed, issuedUntilEnd, repealedUntilEnd] = await Promise.all([
      count('policies', { and: [issuedBy, within('writtenAt', bounds)] }),
      count('policies', { and: [issuedBy, { validity: { equals: 'repealed' } }, within('repealedAt', bounds)] }),
      count('policies', { and: [issuedBy, { writtenAt: { less_than: bounds.end } }] }),
      count('policies', { and: [issuedBy, { validity: { equals: 'repealed' } }, { repealedAt: { less_than: bounds.end } }] }),
    ])
    return { inForce: issuedUntilEnd - repealedUntilEnd, issued, repealed }
  }

  const delivered = (channel: Channel) =>
    count('deliveries', {
      and: [{ channel: { equals: channel } }, { action: { equals: 'publish' } }, { status: { equals: 'delivered' } }, within('deliveredAt', bounds)],
    })

  const [rules, normativeDocs, firstPublished, perChannel, requests, fees] = await Promise.all([
    regulation(KIND_OF.rules),
    regulation(KIND_OF.normativeDocs),
    Promise.all(publishable.map((collection) => count(collection, within('publishedAt', bounds)))),
    Promise.all(CHANNELS.map(({ value }) => delivered(value))),
    requestStatistics(payload, year),
    chargedFees(payload, year),
  ])
  const published = { total: firstPublished.reduce((a, b) => a + b, 0) } as YearRecords['published']
  CHANNELS.forEach(({ value }, i) => (published[value] = perChannel[i]!))
  return { feesYuan: fees, published, regulations: { normativeDocs, rules }, requests }
}

/** Fees are charged on few requests (most are free), so those few are read with their amount only. */
async function chargedFees(payload: Payload, year: number): Promise<number> {
  const { docs } = await payload.find({
    collection: 'disclosure-requests',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { feeAmount: true },
    where: {
      and: [
        { feeAmount: { greater_than: 0 } },
        { receivedOn: { greater_than_equal: `${year}-01-01` } },
        { receivedOn: { less_than_equal: `${year}-12-31` } },
      ],
    },
  })
  return docs.reduce((sum, doc) => sum + (doc.feeAmount ?? 0), 0)
}
