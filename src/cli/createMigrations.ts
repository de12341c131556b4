/**
 * `npm run migrate:create -- <name>`: writes the next migration for both SQL dialects from the current
 * config. Commit both; production starts apply them. (MongoDB needs no schema migrations.)
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { ROOT } from '../env'

const name = process.argv[2]
if (!name) {
  console.error('usage: npm run migrate:create -- <name>')
  process.exit(2)
}
const targets = {
  postgres: process.env.MIGRATE_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
  sqlite: `file:${path.join(ROOT, 'data/migrate-scratch.db')}`,
}
for (const [kind, url] of Object.entries(targets)) {
  console.log(`— ${kind}`)
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/payload/bin.js'), 'migrate:create', name], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'migrate' },
    stdio: 'inherit',
  })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
