/**
 * `npm start`: prepares .env, brings the database to the committed schema, creates the first admin and the
 * demo data on an empty database, builds the admin when the sources changed, then serves on PORT: public
 * reads from the read cache (src/publicCache), everything else from Next behind it.
 * `npm run dev` does the same with `next dev`.
 */
import { spawn } from 'node:child_process'
import net from 'node:net'

import { ROOT } from '../env'
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
// Production: Next listens inside (127.0.0.1, a free port) behind the public read cache on PORT.
const nextPort = dev ? port : process.env.NEXT_INTERNAL_PORT || String(await freePort())
const server = spawn(process.execPath, [NEXT_BIN, dev ? 'dev' : 'start', '-p', nextPort, ...(dev ? [] : ['-H', '127.0.0.1'])], { cwd: ROOT, stdio: 'inherit' })
if (!dev) await serveFront(Number(port), new URL(`http://127.0.0.1:${nextPort}`))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))

async function serveFront(listenOn: number, upstream: URL) {
  const { createFront, publicPaths } = await import('../publicCache/front')
  const { FreshVersion, versionSource } = await import('../publicCache/versions')
  const { PUBLISHABLE_SLUGS } = await import('../plugin')
  const { DEFAULT_DATABASE_URL } = await import('../db')
  const version = new FreshVersion(versionSource(process.env.DATABASE_URL || DEFAULT_DATABASE_URL))
  const front = createFront({ isPublic: publicPaths([...PUBLISHABLE_SLUGS, 'media'], ['organ']), maxBytes: Number(process.env.PUBLIC_CACHE_MB || 64) * 1024 * 1024, upstream, version })
  await new Promise<void>((resolve) => front.server.listen(listenOn, resolve))
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as net.AddressInfo
      probe.close(() => resolve(free))
    })
    probe.on('error', reject)
  })
}
