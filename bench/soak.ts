/**
 * The soak, on the shipped server (test/helpers/startServer): 200 anonymous readers on the public read path
 * (the cache front, as `npm start` serves it) while 10 editor → reviewer → approver loops publish items to all
 * three channels (fake WeChat, a webhook receiver for the website, two simulated printers working the print
 * queue), for a while; deliveries run in a worker process (`npm run worker`, the server started with
 * DELIVERY_WORKER=separate). Then: zero 5xx, zero lost deliveries, zero duplicate WeChat publishes or print
 * jobs, and the read latencies.
 *
 * `npm run soak` runs 60 s on SQLite and on PostgreSQL; the CI test (test/integration/soak.test.ts) 15 s.
 */
import { fork } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import type { TestServer } from '../test/helpers/startServer'
import type { ReaderMessage, ReaderResults } from './soakReaders'

import { ROOT } from '../src/env'
import { TEST_DB } from '../test/helpers/database'
import { richText } from '../src/richText'
import { type FakeWechat, startFakeWechat } from '../test/helpers/fakeWechat'
import { spawnWorker } from '../test/helpers/worker'
import { percentile } from './stats'

export const SOAK_WECHAT = { appid: 'wxsoak00000000001', secret: 'soak-wechat-secret' }

export type SoakReport = {
  deliveries: { channel: string; delivered: number; other: number }[]
  duplicatePrintJobs: number
  duplicateWechatPublishes: number
  lostDeliveries: number
  printed: number
  published: number
  /** reads answered from the cache, and their p99 (the rest waited for the application server) */
  readHits: number
  readHitP99: number
  readP50: number
  readP99: number
  reads: number
  serverErrors: string[]
  undelivered: string[]
  /** website deliveries named in the webhooks the site received (one webhook names a batch) */
  webhookItems: number
  workerExit: { code: null | number; ms: number }
}

/**
 * The local fakes, and the settings the server must start with (`env`): deliveries left to the soak's worker,
 * WeChat and the website webhook pointing at the fakes.
 */
export async function soakFakes(): Promise<{
  close: () => Promise<void>
  env: Record<string, string>
  wechat: FakeWechat
  webhookItems: () => number
}> {
  const wechat = await startFakeWechat(SOAK_WECHAT)
  const told = new Set<string>()
  const site = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk))
    req.on('end', () => {
      for (const { delivery } of (JSON.parse(body) as { items: { delivery: string }[] }).items) told.add(delivery)
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  const env = {
    DELIVERY_RETRY_BASE_MS: '50',
    DELIVERY_WORKER: 'separate',
    WECHAT_API_BASE: wechat.url,
    WECHAT_APPID: SOAK_WECHAT.appid,
    WECHAT_SECRET: SOAK_WECHAT.secret,
    WEBSITE_WEBHOOK_SECRET: 'soak-webhook-secret',
    WEBSITE_WEBHOOK_URL: `http://127.0.0.1:${(site.address() as { port: number }).port}/refresh`,
  }
  return {
    close: async () => (await wechat.close(), await new Promise<void>((r) => site.close(() => r()))),
    env,
    wechat,
    webhookItems: () => told.size,
  }
}

/** Deliveries run in a separate worker process (`npm run worker`); its output goes to a file per database. */
function startWorker() {
  mkdirSync(path.join(ROOT, 'test/artifacts'), { recursive: true })
  const log = path.join(ROOT, `test/artifacts/soak-worker-${TEST_DB}.log`)
  writeFileSync(log, '')
  return spawnWorker(log)
}

/** The readers' own process (see soakReaders.ts). */
function startReaders(frontUrl: string, count: number) {
  const child = fork(path.join(ROOT, 'bench/soakReaders.ts'), [frontUrl, String(count)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const send = (message: ReaderMessage) => child.send(message)
  return {
    published: (id: number | string) => send({ published: id }),
    stop: () =>
      new Promise<ReaderResults>((resolve, reject) => {
        child.once('message', (results) => resolve(results as ReaderResults))
        child.once('exit', (code) => reject(new Error(`readers exited with ${code}`)))
        send({ stop: true })
      }),
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function runSoak(
  server: TestServer,
  fakes: Awaited<ReturnType<typeof soakFakes>>,
  options: { editors?: number; readers?: number; seconds: number },
): Promise<SoakReport> {
  const { payload } = server
  const worker = startWorker()
  const serverErrors: string[] = []
  const call = async (what: string, url: string, init: RequestInit = {}) => {
    try {
      const res = await fetch(server.url + url, init)
      if (res.status >= 500) serverErrors.push(`${what} ${url} → ${res.status} ${await res.clone().text()}`)
      return res
    } catch (error) {
      // A dropped connection is a failure too: reported with the 5xx.
      serverErrors.push(`${what} ${url} → ${(error as Error).message} ${String((error as { cause?: unknown }).cause ?? '')}`)
      return new Response(null, { status: 599 })
    }
  }
  const json = (token: string, body: unknown): RequestInit => ({
    body: JSON.stringify(body),
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    method: 'POST',
  })

  // People: each loop has its own editor, reviewer and approver; two printers with API keys. All are created
  // (in this process, on the database) before any signs in on the server: on SQLite the two processes share one
  // write lock, and a stream of creations here would keep the server's logins waiting for it.
  const editors = options.editors ?? 10
  const person = (role: string, n: number) => {
    const email = `soak-${role}-${n}@soak.example`
    return payload
      .create({ collection: 'users', data: { email, name: `${role}${n}`, password: 'soak-password-1', roles: [role as 'editor'] } })
      .then(() => email)
  }
  const people = []
  for (let n = 0; n < editors; n++)
    people.push({ approver: await person('approver', n), editor: await person('editor', n), reviewer: await person('reviewer', n) })
  const printers: string[] = []
  for (const n of [1, 2]) {
    const apiKey = `soak-printer-key-${n}-${Date.now()}`
    await payload.create({
      collection: 'users',
      data: { apiKey, email: `printer${n}@soak.example`, enableAPIKey: true, name: `打印机${n}`, password: 'soak-password-1', roles: ['printer'] },
    })
    printers.push(`users API-Key ${apiKey}`)
  }
  const login = async (email: string) => {
    const res = await call('login', '/api/users/login', {
      body: JSON.stringify({ email, password: 'soak-password-1' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    return ((await res.json()) as { token: string }).token
  }
  const loops = await Promise.all(
    people.map(async (p) => ({ approver: await login(p.approver), editor: await login(p.editor), reviewer: await login(p.reviewer) })),
  )

  let running = true
  // Printers keep working until every delivery has settled and the queue is empty.
  let printing = true
  const published: Array<number | string> = []
  const editorLoop = async (people: (typeof loops)[number], n: number) => {
    for (let i = 0; running; i++) {
      const created = await call(
        'create',
        '/api/news',
        json(people.editor, {
          body: richText(`第${n}组第${i}条：青石乡组织开展秋季森林防火巡查。`),
          channels: ['website', 'wechat', 'noticeboard'],
          title: `浸泡测试${n}-${i}`,
        }),
      )
      if (created.status !== 201) continue
      const id = ((await created.json()) as { doc: { id: number } }).doc.id
      const steps: Array<[string, string]> = [
        [people.editor, 'submit'],
        [people.reviewer, 'pass-review'],
        [people.approver, 'approve'],
      ]
      let ok = true
      for (const [token, action] of steps) ok &&= (await call(action, `/api/news/${id}/workflow`, json(token, { action }))).status === 200
      if (!ok) continue
      published.push(id)
      readers.published(id)
    }
  }
  const printedJobs: string[] = []
  const printerLoop = async (auth: string) => {
    while (printing || (await pendingPrintJobs()) > 0) {
      const claim = await call('claim', '/api/print-jobs/claim', { headers: { authorization: auth }, method: 'POST' })
      if (claim.status !== 200) {
        await sleep(200)
        continue
      }
      const job = (await claim.json()) as { id: string; sheetUrl: string }
      await (await call('sheet', `/api/print-jobs/${job.id}/sheet.pdf`, { headers: { authorization: auth } })).arrayBuffer()
      const done = await call('done', `/api/print-jobs/${job.id}/done`, {
        body: JSON.stringify({ result: 'printed' }),
        headers: { authorization: auth, 'content-type': 'application/json' },
        method: 'POST',
      })
      if (done.status === 200) printedJobs.push(String(job.id))
    }
  }
  const pendingPrintJobs = async () => (await payload.count({ collection: 'print-jobs', where: { status: { in: ['queued', 'claimed'] } } })).totalDocs

  const readers = startReaders(server.url, options.readers ?? 200)
  const printerLoops = printers.map(printerLoop)
  const work = loops.map(editorLoop)
  await sleep(options.seconds * 1000)
  running = false
  await Promise.all(work)
  const reads = await readers.stop()
  serverErrors.push(...reads.errors)

  // Every delivery reaches a final state (printers keep working the queue meanwhile).
  for (let i = 0; i < 600; i++) {
    const open = await payload.count({ collection: 'deliveries', where: { status: { in: ['queued', 'sending'] } } })
    if (open.totalDocs === 0) break
    await sleep(250)
  }
  printing = false
  await Promise.all(printerLoops)
  // The worker stops cleanly (exit 0) after its run in progress; 1 means it had to be cut off.
  const stopped = new Promise<null | number>((resolve) => worker.once('exit', resolve))
  const stopStart = performance.now()
  worker.kill('SIGTERM')
  const workerExit = { code: await stopped, ms: performance.now() - stopStart }

  const { docs: deliveries } = await payload.find({ collection: 'deliveries', depth: 0, pagination: false })
  const channels = ['website', 'wechat', 'noticeboard'].map((channel) => {
    const of = deliveries.filter((d) => d.channel === channel)
    return { channel, delivered: of.filter((d) => d.status === 'delivered').length, other: of.filter((d) => d.status !== 'delivered').length }
  })
  // Lost: a published item without exactly one delivered publish per channel.
  const undelivered = deliveries
    .filter((d) => d.status !== 'delivered')
    .map((d) => `${d.channel} ${d.action} ${d.document}: ${d.status} ${d.lastError ?? ''}`)
  let lost = 0
  for (const id of published) {
    for (const channel of ['website', 'wechat', 'noticeboard']) {
      const mine = deliveries.filter((d) => d.document === String(id) && d.channel === channel && d.action === 'publish')
      if (mine.length !== 1 || mine[0]!.status !== 'delivered') lost++
    }
  }
  // WeChat: publications per item (the draft's 阅读原文 link names the item); one each is right.
  const perItem = new Map<string, number>()
  for (const job of fakes.wechat.publishes.values()) {
    const item = /\/news\/(\w+)\?/.exec(String(fakes.wechat.drafts.get(job.mediaId)?.articles[0]?.content_source_url ?? ''))?.[1]
    if (item) perItem.set(item, (perItem.get(item) ?? 0) + 1)
  }
  const duplicateWechatPublishes = [...perItem.values()].filter((n) => n > 1).length
  const { docs: jobs } = await payload.find({ collection: 'print-jobs', depth: 0, pagination: false })
  const keys = jobs.map((j) => String((j as { key?: string }).key))
  const duplicatePrintJobs = keys.length - new Set(keys).size + (printedJobs.length - new Set(printedJobs).size)
  const latencies = reads.latencies.sort((a, b) => a - b)
  const hitLatencies = reads.hits.sort((a, b) => a - b)
  return {
    deliveries: channels,
    duplicatePrintJobs,
    duplicateWechatPublishes,
    lostDeliveries: lost,
    printed: printedJobs.length,
    published: published.length,
    readHitP99: percentile(hitLatencies, 99),
    readHits: hitLatencies.length,
    readP50: percentile(latencies, 50),
    readP99: percentile(latencies, 99),
    reads: latencies.length,
    serverErrors,
    undelivered,
    webhookItems: fakes.webhookItems(),
    workerExit,
  }
}

export const describeSoak = (r: SoakReport, seconds: number) =>
  `soak ${seconds} s: ${r.reads} anonymous reads (p50 ${r.readP50.toFixed(1)} ms, p99 ${r.readP99.toFixed(1)} ms; ${((100 * r.readHits) / r.reads).toFixed(0)}% from the cache, their p99 ${r.readHitP99.toFixed(1)} ms), ${r.published} items published by 10 editor loops, ` +
  `deliveries ${r.deliveries.map((d) => `${d.channel} ${d.delivered} delivered${d.other ? ` / ${d.other} not` : ''}`).join(', ')}, ${r.printed} sheets printed by 2 printers; ` +
  `${r.serverErrors.length} 5xx, ${r.lostDeliveries} lost deliveries, ${r.duplicateWechatPublishes} duplicate WeChat publishes, ${r.duplicatePrintJobs} duplicate print jobs; ` +
  `worker stopped on SIGTERM in ${(r.workerExit.ms / 1000).toFixed(1)} s (exit ${r.workerExit.code})`
