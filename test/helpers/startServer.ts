import type { Payload, SanitizedConfig } from 'payload'

import { type ChildProcess, spawn } from 'node:child_process'
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { BasePayload } from 'payload'
import supertest from 'supertest'
import { expect } from 'vitest'

import type { Role } from '../../src/access'

import { appConfig } from '../../src/appConfig'
import { ROOT } from '../../src/env'
import { freePortIn } from '../../src/freePort'
import { closeDatabase } from '../../src/infra/db'
import { settingsOf } from '../../src/settings'
import { DEMO_ORGAN } from '../../src/seed/demo'
import { type ReviewChain, reviewAndPublish } from '../../src/seed/reviewAndPublish'

import { scratchDatabase, TEST_DB } from './database'
import { productEnv } from './worker'

export type TestServer = {
  /** supertest agent signed in as a fresh user with these roles */
  as: (...roles: Role[]) => Promise<{ agent: supertest.Agent; user: { email: string; id: number | string } }>
  /** one editor, reviewer and approver of this server, created on first use */
  chain: () => Promise<ReviewChain>
  close: () => Promise<void>
  /** the test process's own config (the same code and settings as the server's) */
  config: SanitizedConfig
  /** the server's output so far (stdout and stderr) */
  log: () => string
  /** the upload folder of this server (a temporary directory) */
  mediaDir: string
  /** Next's own address behind the front (127.0.0.1 only, as in production) */
  nextUrl: string
  /**
   * A Payload of the test process on the server's database, as a second node would run one: for set-up and
   * for reading what the database holds. It runs no jobs: deliveries run in the server.
   */
  payload: Payload
  /**
   * Changes the organ's details and puts them in force the way an office does: an admin's draft, then the
   * chain's submission and both reviews (audit entries included).
   */
  reviewOrgan: (data: Record<string, unknown>) => Promise<void>
  /** anonymous requests to the server */
  request: supertest.Agent
  /** stops the server and starts it again on the same database and files (what a restart or deploy does) */
  restart: () => Promise<void>
  /** the server's public address (the cache front), as `npm start` serves it */
  url: string
}

export type ServerOptions = {
  /** settings of the server (and of the test process's Payload), over the test defaults */
  env?: Record<string, string>
}

let userCount = 0
/** The password of every user `as()` and `chain()` make. */
export const TEST_PASSWORD = 'test-password-1'
const LOGS = path.join(ROOT, 'test/artifacts/servers')

async function untilUp(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    const ok = await fetch(`${url}/api/globals/organ`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`the server did not come up (exit ${child.exitCode}); its log:\n${readFileSync(logFile, 'utf8').slice(-4000)}`)
}

/**
 * The system that ships, on a fresh database of the kind under test (TEST_DB): `src/cli/start.ts` — what
 * `npm start` runs — migrates the database, creates the first admin and serves the production build (built
 * once per run by the global set-up) behind the public read cache. The test process opens its own Payload on
 * the same database for set-up. One server per test file.
 */
export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const db = await scratchDatabase()
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'gov-media-'))
  // Each vitest worker picks from a block of its own below the ephemeral range: two servers started at once
  // never pick the same port, and no outgoing connection takes one meanwhile. TEST_PORT_BASE moves the blocks
  // (two test runs on one machine, e.g. two checkouts).
  const block = Number(process.env.TEST_PORT_BASE || 20_000) + (Number(process.env.VITEST_POOL_ID ?? 1) % 4) * 500
  const port = await freePortIn(block, 250)
  const nextPort = await freePortIn(block + 250, 250)
  const url = `http://127.0.0.1:${port}`
  const env: Record<string, string> = {
    ADMIN_EMAIL: 'admin@test.example',
    ADMIN_PASSWORD: 'test-password-1',
    DATABASE_URL: db.url,
    DELIVERY_POLL_MS: '200',
    MAX_UPLOAD_MB: '1',
    MEDIA_DIR: mediaDir,
    NEXT_INTERNAL_PORT: String(nextPort),
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: 'test-secret-not-for-production',
    PORT: String(port),
    SEED_DEMO: 'false',
    SERVER_URL: url,
    ...options.env,
  }
  // The test process reads the same settings (API keys are hashed with the secret, checks use SERVER_URL…),
  // until the server closes: the next file in this worker starts from the settings it had.
  const outside = { ...process.env }
  Object.assign(process.env, env)
  delete process.env.PAYLOAD_DB_PUSH

  mkdirSync(LOGS, { recursive: true })
  const test = path.basename(expect.getState().testPath ?? 'server', '.test.ts')
  const logFile = path.join(LOGS, `${test}-${TEST_DB}-${port}.log`)
  let child: ChildProcess
  const start = async () => {
    const out = openSync(logFile, 'a')
    // As `npm start` runs it (package.json: tsx --conditions=production src/cli/start.ts).
    child = spawn(process.execPath, ['--import', 'tsx', '--conditions=production', 'src/cli/start.ts'], {
      cwd: ROOT,
      env: productEnv(),
      stdio: ['ignore', out, out],
    })
    closeSync(out)
    await untilUp(url, child, logFile)
  }
  const stop = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    await exited
    clearTimeout(timer)
  }
  await start()

  // A config and a Payload of this server's own: files run one after another in a worker share its loaded
  // modules (vitest.config.ts, isolate: false), so Payload's per-process getPayload cache is not used.
  const config = await appConfig()
  const payload = await new BasePayload().init({ config })
  // A database fixture: the demo organ as if its details had passed review (no audit entries to count).
  const wrongNames = DEMO_ORGAN.wrongNames.map((row, i) => ({ ...row, id: `fixture-${i}` }))
  await payload.db.createGlobal({
    slug: 'organ',
    data: { ...DEMO_ORGAN, _status: 'published', workflow: { state: 'published' }, wrongNames },
    req: {} as never,
  })
  const request = supertest.agent(url)

  // Every test user has TEST_PASSWORD. Payload hashes a password with 600,000 pbkdf2 rounds (about 0.3 s of
  // CPU): the first user is created with it, the others are given the first one's stored hash and salt.
  let stored: Promise<{ hash: string; salt: string }> | undefined
  // One after the other: the first user's hash is the others'.
  let queue: Promise<unknown> = Promise.resolve()
  const createUser = (data: { email: string; name: string; roles: Role[] }) => {
    const created = queue.then(() => insertUser(data))
    queue = created.catch(() => {})
    return created
  }
  const insertUser = async (data: { email: string; name: string; roles: Role[] }) => {
    if (!stored) {
      const first = payload.create({ collection: 'users', data: { ...data, password: TEST_PASSWORD } })
      stored = first.then(async ({ id }) => {
        const row = (await payload.db.findOne({ collection: 'users', where: { id: { equals: id } } })) as unknown as { hash: string; salt: string }
        return { hash: row.hash, salt: row.salt }
      })
      return first
    }
    const now = new Date().toISOString()
    await payload.db.create({ collection: 'users', data: { ...data, ...(await stored), createdAt: now, updatedAt: now } })
    // Read back as any user is read: what the adapter's create answered once lacked the id in CI (the
    // approver and the reviewer both "undefined", so one person).
    const { docs } = await payload.find({ collection: 'users', depth: 0, limit: 1, where: { email: { equals: data.email } } })
    return docs[0]!
  }

  const as: TestServer['as'] = async (...roles) => {
    const email = `user${++userCount}-${roles.join('-') || 'none'}@test.example`
    const user = await createUser({ email, name: `测试用户${userCount}`, roles })
    const agent = supertest.agent(url)
    const login = await agent.post('/api/users/login').send({ email, password: TEST_PASSWORD })
    if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`)
    agent.set('Authorization', `JWT ${login.body.token}`)
    return { agent, user: { email, id: user.id } }
  }

  let chain: Promise<ReviewChain> | undefined
  const person = (role: Role, n = 1) => createUser({ email: `${role}${n}-of-chain@test.example`, name: `流程${role}${n}`, roles: [role] })
  /** One reviewer per review level before 审签 (two under 三审). */
  const chainOf = async (): Promise<ReviewChain> => {
    const reviewLevels = settingsOf(config).reviewLevels.length - 1
    const [submitter, approver, ...reviewers] = await Promise.all([
      person('editor'),
      person('approver'),
      ...Array.from({ length: reviewLevels }, (_, i) => person('reviewer', i + 1)),
    ])
    return { approver: approver!, reviewers, submitter: submitter! }
  }

  const reviewOrgan = async (data: Record<string, unknown>) => {
    await payload.updateGlobal({ slug: 'organ', data: data as never })
    await reviewAndPublish(payload, 'organ', 'organ', await (chain ??= chainOf()))
  }

  return {
    as,
    chain: () => (chain ??= chainOf()),
    close: async () => {
      await stop()
      await closeDatabase(payload)
      await db.drop()
      rmSync(mediaDir, { force: true, recursive: true })
      for (const key of Object.keys(process.env)) if (!(key in outside)) delete process.env[key]
      Object.assign(process.env, outside)
    },
    config,
    log: () => readFileSync(logFile, 'utf8'),
    mediaDir,
    nextUrl: `http://127.0.0.1:${nextPort}`,
    payload,
    request,
    reviewOrgan,
    restart: async () => {
      await stop()
      await start()
    },
    url,
  }
}
