/**
 * The public read path, measured side by side in one run on one database kind (`tsx bench/read/run.ts
 * sqlite|postgres`): this system as `npm start` serves it (src/cli/start.ts: the production build of Next behind
 * the read cache), plain Payload 3 with an equivalent collection, and a bare Node server sending the same bytes —
 * 10,000 published news items, 50 connections. Then a freshness probe (publish and withdraw under load, the
 * gate run by a second node on the database, as the tests' Payload does) and the memory of the system's processes.
 */
import autocannon from 'autocannon'
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { getPayload, type Payload } from 'payload'

import { closeDatabase } from '../../src/infra/db'
import { richText } from '../../src/richText'
import { freePort } from '../../src/freePort'
import { DEMO_ORGAN } from '../../src/seed/demo'
import { submitAndReview } from '../../src/seed/reviewAndPublish'
import { actAs } from '../../src/workflow/gate'
import { scratchDatabase, type TestDb } from '../../test/helpers/database'
import { summary } from '../summary'
import { seedNews } from './seed'

const kind = (process.argv[2] ?? 'sqlite') as TestDb
const SECONDS = Number(process.env.BENCH_SECONDS || 8)
const ITEMS = Number(process.env.BENCH_ITEMS || 10_000)
const PROBES = 10
const here = path.dirname(new URL(import.meta.url).pathname)
const children: ChildProcess[] = []

/** Starts a server script and resolves with the port it prints (`ready <port>`); its logs are dropped. */
function launch(script: string, args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [...process.execArgv, script, ...args], {
    env: { ...process.env, BENCH_ITEMS: String(ITEMS), ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  children.push(child)
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.on('line', (line) => {
      const ready = /^ready (\d+)$/.exec(line)
      if (ready) resolve({ child, port: Number(ready[1]) })
    })
    child.once('exit', (code) => reject(new Error(`${script} ${args[0] ?? ''} exited with ${code}`)))
  })
}

const start = (...args: string[]) => launch(path.join(here, 'server.ts'), args)

/**
 * This system as `npm start` runs it on the database (migrated there, no demo data), resolved once it answers
 * through the front: the front's and Next's processes (the start script's two children) for their memory.
 */
async function startSystem(databaseUrl: string, media: string) {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const { child } = await launch(path.resolve(here, '../../src/cli/start.ts'), [], {
    ADMIN_EMAIL: 'first-admin@read.bench',
    ADMIN_PASSWORD: 'bench-password-1',
    DATABASE_URL: databaseUrl,
    MEDIA_DIR: media,
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: 'bench-secret',
    PORT: String(port),
    SEED_DEMO: 'false',
    SERVER_URL: url,
  })
  for (
    const deadline = Date.now() + 120_000;
    !(await fetch(`${url}/api/globals/organ`).then(
      (r) => r.ok,
      () => false,
    ));
  ) {
    if (Date.now() > deadline) throw new Error('this system did not come up')
    await new Promise((r) => setTimeout(r, 200))
  }
  const pids = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(' ').map(Number)
  const front = pids.find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('front.ts'))!
  return { front, next: pids.find((pid) => pid !== front)!, port }
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
  await exited
  clearTimeout(timer)
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

type Row = { endpoint: string; p50: number; p99: number; rps: number; target: string }

async function load(url: string, headers: Record<string, string> = {}, seconds = SECONDS) {
  const result = await autocannon({ connections: 50, duration: seconds, headers, url })
  return {
    errors: result.errors + result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    statuses: result.statusCodeStats,
  }
}

async function people(payload: Payload) {
  const person = (role: string) =>
    payload.create({
      collection: 'users',
      data: { email: `${role}@read.bench`, name: role, password: 'bench-password-1', roles: [role as 'editor'] },
    })
  const [submitter, reviewer, approver, admin] = await Promise.all([person('editor'), person('reviewer'), person('approver'), person('admin')])
  return { admin, approver, reviewers: [reviewer], submitter }
}

async function main() {
  const dbs = [await scratchDatabase(kind), await scratchDatabase(kind)]
  const media = mkdtempSync(path.join(tmpdir(), 'gov-read-bench-'))
  let payload: Payload | undefined
  try {
    // Plain Payload seeds its own database meanwhile; this system migrates its database before anything is added.
    const plainStarting = start('plain', dbs[1]!.url)
    const system = await startSystem(dbs[0]!.url, media)
    Object.assign(process.env, { DATABASE_URL: dbs[0]!.url, MEDIA_DIR: media, PAYLOAD_SECRET: 'bench-secret' })
    delete process.env.PAYLOAD_DB_PUSH
    const { default: config } = await import('../../src/payload.config')
    // The set-up and the gate: a second node on the system's database (deliveries and jobs stay in the server).
    payload = await getPayload({ config, disableOnInit: true })
    await payload.updateGlobal({ slug: 'organ', data: DEMO_ORGAN })
    await seedNews(payload, ITEMS)
    const chain = await people(payload)
    const probes: Array<number | string> = []
    for (let i = 0; i < PROBES; i++) {
      const doc = await payload.create({
        collection: 'news',
        data: { body: richText(`新鲜度探测第${i}条。`), title: `新鲜度探测${i}` },
        draft: true,
        user: chain.submitter,
      })
      await submitAndReview(payload, 'news', doc.id, chain)
      probes.push(doc.id)
    }

    const plain = await plainStarting
    const front = { port: system.port }
    const base = (port: number) => `http://127.0.0.1:${port}`
    const LIST = '/api/news?limit=20&sort=-publishedAt'
    const firstId = async (port: number) => ((await (await fetch(base(port) + LIST)).json()) as { docs: Array<{ id: number }> }).docs[0]!.id
    const ids = { plain: await firstId(plain.port), system: await firstId(front.port) }
    const bytes = mkdtempSync(path.join(tmpdir(), 'gov-read-bytes-'))
    writeFileSync(path.join(bytes, 'list.json'), Buffer.from(await (await fetch(base(front.port) + LIST)).arrayBuffer()))
    writeFileSync(path.join(bytes, 'item.json'), Buffer.from(await (await fetch(`${base(front.port)}/api/news/${ids.system}`)).arrayBuffer()))
    const bare = await start('bare', bytes)
    const listBytes = readFileSync(path.join(bytes, 'list.json')).length

    const targets = {
      bare: { id: ids.system, port: bare.port },
      plain: { id: ids.plain, port: plain.port },
      system: { id: ids.system, port: front.port },
    }
    const rows: Row[] = []
    const idle = { front: rssMb(system.front), upstream: rssMb(system.next) }
    let peak = { ...idle }
    for (const endpoint of ['list', 'item', 'conditional'] as const) {
      for (const [target, { id, port }] of Object.entries(targets)) {
        const url = base(port) + (endpoint === 'item' ? `/api/news/${id}` : LIST)
        const etag = (await fetch(url)).headers.get('etag')
        const headers: Record<string, string> = endpoint === 'conditional' && etag ? { 'if-none-match': etag } : {}
        const sampler =
          target === 'system'
            ? setInterval(
                () => (peak = { front: Math.max(peak.front, rssMb(system.front)), upstream: Math.max(peak.upstream, rssMb(system.next)) }),
                500,
              )
            : undefined
        const result = await load(url, headers)
        clearInterval(sampler)
        if (result.errors) console.log(`  ${kind} ${target} ${endpoint}: ${result.errors} errors`)
        rows.push({
          endpoint: endpoint === 'conditional' && !etag ? 'conditional (no ETag: 200)' : endpoint,
          p50: result.p50,
          p99: result.p99,
          rps: result.rps,
          target,
        })
      }
    }

    // Freshness: publish and withdraw under list load; a read that starts after the gate's response must show it.
    let stale = 0
    const delays: number[] = []
    const probe = async (id: number | string, visible: boolean) => {
      const answered = performance.now()
      for (;;) {
        const status = (await fetch(`${base(front.port)}/api/news/${id}`)).status
        if ((status === 200) === visible) return delays.push(performance.now() - answered)
        stale++
      }
    }
    const background = load(base(front.port) + LIST, {}, Math.max(5, Math.ceil(PROBES * 0.6)))
    for (const id of probes) {
      if ((await actAs(payload, chain.approver, 'news', id, 'approve')).status !== 200) throw new Error('approve failed')
      await probe(id, true)
      if ((await actAs(payload, chain.admin as never, 'news', id, 'withdraw', '基准测试撤回')).status !== 200) throw new Error('withdraw failed')
      await probe(id, false)
    }
    await background

    const rate = (target: string, endpoint: string) => rows.find((r) => r.target === target && r.endpoint.startsWith(endpoint))!.rps
    console.log(
      `read path on ${kind}: ${ITEMS.toLocaleString('en')} published items, 50 connections, ${SECONDS} s each; list answer ${(listBytes / 1024).toFixed(1)} KB`,
    )
    console.log('  target   endpoint                     req/s    p50 ms  p99 ms   a/b     a/c')
    for (const row of rows) {
      const ratios =
        row.target === 'system'
          ? `${(row.rps / rate('plain', row.endpoint.split(' ')[0]!)).toFixed(1).padStart(6)}× ${(row.rps / rate('bare', row.endpoint.split(' ')[0]!)).toFixed(2).padStart(6)}`
          : ''
      console.log(
        `  ${row.target.padEnd(8)} ${row.endpoint.padEnd(27)} ${row.rps.toFixed(0).padStart(7)} ${String(row.p50).padStart(8)} ${String(row.p99).padStart(7)}   ${ratios}`,
      )
    }
    for (const row of rows.filter((r) => r.target === 'system')) {
      const endpoint = row.endpoint.split(' ')[0]!
      const ratio = (other: string) => row.rps / rate(other, endpoint)
      summary({
        benchmark: `read path (${kind})`,
        measure: `${endpoint}: req/s, p99`,
        target: endpoint === 'conditional' ? '—' : '≥ 5000',
        value: `${row.rps.toFixed(0)}, ${row.p99} ms`,
      })
      summary({
        benchmark: `read path (${kind})`,
        measure: `${endpoint}: vs plain Payload (a/b), vs bare Node (a/c)`,
        target: endpoint === 'conditional' ? '—' : kind === 'postgres' ? '≥ 10×, ≥ 0.4' : '—, ≥ 0.4',
        value: `${ratio('plain').toFixed(1)}×, ${ratio('bare').toFixed(2)}`,
      })
    }
    summary({ benchmark: `read path (${kind})`, measure: 'stale reads after publish/withdraw responses', target: '0', value: String(stale) })
    summary({
      benchmark: `read path (${kind})`,
      measure: 'RSS of the cache front, idle / under load',
      target: '—',
      value: `${idle.front.toFixed(0)} / ${peak.front.toFixed(0)} MB`,
    })
    delays.sort((a, b) => a - b)
    console.log(
      `  freshness: ${PROBES} publishes and ${PROBES} withdrawals under load: ${stale} stale reads after the gate's response; first fresh read after ${delays[0]!.toFixed(1)}–${delays.at(-1)!.toFixed(1)} ms`,
    )
    console.log(
      `  memory (RSS): cache front ${idle.front.toFixed(0)} MB idle, ${peak.front.toFixed(0)} MB under load; Next with its Payload ${idle.upstream.toFixed(0)} MB idle, ${peak.upstream.toFixed(0)} MB under load`,
    )
    rmSync(bytes, { force: true, recursive: true })
  } finally {
    // SIGTERM: the start script stops Next and the front with it.
    await Promise.all(children.map(stop))
    if (payload) await closeDatabase(payload)
    await Promise.all(dbs.map((db) => db.drop().catch(() => {})))
    rmSync(media, { force: true, recursive: true })
  }
}

await main()
process.exit(0)
