import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type TestDb = 'mongodb' | 'postgres' | 'sqlite'

export const TEST_DB = (process.env.TEST_DB || 'sqlite') as TestDb
export const POSTGRES_URL = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'

/** Why this file's database cannot run here, or undefined when it can. */
export function skipReason(): string | undefined {
  if (TEST_DB === 'mongodb' && !process.env.TEST_MONGODB_URL) {
    return 'skipped: MongoDB tests need TEST_MONGODB_URL (no mongod on this machine)'
  }
  return undefined
}

export type ScratchDatabase = { drop: () => Promise<void>; url: string }

/** A fresh, empty database of the kind under test, dropped again by `drop()`. */
export async function scratchDatabase(kind: TestDb = TEST_DB): Promise<ScratchDatabase> {
  const name = `gov_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'gov-test-'))
    return { drop: async () => rmSync(dir, { force: true, recursive: true }), url: `file:${dir}/cms.db` }
  }
  if (kind === 'postgres') {
    const admin = new pg.Client({ connectionString: POSTGRES_URL })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(POSTGRES_URL)
    url.pathname = `/${name}`
    return {
      drop: async () => {
        const client = new pg.Client({ connectionString: POSTGRES_URL })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await client.end()
      },
      url: url.toString(),
    }
  }
  const url = new URL(process.env.TEST_MONGODB_URL!)
  url.pathname = `/${name}`
  return { drop: async () => {}, url: url.toString() }
}
