import { createClient } from '@libsql/client'
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import supertest from 'supertest'
import { expect, it } from 'vitest'

import { ROOT } from '../../src/env'
import { sqlAdapter } from '../../src/infra/sqlAdapter'
import { TEST_DB } from '../helpers/database'
import { withServer } from '../helpers/server'

const sql = TEST_DB === 'sqlite' || TEST_DB === 'postgres'
const migrationDir = path.join(ROOT, 'src/migrations', TEST_DB)

/** Runs `npm run seed` in its own process, on the server's database (its settings are in this process's env). */
function seed(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'seed'], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' } })
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

const ADMIN = { email: 'chief@qingshi.example', password: 'A-chosen-password-1' }

withServer(
  'committed migrations and the production start',
  (s) => {
    it.skipIf(!sql)('cover every collection and field of the current config (no schema drift)', async () => {
      const db = sqlAdapter(s().payload)!
      const current = (await db.requireDrizzleKit().generateDrizzleJson(db.schema)) as unknown as Record<string, unknown>
      const latest = readdirSync(migrationDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .at(-1)!
      const committed = JSON.parse(readFileSync(path.join(migrationDir, latest), 'utf8'))
      const shape = (snapshot: Record<string, unknown>) => ({ enums: snapshot.enums, tables: snapshot.tables })
      // On failure: run `npm run migrate:create -- <name>` and commit what it writes.
      expect(shape(current)).toEqual(shape(committed))
    })

    it.skipIf(!sql)(
      'on an empty database: migrates, creates the chosen admin and the demo data once, and keeps everything across a restart',
      async () => {
        const firstStart = s().log()
        expect(firstStart).toContain(`管理员 / Admin login: ${ADMIN.email}  ${ADMIN.password}`)
        expect(firstStart).toContain('reviewer@qingshi.example')

        const migrations = await query(process.env.DATABASE_URL!, 'SELECT name, batch FROM payload_migrations')
        const committed = readdirSync(migrationDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')
        expect(migrations.map((m) => m.name).sort()).toEqual(committed.map((f) => f.replace(/\.ts$/, '')).sort())
        // A pushed (dev) schema leaves batch -1; a migrated one never does.
        expect(migrations.every((m) => Number(m.batch) >= 1)).toBe(true)

        /** What the public and the admin see. */
        const visible = async () => {
          const news = await s().request.get('/api/news?limit=100&sort=createdAt')
          expect(news.status).toBe(200)
          const login = await supertest(s().url).post('/api/users/login').send(ADMIN)
          expect(login.status).toBe(200)
          const users = await supertest(s().url).get('/api/users?limit=100').set('Authorization', `JWT ${login.body.token}`)
          return {
            news: news.body.docs.map((n: { indexNumber: string; title: string }) => [n.title, n.indexNumber]),
            users: users.body.docs.map((u: { email: string }) => u.email).sort(),
          }
        }
        const before = await visible()
        expect(before.news).toHaveLength(2)
        for (const [, indexNumber] of before.news) expect(indexNumber).toMatch(/\/\d{4}-\d{5}$/)
        expect(before.users).toHaveLength(6)
        expect(before.users).toContain(ADMIN.email)

        await s().restart()
        const secondStart = s().log().slice(firstStart.length)
        expect(secondStart).toContain('管理后台 / Admin:')
        expect(secondStart).not.toContain(ADMIN.password)
        expect(secondStart).not.toContain('演示用户密码')
        expect(await visible()).toEqual(before)

        // `npm run seed` on a database with content leaves it alone.
        const seeded = await seed()
        expect(seeded.code, seeded.output).toBe(0)
        expect(seeded.output).toContain('未重复导入演示数据')
        expect(seeded.output).not.toContain(ADMIN.password)
        expect(await visible()).toEqual(before)
      },
      180_000,
    )
  },
  { env: () => ({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, SEED_DEMO: 'true' }) },
)
