/**
 * 100 items approved at once → time until every website delivery has reached the site (a local webhook
 * receiver), on the database kind given as argument (`sqlite` or `postgres`; `npm run bench` runs both). Deliveries run as in the server: the queue is run again as soon as the
 * previous run ends. Target (issue #5): website p99 ≤ 2 s. WeChat and the notice board are not built yet.
 */
import http from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'

import { scratchDatabase, type TestDb } from '../test/helpers/database'
import { runDeliveries } from '../src/channels/runner'
import { closeDatabase } from '../src/db'
import { richText } from '../src/richText'
import { DEMO_ORGAN } from '../src/seed/demo'
import { submitAndReview } from '../src/seed/reviewAndPublish'
import { actAs } from '../src/workflow/gate'

const ITEMS = 100

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

async function people(payload: Payload) {
  const person = (role: string) =>
    payload.create({ collection: 'users', data: { email: `${role}@bench.example`, name: role, password: 'bench-password-1', roles: [role as 'editor'] } })
  const [submitter, reviewer, approver] = await Promise.all([person('editor'), person('reviewer'), person('approver')])
  return { approver, reviewers: [reviewer], submitter }
}

async function benchOne(kind: TestDb) {
  const arrivals = new Map<string, number>()
  const site = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      arrivals.set(JSON.parse(body).id, performance.now())
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  const db = await scratchDatabase(kind)
  const media = mkdtempSync(path.join(tmpdir(), 'gov-bench-media-'))
  Object.assign(process.env, {
    DATABASE_URL: db.url,
    MEDIA_DIR: media,
    PAYLOAD_DB_PUSH: 'true',
    PAYLOAD_SECRET: 'bench-secret',
    WEBSITE_WEBHOOK_SECRET: 'bench-webhook-secret',
    WEBSITE_WEBHOOK_URL: `http://127.0.0.1:${(site.address() as { port: number }).port}/refresh`,
  })
  // The config picks its database from DATABASE_URL when imported: one database kind per process.
  const { default: config } = await import('../src/payload.config')
  const payload = await getPayload({ config })
  await payload.updateGlobal({ slug: 'organ', data: DEMO_ORGAN })
  const chain = await people(payload)
  const ids: (number | string)[] = []
  for (let i = 0; i < ITEMS; i++) {
    const doc = await payload.create({ collection: 'news', data: { body: richText(`第${i}条工作动态。`), title: `基准测试${i}` }, draft: true, user: chain.submitter })
    await submitAndReview(payload, 'news', doc.id, chain)
    ids.push(doc.id)
  }

  let running = true
  const runner = (async () => {
    while (running) await runDeliveries(payload)
  })()
  const start = performance.now()
  const approved = await Promise.all(ids.map((id) => actAs(payload, chain.approver, 'news', id, 'approve')))
  const approvedAt = performance.now()
  if (approved.some((r) => r.status !== 200)) throw new Error('an approval failed')
  while (arrivals.size < ITEMS && performance.now() - start < 60_000) await new Promise((r) => setTimeout(r, 5))
  running = false
  await runner

  const latencies = ids.map((id) => (arrivals.get(String(id)) ?? Infinity) - start).sort((a, b) => a - b)
  console.log(
    `  ${kind.padEnd(9)} approvals ${(approvedAt - start).toFixed(0)} ms; website delivered ${arrivals.size}/${ITEMS}: ` +
      `p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms (target ≤ 2000)`,
  )
  await closeDatabase(payload)
  await db.drop()
  rmSync(media, { force: true, recursive: true })
  await new Promise<void>((resolve) => site.close(() => resolve()))
}

await benchOne((process.argv[2] ?? 'sqlite') as TestDb)
process.exit(0)
