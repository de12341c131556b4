/**
 * `npm start`: prepares .env, brings the database to the committed schema, creates the first admin and the
 * demo data on an empty database, builds the admin when the sources changed, then serves on PORT: public
 * reads from the read cache (src/publicCache), everything else from Next behind it.
 * `npm run dev` does the same with `next dev`.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { ROOT } from '../env'
import { UPSTREAM_IDLE_MS } from '../publicCache/front'
import { freePort } from '../freePort'
import { buildIfStale, NEXT_BIN } from './build'

const dev = process.argv.includes('--dev')
// Set before the rest loads: the adapters decide on migrations from NODE_ENV.
Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' })
const { bootstrap, printLogins } = await import('../bootstrap')
const { closeDatabase } = await import('../db')
const { loadPayload } = await import('./loadPayload')
const payload = await loadPayload()
const port = process.env.PORT || '3000'
const url = process.env.SERVER_URL || `http://localhost:${port}`
const logins = await bootstrap(payload, { seed: process.env.SEED_DEMO !== 'false' })
await closeDatabase(payload)

if (!dev) buildIfStale()

printLogins(logins, url)
// Production: Next listens inside (127.0.0.1, a free port) behind the public read cache on PORT. It keeps idle
// connections open far longer than the front reuses them (UPSTREAM_IDLE_MS): with Node's 5 s on both sides, a
// request the front sent on a connection Next was just closing failed (502) whenever the machine was busy.
const nextPort = dev ? port : process.env.NEXT_INTERNAL_PORT || String(await freePort())
const nextArgs = dev ? [] : ['-H', '127.0.0.1', '--keepAliveTimeout', String(2 * UPSTREAM_IDLE_MS)]
const server = spawn(process.execPath, [NEXT_BIN, dev ? 'dev' : 'start', '-p', nextPort, ...nextArgs], { cwd: ROOT, stdio: 'inherit' })
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
