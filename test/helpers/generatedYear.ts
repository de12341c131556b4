import type { CollectionSlug, Payload } from 'payload'

import { drizzleOf, tableOf } from '../../src/infra/sqlAdapter'
import { OUTCOMES } from '../../src/requests/outcomes'

/**
 * A generated year of records for the annual report: policies (规章 and 行政规范性文件 issued, repealed and in
 * force), items published on the channels, and disclosure requests, around `year`. Deterministic for a seed.
 */
export type Row = Record<string, unknown>
export type GeneratedYear = { deliveries: Row[]; news: Row[]; policies: Row[]; requests: Row[] }

export const APPLICANT_TYPES = ['natural-person', 'commercial', 'research', 'public-interest', 'legal-service', 'other']
const CHANNEL_VALUES = ['website', 'wechat', 'noticeboard']

export function generateYear(year: number, size: { deliveries: number; news: number; policies: number; requests: number }, seed = 7): GeneratedYear {
  let state = seed
  // The LCG's low bits cycle quickly: take the high ones.
  const random = (n: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), Math.floor(state / 65536) % n)
  const day = (y: number) => `${y}-${String(1 + random(12)).padStart(2, '0')}-${String(1 + random(28)).padStart(2, '0')}`
  // Dates near year boundaries matter most (China time: 12-31 20:00 UTC is already next year in Beijing).
  const instant = (y: number) =>
    random(20) === 0 ? `${y}-12-31T${String(10 + random(14)).padStart(2, '0')}:30:00.000Z` : `${day(y)}T0${random(10)}:00:00.000Z`
  const someYear = () => year - 1 + random(3)

  const policies = Array.from({ length: size.policies }, (_, i) => {
    const writtenAt = instant(year - random(3))
    const repealed = random(4) === 0
    const repealedAt = repealed ? [writtenAt, instant(someYear())].sort()[1] : null
    return {
      _status: 'published',
      kind: ['rule', 'normative', 'other'][random(3)],
      publishedAt: writtenAt,
      repealedAt,
      title: `生成的文件${i}`,
      validity: repealed ? 'repealed' : 'valid',
      writtenAt,
    }
  })
  const news = Array.from({ length: size.news }, (_, i) => ({ _status: 'published', publishedAt: instant(someYear()), title: `生成的动态${i}` }))
  const deliveries = Array.from({ length: size.deliveries }, (_, i) => ({
    action: ['publish', 'publish', 'update', 'withdraw'][random(4)],
    channel: CHANNEL_VALUES[random(3)],
    collection: 'news',
    contentHash: `h${i}`,
    deliveredAt: instant(someYear()),
    document: String(i),
    status: ['delivered', 'delivered', 'delivered', 'failed'][random(4)],
  }))
  const requests = Array.from({ length: size.requests }, (_, i) => {
    const receivedOn = random(10) === 0 ? day(year - 1) : day(year)
    const closed = random(8) !== 0
    const closedOn = closed ? [receivedOn, day(year), day(year + 1)].sort()[1 + random(2)]! : null
    return {
      applicantName: '生成',
      applicantType: APPLICANT_TYPES[random(APPLICANT_TYPES.length)],
      channel: 'online',
      closedOn,
      contact: '13800000000',
      description: '统计测试',
      feeAmount: random(50) === 0 ? 100 * (1 + random(3)) : null,
      feeMethod: null,
      outcome: closed ? OUTCOMES[random(OUTCOMES.length)]!.key : null,
      receivedOn,
      trackingNumber: `GEN-${seed}-${i}`,
    }
  })
  for (const r of requests) if (r.feeAmount) r.feeMethod = 'per-item' as never
  return { deliveries, news, policies, requests }
}

/**
 * Writes the records straight into the database, as history that passed the gate long ago: SQL in bulk
 * inserts, MongoDB through the adapter.
 */
export async function insertYear(payload: Payload, data: GeneratedYear): Promise<void> {
  const sets: Array<[CollectionSlug, Row[]]> = [
    ['policies', data.policies],
    ['news', data.news],
    ['deliveries', data.deliveries],
    ['disclosure-requests', data.requests],
  ]
  const now = new Date().toISOString()
  for (const [collection, rows] of sets) {
    if (payload.db.name === 'mongoose') {
      for (const row of rows) await payload.db.create({ collection, data: row })
      continue
    }
    const drizzle = drizzleOf(payload)
    const table = tableOf(payload, collection)
    // SQLite caps bound parameters per statement; 500 rows of ~15 columns stay under it.
    for (let i = 0; i < rows.length; i += 500) {
      await drizzle.insert(table).values(rows.slice(i, i + 500).map((row) => ({ ...row, createdAt: now, updatedAt: now })))
    }
  }
}
