/**
 * 100 items (BENCH_ITEMS) approved at once, each for the website, the notice board and WeChat → time from the approvals
 * until each delivery is done: the site's webhook answered, the sheet rendered and in the print queue, the
 * article published on the fake WeChat server (one freepublish/get poll, as a quick review). On the database
 * kind given as argument (`sqlite` or `postgres`; `npm run bench` runs both). Deliveries run as in the server:
 * each channel's queue is run again as soon as its previous run ends. Targets (issue #18, from each item's own
 * approval): website p99 ≤ 1 s, notice board ≤ 2 s, WeChat ≤ 5 s. Each channel's line breaks the time down
 * into the wait to be claimed and the channel's own work, and the approvals' own times are given too.
 */
import http from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'

import { scratchDatabase, type TestDb } from '../test/helpers/database'
import { startFakeWechat } from '../test/helpers/fakeWechat'
import { percentile } from './stats'
import { summary } from './summary'
import { outboxEvents, runDeliveries } from '../src/channels/runner'
import { closeDatabase } from '../src/infra/db'
import { richText } from '../src/richText'
import { DEMO_ORGAN } from '../src/seed/demo'
import { reviewAndPublish, submitAndReview } from '../src/seed/reviewAndPublish'
import { actAs } from '../src/workflow/gate'

/** `BENCH_ITEMS=1000` is the county's January: every organ's annual report and more at once. */
const ITEMS = Number(process.env.BENCH_ITEMS ?? 100)
/** `BENCH_CHANNELS=website,noticeboard` measures some channels alone. */
const CHANNELS = process.env.BENCH_CHANNELS?.split(',') ?? ['website', 'noticeboard', 'wechat']

async function people(payload: Payload) {
  const person = (role: string) =>
    payload.create({
      collection: 'users',
      data: { email: `${role}@bench.example`, name: role, password: 'bench-password-1', roles: [role as 'editor'] },
    })
  const [submitter, reviewer, approver] = await Promise.all([person('editor'), person('reviewer'), person('approver')])
  return { approver, reviewers: [reviewer], submitter }
}

async function benchOne(kind: TestDb) {
  const site = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => res.writeHead(200).end())
  })
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  const wechat = await startFakeWechat({ appid: 'wxbench', secret: 'bench-secret' })
  const db = await scratchDatabase(kind)
  const media = mkdtempSync(path.join(tmpdir(), 'gov-bench-media-'))
  Object.assign(process.env, {
    DATABASE_URL: db.url,
    MEDIA_DIR: media,
    PAYLOAD_DB_PUSH: 'true',
    PAYLOAD_SECRET: 'bench-secret',
    WECHAT_API_BASE: wechat.url,
    WECHAT_APPID: 'wxbench',
    WECHAT_SECRET: 'bench-secret',
    WEBSITE_WEBHOOK_SECRET: 'bench-webhook-secret',
    WEBSITE_WEBHOOK_URL: `http://127.0.0.1:${(site.address() as { port: number }).port}/refresh`,
  })
  // The config picks its database from DATABASE_URL when imported: one database kind per process.
  const { default: config } = await import('../src/payload.config')
  const payload = await getPayload({ config })
  const chain = await people(payload)
  // The organ's details (its credit code makes the 索引号) count once reviewed, as in an office.
  await payload.updateGlobal({ slug: 'organ', data: DEMO_ORGAN })
  await reviewAndPublish(payload, 'organ', 'organ', chain)
  const ids: (number | string)[] = []
  for (let i = 0; i < ITEMS; i++) {
    const doc = await payload.create({
      collection: 'news',
      data: {
        body: richText(`第${i}条工作动态：各村护林员已完成秋季防火巡查，共排查隐患${i}处。`),
        channels: CHANNELS as never,
        title: `基准测试${i}`,
      },
      draft: true,
      user: chain.submitter,
    })
    await submitAndReview(payload, 'news', doc.id, chain)
    ids.push(doc.id)
  }

  // When each delivery was claimed, sent (its channel answered) and recorded, from the runner of this process:
  // waiting in the queue, the channel's own work, and the record of it.
  const at = { claimed: new Map<string, number>(), recorded: new Map<string, number>(), sent: new Map<string, number>() }
  for (const event of ['claimed', 'sent', 'recorded'] as const) {
    outboxEvents.on(event, (ids, when) => ids.forEach((id) => at[event].has(id) || at[event].set(id, when)))
  }

  let running = true
  const runner = (async () => {
    // As the server: a new run as soon as one ends (kicks), never a busy loop on an empty queue.
    while (running) {
      await runDeliveries(payload)
      await new Promise((r) => setTimeout(r, 25))
    }
  })()
  const start = Date.now()
  // Each item's own approval time too: the outbox's latency, apart from the queue of approvals ahead of it.
  const approvedAtOf = new Map<string, number>()
  const approvalMs: number[] = []
  const approved = await Promise.all(
    ids.map((id) =>
      actAs(payload, chain.approver, 'news', id, 'approve').then((r) => {
        // The server kicks its runner when a publication commits; here the bench does.
        void runDeliveries(payload)
        approvedAtOf.set(String(id), Date.now())
        approvalMs.push(Date.now() - start)
        return r
      }),
    ),
  )
  const approvedAt = Date.now()
  if (approved.some((r) => r.status !== 200)) throw new Error('an approval failed')
  const done = () => payload.count({ collection: 'deliveries', where: { status: { in: ['delivered', 'failed'] } } })
  while ((await done()).totalDocs < ITEMS * CHANNELS.length && Date.now() - start < 900_000) await new Promise((r) => setTimeout(r, 50))
  running = false
  await runner

  const { docs } = await payload.find({ collection: 'deliveries', depth: 0, pagination: false })
  const line = (channel: string, target: number) => {
    const of = docs.filter((d) => d.channel === channel)
    if (!of.length) return ''
    const after = (from: (d: (typeof of)[number]) => number) =>
      of.map((d) => (d.status === 'delivered' ? new Date(d.deliveredAt!).getTime() - from(d) : Infinity)).sort((a, b) => a - b)
    const fromStart = after(() => start)
    const fromOwn = after((d) => approvedAtOf.get(d.document)!)
    const sorted = (values: number[]) => values.sort((a, b) => a - b)
    // Queued at its approval → claimed by a run → sent (the channel's work) → recorded.
    const between = (from: (d: (typeof of)[number]) => number | undefined, to: Map<string, number>) =>
      sorted(of.map((d) => (to.get(String(d.id)) ?? Infinity) - (from(d) ?? -Infinity)))
    const waited = between((d) => approvedAtOf.get(d.document), at.claimed)
    const worked = between((d) => at.claimed.get(String(d.id)), at.sent)
    const recorded = between((d) => at.sent.get(String(d.id)), at.recorded)
    const p = (values: number[]) => `p50 ${percentile(values, 50).toFixed(0)} ms, p99 ${percentile(values, 99).toFixed(0)} ms`
    const delivered = of.filter((d) => d.status === 'delivered').length
    // Throughput: deliveries done per second from the first approval to the channel's last delivery.
    const last = Math.max(...of.map((d) => (d.deliveredAt ? new Date(d.deliveredAt).getTime() : 0)))
    const perSecond = (delivered / ((last - start) / 1000)).toFixed(1)
    summary({
      benchmark: `deliveries (${kind})`,
      measure: `${channel}: ${ITEMS} approvals at once, p99 from its own approval`,
      target: `≤ ${target} ms`,
      value: `${percentile(fromOwn, 99).toFixed(0)} ms`,
    })
    return (
      `\n    ${channel.padEnd(11)} ${delivered}/${ITEMS}: from the first approval p50 ${percentile(fromStart, 50).toFixed(0)} ms, p99 ${percentile(fromStart, 99).toFixed(0)} ms (target ≤ ${target}); ` +
      `from its own approval p50 ${percentile(fromOwn, 50).toFixed(0)} ms, p99 ${percentile(fromOwn, 99).toFixed(0)} ms` +
      `; ${perSecond} deliveries/s` +
      `\n      approval → claimed ${p(waited)}; claimed → sent ${p(worked)}; sent → recorded ${p(recorded)}`
    )
  }
  const approvals = approvalMs.sort((a, b) => a - b)
  const approvalLine = `approvals p50 ${percentile(approvals, 50).toFixed(0)} ms, p99 ${percentile(approvals, 99).toFixed(0)} ms`
  console.log(
    `  ${kind}: ${ITEMS} approvals took ${approvedAt - start} ms (${approvalLine})${line('website', 1000)}${line('noticeboard', 2000)}${line('wechat', 5000)}`,
  )
  await closeDatabase(payload)
  await db.drop()
  rmSync(media, { force: true, recursive: true })
  await new Promise<void>((resolve) => site.close(() => resolve()))
  await wechat.close()
}

await benchOne((process.argv[2] ?? 'sqlite') as TestDb)
process.exit(0)
