/**
 * `npm start`: prepares .env, builds the admin when the sources changed, then serves on PORT: public reads
 * from the read cache (src/publicCache), everything else from Next behind it. The server itself brings the
 * database to the committed schema and creates the first admin and the demo data on an empty database
 * (src/prepareServer.ts), so Payload loads once.
 * `npm run dev` does the same with `next dev`, preparing the database here first.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { prepareEnv, ROOT } from '../env'
import { UPSTREAM_IDLE_MS } from '../publicCache/front'
import { freePort } from '../freePort'
import { buildIfStale, NEXT_BIN } from './build'
import { progress } from './progress'

const dev = process.argv.includes('--dev')
// Set before the rest loads: the adapters decide on migrations from NODE_ENV.
Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' })
prepareEnv()
const port = process.env.PORT || '3000'
const url = process.env.SERVER_URL || `http://localhost:${port}`
if (dev) {
  const { bootstrap, printLogins } = await import('../bootstrap')
  const { closeDatabase } = await import('../infra/db')
  const { loadPayload } = await import('./loadPayload')
  const payload = await loadPayload()
  printLogins(await bootstrap(payload, { seed: process.env.SEED_DEMO !== 'false' }), url)
  await closeDatabase(payload)
}
const steps = progress(2)
if (!dev) {
  // A synchronous build: Next prints its own progress meanwhile.
  const built = steps.step('检查并构建管理后台（首次约 2–4 分钟）/ building the admin when its sources changed')
  buildIfStale()
  built()
}

// Production: Next listens inside (127.0.0.1, a free port) behind the public read cache on PORT. It keeps idle
// connections open far longer than the front reuses them (UPSTREAM_IDLE_MS): with Node's 5 s on both sides, a
// request the front sent on a connection Next was just closing failed (502) whenever the machine was busy.
const nextPort = dev ? port : process.env.NEXT_INTERNAL_PORT || String(await freePort())
const nextArgs = dev ? [] : ['-H', '127.0.0.1', '--keepAliveTimeout', String(2 * UPSTREAM_IDLE_MS)]
const server = spawn(process.execPath, [NEXT_BIN, dev ? 'dev' : 'start', '-p', nextPort, ...nextArgs], {
  cwd: ROOT,
  env: { ...process.env, START_PUBLIC_URL: url },
  stdio: 'inherit',
})
const front = dev
  ? undefined
  : spawn(process.execPath, [...process.execArgv, path.join(ROOT, 'src/cli/front.ts')], {
      cwd: ROOT,
      env: { ...process.env, FRONT_PORT: port, UPSTREAM_URL: `http://127.0.0.1:${nextPort}` },
      stdio: 'inherit',
    })
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.kill(signal)
    front?.kill(signal)
  })
}
server.on('exit', (code) => {
  front?.kill('SIGTERM')
  process.exit(code ?? 0)
})
front?.on('exit', (code) => {
  server.kill('SIGTERM')
  process.exit(code ?? 1)
})

// Next starts Payload at its first request: this one has the server prepare the database and print the
// banner now, and start its jobs (scheduled publication, deliveries) without waiting for a visitor.
if (!dev) {
  const ready = steps.step('启动服务：迁移数据库，首次启动时创建管理员和演示数据 / starting: migrations, first admin and demo data', 10)
  while (server.exitCode === null) {
    const answered = await fetch(`http://127.0.0.1:${nextPort}/api/globals/organ`).then(
      () => true,
      () => false,
    )
    if (answered) break
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  ready()
  console.log(`已就绪 / ready: ${url}/admin`)
}
