import { createClient } from '@libsql/client'
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { ROOT } from '../../src/env'
import { scratchDatabase, TEST_DB } from '../helpers/database'
import { withServer } from '../helpers/server'

const sql = TEST_DB === 'sqlite' || TEST_DB === 'postgres'
const migrationDir = path.join(ROOT, 'src/migrations', TEST_DB)

/** Runs `npm run seed` as a production start does, in its own process. */
function seed(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'seed'], {
      cwd: ROOT,
      env: { ...process.env, ...env, NODE_ENV: 'production', PAYLOAD_DB_PUSH: '' },
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('close', (code) => resolve({ code, output }))
  })
}

async function query(url: string, text: string): Promise<Record<string, unknown>[]> {
  if (url.startsWith('file:')) {
    const client = createClient({ url })
    const result = await client.execute(text)
    client.close()
    return result.rows as unknown as Record<string, unknown>[]
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const result = await client.query(text)
  await client.end()
  return result.rows
}

withServer('committed migrations', (s) => {
  it.skipIf(!sql)('cover every collection and field of the current config (no schema drift)', async () => {
    const db = s().payload.db as unknown as {
      requireDrizzleKit: () => { generateDrizzleJson: (schema: unknown) => Promise<Record<string, unknown>> }
      schema: unknown
    }
    const current = await db.requireDrizzleKit().generateDrizzleJson(db.schema)
    const latest = readdirSync(migrationDir).filter((f) => f.endsWith('.json')).sort().at(-1)!
    const committed = JSON.parse(readFileSync(path.join(migrationDir, latest), 'utf8'))
    const shape = (snapshot: Record<string, unknown>) => ({ enums: snapshot.enums, tables: snapshot.tables })
    // On failure: run `npm run migrate:create -- <name>` and commit what it writes.
    expect(shape(current)).toEqual(shape(committed))
  })
})

describe.skipIf(!sql)(`production start on an empty database [${TEST_DB}]`, () => {
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'gov-media-'))
  let database: Awaited<ReturnType<typeof scratchDatabase>>
  afterAll(async () => {
    await database?.drop()
    rmSync(mediaDir, { force: true, recursive: true })
  })

  it('migrates, creates the admin and demo data once, and keeps everything across a restart', async () => {
    database = await scratchDatabase()
    const env = {
      ADMIN_EMAIL: 'chief@qingshi.example',
      ADMIN_PASSWORD: 'a-chosen-password',
      DATABASE_URL: database.url,
      MEDIA_DIR: mediaDir,
      PAYLOAD_SECRET: 'migration-test-secret',
    }
    const first = await seed(env)
    expect(first.code, first.output).toBe(0)
    expect(first.output).toContain('chief@qingshi.example  a-chosen-password')
    expect(first.output).toContain('reviewer@qingshi.example')

    const migrations = await query(database.url, 'SELECT name, batch FROM payload_migrations')
    const committed = readdirSync(migrationDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    expect(migrations.map((m) => m.name).sort()).toEqual(committed.map((f) => f.replace(/\.ts$/, '')).sort())
    // A pushed (dev) schema leaves batch -1; a migrated one never does.
    expect(migrations.every((m) => Number(m.batch) >= 1)).toBe(true)

    const second = await seed(env)
    expect(second.code, second.output).toBe(0)
    expect(second.output).toContain('未重复导入演示数据')
    expect(second.output).not.toContain('a-chosen-password')

    const news = await query(database.url, 'SELECT title, _status, index_number FROM news ORDER BY id')
    expect(news).toHaveLength(3)
    expect(news.filter((n) => n._status === 'published').every((n) => /\/\d{4}-\d{5}$/.test(String(n.index_number)))).toBe(true)
    const users = await query(database.url, 'SELECT email FROM users')
    expect(users.map((u) => u.email)).toContain('chief@qingshi.example')
    expect(users).toHaveLength(6)
  })
})
