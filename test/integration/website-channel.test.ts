import http from 'node:http'
import { afterAll, expect, it } from 'vitest'

import { queueDeliveryJob } from '../../src/channels/outbox'
import { verifyWebhook } from '../../src/channels/webhookSignature'
import { actAs } from '../../src/workflow/gate'
import { deliveriesOf as deliveriesOfItem, settled as settledDeliveries, until } from '../helpers/deliveries'
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
      expect(JSON.parse(site.received[0]!.body)).toMatchObject({
        action: 'publish',
        collection: 'news',
        id: String(item.id),
        path: `/news/${item.id}`,
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
     * A second delivery of a newly published item (an update), with its job, held as `hold(job id)` says before
     * the job may run: the job is queued for later, held, then made due for the server's next poll.
     */
    async function heldDelivery(title: string, hold: (job: string) => Record<string, unknown>) {
      const { payload } = s()
      const item = await createItem(s(), 'news', 'published', title)
      await settled('news', item.id)
      const { contentHash } = await payload.findByID({ id: (await deliveriesOf('news', item.id))[0]!.id, collection: 'deliveries' })
      const delivery = await payload.create({
        collection: 'deliveries',
        data: { action: 'update', channel: 'website', collection: 'news', contentHash, document: String(item.id), status: 'queued' },
      })
      const job = await queueDeliveryJob(payload, { channel: 'website', id: delivery.id }, { waitUntil: new Date(Date.now() + 3_600_000) })
      await payload.update({ id: delivery.id, collection: 'deliveries', data: hold(String(job.id)) as never, overrideAccess: true })
      site.received.length = 0
      return { delivery, item, job }
    }
    const due = (job: { id: number | string }, data: Record<string, unknown> = {}) =>
      s().payload.update({ id: job.id, collection: 'payload-jobs', data: { ...data, waitUntil: new Date().toISOString() } })
    const heldBy = (runBy: string) => ({ runBy, runUntil: new Date(Date.now() + 600_000).toISOString(), status: 'sending' })

    it("a job's retry takes back the delivery its failed attempt still held; another job's hold is left alone", async () => {
      const { payload } = s()
      // The job's own earlier attempt threw before it could let go (e.g. a database error while recording it).
      const own = await heldDelivery('自身重试测试', heldBy)
      await due(own.job)
      const [, done] = await settled('news', own.item.id)
      expect(done).toMatchObject({ action: 'update', status: 'delivered' })
      expect(site.received.map((r) => JSON.parse(r.body).action)).toEqual(['update'])

      // Another job is running it: this one sends nothing and leaves it to that job.
      const other = await heldDelivery('他人占用测试', () => heldBy('another-job'))
      await due(other.job)
      // A job that ran is marked completed, then deleted.
      await until('the job to run', async () => {
        const job = await payload.findByID({ id: other.job.id, collection: 'payload-jobs', disableErrors: true })
        return !job || Boolean(job.completedAt)
      })
      const [, held] = await deliveriesOf('news', other.item.id)
      expect(held).toMatchObject({ status: 'sending' })
      expect(site.received).toHaveLength(0)
      await payload.update({ id: other.delivery.id, collection: 'deliveries', data: { runUntil: null, status: 'delivered' }, overrideAccess: true })
    })

    it('a run cut short by a crash gives its attempt back when the server starts again, and the delivery goes out', async () => {
      // What a server killed mid-run leaves behind: the job processing, the delivery sending with its attempt
      // counted and the claim held, and what the run saved so far.
      const { item, job } = await heldDelivery('中断恢复测试', (runBy) => ({
        ...heldBy(runBy),
        attempts: 3,
        external: { step: 'saved before the crash' },
      }))
      await due(job, { processing: true })
      await s().restart()
      const [, done] = await settled('news', item.id, 2)
      // The attempt the crash cut short is not counted (2 + this run's), and the next run continued from what
      // the crashed one saved.
      expect(done).toMatchObject({ attempts: 3, external: { step: 'saved before the crash', webhookStatus: 200 }, status: 'delivered' })
      expect(site.received).toHaveLength(1)
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
      expect(JSON.parse(site.received[0]!.body)).toMatchObject({ action: 'withdraw', id: String(item.id) })
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
