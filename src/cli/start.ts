/**
 * `npm start`: prepares .env, brings the database to the committed schema, creates the first admin and the
 * demo data on an empty database, builds the admin when the sources changed, then serves on PORT.
 * `npm run dev` does the same with `next dev`.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { ROOT } from '../env'

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

const next = path.join(ROOT, 'node_modules/next/dist/bin/next')

function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs)
  }
  return newest
}

if (!dev) {
  const buildId = path.join(ROOT, '.next/BUILD_ID')
  const sources = ['src', 'collections', 'hooks'].map((d) => newestSource(path.join(ROOT, d)))
  const inputs = Math.max(...sources, statSync(path.join(ROOT, 'package-lock.json')).mtimeMs)
  if (!existsSync(buildId) || statSync(buildId).mtimeMs < inputs) {
    console.log('正在构建管理后台 / Building the admin UI (about a minute)…')
    const build = spawnSync(process.execPath, [next, 'build'], { cwd: ROOT, stdio: 'inherit' })
    if (build.status !== 0) process.exit(build.status ?? 1)
  }
}

printLogins(logins, url)
const server = spawn(process.execPath, [next, dev ? 'dev' : 'start', '-p', port], { cwd: ROOT, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
