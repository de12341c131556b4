import { describe, expect, it } from 'vitest'

import type { DeliveryInput } from '../../src/channels/types'

import { afterRun, MAX_ATTEMPTS } from '../../src/channels/afterRun'
import { DeliveryError } from '../../src/channels/types'
import { websiteNotice } from '../../src/channels/website'

const now = new Date('2026-12-02T08:00:00.000Z')
const BASE = 5000
const run = (attempts: number, action: 'publish' | 'withdraw' = 'publish') => ({ action, attempts, external: { mediaId: 'm1' } })

describe('afterRun: how a delivery stands after a run', () => {
  it('done: delivered (withdrawn for a take-down), with what the channel answered beside what was known', () => {
    expect(afterRun(run(1), { external: { publishId: 'p1' }, ok: true }, now, BASE)).toEqual({
      attempts: 1,
      deliveredAt: now.toISOString(),
      dueAt: null,
      external: { mediaId: 'm1', publishId: 'p1' },
      lastError: null,
      status: 'delivered',
    })
    expect(afterRun(run(2, 'withdraw'), { external: {}, ok: true }, now, BASE).status).toBe('withdrawn')
  })

  it('a transient failure waits base × 2^(n−1) and keeps the ids learnt', () => {
    const error = new DeliveryError('网站返回 503 / website answered 503', false)
    expect(afterRun(run(1), { error, ok: false }, now, BASE)).toMatchObject({
      attempts: 1,
      dueAt: '2026-12-02T08:00:05.000Z',
      external: { mediaId: 'm1' },
      lastError: error.message,
      status: 'queued',
    })
    expect(afterRun(run(3), { error, ok: false }, now, BASE).dueAt).toBe('2026-12-02T08:00:20.000Z')
    // Anything else thrown (a bug, the database away) counts as transient too.
    expect(afterRun(run(1), { error: new TypeError('x is undefined'), ok: false }, now, BASE)).toMatchObject({
      lastError: 'x is undefined',
      status: 'queued',
    })
  })

  it('a wait for a given time (quota day, channel still reviewing) does not use up an attempt', () => {
    const retryAt = new Date('2026-12-02T16:01:00.000Z')
    const error = new DeliveryError('45009 今日接口调用次数已用完', false, retryAt)
    expect(afterRun(run(3), { error, ok: false }, now, BASE)).toMatchObject({ attempts: 2, dueAt: retryAt.toISOString(), status: 'queued' })
  })

  it('a permanent failure, or the last attempt, is failed and waits for nobody', () => {
    const permanent = new DeliveryError('微信平台审核不通过', true)
    expect(afterRun(run(1), { error: permanent, ok: false }, now, BASE)).toMatchObject({ attempts: 1, dueAt: null, status: 'failed' })
    const transient = new DeliveryError('网站无法连接', false)
    expect(afterRun(run(MAX_ATTEMPTS), { error: transient, ok: false }, now, BASE)).toMatchObject({ dueAt: null, status: 'failed' })
    expect(afterRun(run(MAX_ATTEMPTS - 1), { error: transient, ok: false }, now, BASE).status).toBe('queued')
  })
})

describe('websiteNotice: one webhook for a batch', () => {
  const delivery = (id: number, document: string, action: DeliveryInput['action'], collection = 'news'): DeliveryInput => ({
    action,
    channel: 'website',
    collection,
    contentHash: `hash-${id}`,
    document,
    external: {},
    id,
  })

  it('names every item with its action and version, and what to revalidate once each', () => {
    const notice = websiteNotice([
      delivery(7, '3', 'publish'),
      delivery(8, '4', 'withdraw'),
      delivery(9, '3', 'update'),
      delivery(10, '3', 'publish', 'policies'),
    ])
    expect(notice.deliveries).toEqual(['7', '8', '9', '10'])
    expect(notice.items[1]).toEqual({ action: 'withdraw', collection: 'news', delivery: '8', id: '4', path: '/news/4', version: 'hash-8' })
    expect(notice.paths).toEqual(['/news/3', '/news/4', '/policies/3'])
    expect(notice.tags).toEqual(['news', 'news:3', 'news:4', 'policies', 'policies:3'])
  })
})
