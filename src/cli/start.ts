/**
 * `npm start`: prepares .env, brings the database to the committed schema, creates the first admin and the
 * demo data on an empty database, builds the admin when the sources changed, then serves on PORT.
 * `npm run dev` does the same with `next dev`.
 */
import { spawn } from 'node:child_process'

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
const server = spawn(process.execPath, [NEXT_BIN, dev ? 'dev' : 'start', '-p', port], { cwd: ROOT, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
