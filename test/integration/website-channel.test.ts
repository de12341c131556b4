import http from 'node:http'
import { afterAll, expect, it } from 'vitest'

import { verifyWebhook } from '../../src/channels/webhookSignature'
import { actAs } from '../../src/workflow/gate'
import { deliveriesOf as deliveriesOfItem, settled as settledDeliveries } from '../helpers/deliveries'
import { createItem, readyForApproval } from '../helpers/fixtures'
import { withServer } from '../helpers/server'

const SECRET = 'webhook-test-secret'

/** The website's side: records every webhook and answers with the statuses queued in `answers` (then 200). */
type Received = { body: string; signature: string; signed: boolean; timestamp: string }
const site = { answers: [] as number[], received: [] as Received[] }
const receiver = http.createServer((req, res) => {
  let body = ''
  req.on('data', (chunk) => (body += chunk))
  req.on('end', () => {
    const signature = req.headers['x-gov-signature'] as string
    const timestamp = req.headers['x-gov-timestamp'] as string
    site.received.push({ body, signature, signed: verifyWebhook(body, { signature, timestamp }, SECRET), timestamp })
    res.writeHead(site.answers.shift() ?? 200).end()
  })
})

/** The website listens before the server starts, which is told where it is. */
async function website() {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const { port } = receiver.address() as { port: number }
  return { DELIVERY_RETRY_BASE_MS: '20', WEBSITE_WEBHOOK_SECRET: SECRET, WEBSITE_WEBHOOK_URL: `http://127.0.0.1:${port}/refresh` }
}
// After the server's own afterAll: the server has stopped sending.
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())))

withServer(
  'website channel: outbox and signed webhook',
  (s) => {
    const settled = (collection: string, id: number | string, count?: number) => settledDeliveries(s(), collection, id, count)
    const deliveriesOf = (collection: string, id: number | string) => deliveriesOfItem(s(), collection, id)

    it('publishing queues one website delivery that sends a signed webhook', async () => {
      site.received.length = 0
      const item = await createItem(s(), 'news', 'published', '网站渠道测试')
      const [delivery] = await settled('news', item.id)
      expect(delivery).toMatchObject({ action: 'publish', attempts: 1, channel: 'website', status: 'delivered' })
      expect(site.received).toHaveLength(1)
      expect(site.received[0]!.signed).toBe(true)
      // One webhook names the batch: its deliveries, each item, and what the site should revalidate.
      expect(JSON.parse(site.received[0]!.body)).toEqual({
        deliveries: [String(delivery!.id)],
        items: [
          {
            action: 'publish',
            collection: 'news',
            delivery: String(delivery!.id),
            id: String(item.id),
            path: `/news/${item.id}`,
            version: expect.any(String),
          },
        ],
        paths: [`/news/${item.id}`],
        tags: ['news', `news:${item.id}`],
      })
      // A body changed in transit, a replay after the window, or another secret does not verify.
      const { body, signature, timestamp } = site.received[0]!
      expect(verifyWebhook(body.replace('publish', 'withdraw'), { signature, timestamp }, SECRET)).toBe(false)
      expect(verifyWebhook(body, { signature, timestamp }, SECRET, new Date((Number(timestamp) + 301) * 1000))).toBe(false)
      expect(verifyWebhook(body, { signature, timestamp }, 'another-secret')).toBe(false)
    })

    it('a failing website is retried with backoff until it answers; a refusal fails at once', async () => {
      site.received.length = 0
      site.answers.push(503, 502)
      const item = await createItem(s(), 'news', 'published', '重试测试')
      const [delivery] = await settled('news', item.id)
      expect(delivery).toMatchObject({ attempts: 3, status: 'delivered' })
      expect(site.received).toHaveLength(3)

      site.answers.push(410)
      const refused = await createItem(s(), 'news', 'published', '被拒测试')
      const [failed] = await settled('news', refused.id)
      expect(failed).toMatchObject({ attempts: 1, status: 'failed' })
      expect(failed!.lastError).toContain('410')

      // An admin retries it once the site is fixed; others may not.
      const id = (failed as unknown as { id: number }).id
      const { agent: editor } = await s().as('editor')
      expect((await editor.post(`/api/deliveries/${id}/retry`)).status).toBe(403)
      const { agent: admin } = await s().as('admin')
      expect((await admin.post(`/api/deliveries/${id}/retry`)).status).toBe(200)
      const [retried] = await settled('news', refused.id)
      expect(retried).toMatchObject({ attempts: 1, lastError: null, status: 'delivered' })
      expect((await admin.post(`/api/deliveries/${id}/retry`)).status).toBe(409)
    })

    /**
     * A second delivery of a newly published item (an update) in the state `state` gives it, written in one
     * statement: the server's poll never sees it in between.
     */
    async function extraDelivery(title: string, state: Record<string, unknown>) {
      const { payload } = s()
      const item = await createItem(s(), 'news', 'published', title)
      await settled('news', item.id)
      const { contentHash } = await payload.findByID({ id: (await deliveriesOf('news', item.id))[0]!.id, collection: 'deliveries' })
      site.received.length = 0
      const delivery = await payload.create({
        collection: 'deliveries',
        data: { action: 'update', channel: 'website', collection: 'news', contentHash, document: String(item.id), status: 'queued', ...state },
        overrideAccess: true,
      })
      return { delivery, item }
    }
    /** What a run holding a delivery leaves on it: sending, with a lease that ends `leaseMs` from now. */
    const heldBy = (runBy: string, leaseMs = 600_000) => ({ runBy, runUntil: new Date(Date.now() + leaseMs).toISOString(), status: 'sending' })
    /** The webhooks received so far that name this delivery. */
    const webhooksNaming = (id: number | string) =>
      site.received.filter((r) => (JSON.parse(r.body) as { deliveries: string[] }).deliveries.includes(String(id)))
    /** Long enough for the server to poll several times (DELIVERY_POLL_MS is 200 in tests). */
    const severalPolls = () => new Promise((resolve) => setTimeout(resolve, 1_000))

    it('a delivery another run holds under a live lease is sent by no one; once the lease has run out it is claimed and sent once', async () => {
      const { payload } = s()
      const held = await extraDelivery('他人占用测试', { ...heldBy('another-runner'), attempts: 1 })
      // The server claims past it: a publication after it goes out, and several polls find nothing due.
      const later = await createItem(s(), 'news', 'published', '占用期间发布测试')
      const [laterDelivery] = await settled('news', later.id)
      await severalPolls()
      const [, stillHeld] = await deliveriesOf('news', held.item.id)
      expect(stillHeld).toMatchObject({ attempts: 1, runBy: 'another-runner', status: 'sending' })
      expect(webhooksNaming(held.delivery.id)).toHaveLength(0)
      expect(webhooksNaming(laterDelivery!.id)).toHaveLength(1)

      // That run died without letting go: once its lease is over the next poll claims the delivery, counting
      // the attempt, and sends it once.
      await payload.update({
        id: held.delivery.id,
        collection: 'deliveries',
        data: { runUntil: new Date(Date.now() - 1_000).toISOString() },
        overrideAccess: true,
      })
      const [, done] = await settled('news', held.item.id)
      expect(done).toMatchObject({ action: 'update', attempts: 2, runBy: null, runUntil: null, status: 'delivered' })
      await severalPolls()
      const sent = webhooksNaming(held.delivery.id)
      expect(sent).toHaveLength(1)
      expect(JSON.parse(sent[0]!.body).items).toEqual([
        expect.objectContaining({ action: 'update', delivery: String(held.delivery.id), id: String(held.item.id) }),
      ])
    })

    it('a run cut short by a crash gives its attempt back when the server starts again, and the delivery goes out', async () => {
      // What a server killed mid-run leaves behind: the delivery sending with its attempt counted and the
      // claim held under a lease that has not run out, and what the run saved so far.
      const { item } = await extraDelivery('中断恢复测试', {
        ...heldBy('a-runner-that-died'),
        attempts: 3,
        external: { step: 'saved before the crash' },
      })
      await s().restart()
      const [, done] = await settled('news', item.id, 2)
      // The attempt the crash cut short is not counted (2 + this run's), and the next run continued from what
      // the crashed one saved.
      expect(done).toMatchObject({ attempts: 3, external: { step: 'saved before the crash', webhookStatus: 200 }, status: 'delivered' })
      expect(site.received).toHaveLength(1)
    })

    it('deliveries that come due together go out in one webhook naming every item', async () => {
      const { payload } = s()
      const items = await Promise.all(['批量一', '批量二', '批量三'].map((title) => createItem(s(), 'news', 'published', `批量推送测试${title}`)))
      const firsts = await Promise.all(items.map(async (item) => (await settled('news', item.id))[0]!))
      // An update of each, waiting for later; then all made due in one commit (a bulk update is one
      // transaction), so one claim takes them together.
      const later = new Date(Date.now() + 3_600_000).toISOString()
      const updates = await Promise.all(
        items.map(async (item, i) => {
          const { contentHash } = await payload.findByID({ id: firsts[i]!.id, collection: 'deliveries' })
          return payload.create({
            collection: 'deliveries',
            data: {
              action: 'update',
              channel: 'website',
              collection: 'news',
              contentHash,
              document: String(item.id),
              dueAt: later,
              status: 'queued',
            },
            overrideAccess: true,
          })
        }),
      )
      site.received.length = 0
      const ids = updates.map((d) => d.id)
      await payload.update({ collection: 'deliveries', data: { dueAt: new Date().toISOString() }, overrideAccess: true, where: { id: { in: ids } } })
      for (const item of items) await settled('news', item.id, 2)
      expect(site.received).toHaveLength(1)
      const notice = JSON.parse(site.received[0]!.body) as { deliveries: string[]; items: Record<string, unknown>[]; paths: string[]; tags: string[] }
      expect(notice.deliveries.toSorted()).toEqual(ids.map(String).toSorted())
      expect(notice.items).toHaveLength(3)
      expect(notice.items).toEqual(
        expect.arrayContaining(
          items.map((item, i) =>
            expect.objectContaining({
              action: 'update',
              collection: 'news',
              delivery: String(ids[i]),
              id: String(item.id),
              path: `/news/${item.id}`,
            }),
          ),
        ),
      )
      expect(notice.paths.toSorted()).toEqual(items.map((item) => `/news/${item.id}`).toSorted())
      expect(notice.tags.toSorted()).toEqual(['news', ...items.map((item) => `news:${item.id}`)].toSorted())
    })

    it('withdrawal sends a withdraw webhook and marks the earlier delivery withdrawn', async () => {
      const item = await createItem(s(), 'news', 'published', '撤回测试')
      await settled('news', item.id)
      site.received.length = 0
      const { approver } = await s().chain()
      expect((await actAs(s().payload, approver, 'news', item.id, 'withdraw', '信息有误')).status).toBe(200)
      const all = await settled('news', item.id)
      expect(all.map((d) => [d.action, d.status])).toEqual([
        ['publish', 'withdrawn'],
        ['withdraw', 'withdrawn'],
      ])
      expect(site.received).toHaveLength(1)
      const withdrawal = all.find((d) => d.action === 'withdraw')!
      expect(JSON.parse(site.received[0]!.body)).toMatchObject({
        deliveries: [String(withdrawal.id)],
        items: [{ action: 'withdraw', collection: 'news', delivery: String(withdrawal.id), id: String(item.id), path: `/news/${item.id}` }],
      })
    })

    it('a publication that rolls back queues nothing; deliveries are for staff only', async () => {
      const draft = await createItem(s(), 'news', 'draft', '回滚测试')
      await readyForApproval(s(), 'news', draft.id)
      // Without a credit code no 索引号 can be assigned: the publication fails inside its transaction.
      await s().payload.db.updateGlobal({ slug: 'organ', data: { creditCode: '' }, req: {} as never })
      try {
        const { agent } = await s().as('approver')
        expect((await agent.post(`/api/news/${draft.id}/workflow`).send({ action: 'approve' })).status).toBe(400)
      } finally {
        await s().payload.db.updateGlobal({ slug: 'organ', data: { creditCode: '11339901MB1234567M' }, req: {} as never })
      }
      expect(await deliveriesOf('news', draft.id)).toEqual([])
      expect((await s().request.get('/api/deliveries')).status).toBe(403)
      const { agent: editor } = await s().as('editor')
      expect((await editor.get('/api/deliveries')).status).toBe(200)
    })

    it('public reads carry ETag and Last-Modified and answer 304 while unchanged', async () => {
      const item = await createItem(s(), 'news', 'published', '缓存测试')
      const first = await s().request.get(`/api/news/${item.id}`)
      expect(first.status).toBe(200)
      expect(first.headers['cache-control']).toBe('public, no-cache')
      const etag = first.headers.etag as string
      expect(etag).toMatch(/^"[\w-]{32}"$/)
      expect(new Date(first.headers['last-modified'] as string).getTime()).toBeGreaterThan(0)

      const again = await s().request.get(`/api/news/${item.id}`).set('If-None-Match', etag)
      expect(again.status).toBe(304)
      expect(again.text ?? '').toBe('')
      expect(
        (
          await s()
            .request.get(`/api/news/${item.id}`)
            .set('If-Modified-Since', first.headers['last-modified'] as string)
        ).status,
      ).toBe(304)
      expect((await s().request.get(`/api/news?limit=5`).set('If-None-Match', etag)).status).toBe(200)

      // Withdrawn: gone, whatever the site's cached copy says.
      const { approver } = await s().chain()
      await actAs(s().payload, approver, 'news', item.id, 'withdraw', '过期')
      expect((await s().request.get(`/api/news/${item.id}`).set('If-None-Match', etag)).status).toBe(404)

      const { agent: editor } = await s().as('editor')
      const staff = await editor.get(`/api/news/${item.id}?draft=true`)
      expect(staff.headers['cache-control']).toBe('private, no-store')
      expect(staff.headers.etag).toBeUndefined()
    })
  },
  { env: website },
)
