import type { Payload } from 'payload'

import { DEFAULT_CORRECTIONS } from './checks'
import { generatePassword } from './identity/passwordRule'
import { committedMigrations, databaseKind, DEFAULT_DATABASE_URL } from './infra/db'
import { publishableSlugs } from './settings'
import { type DemoLogins, seedDemo } from './seed/demo'
import { ensurePublicVersion } from './publicCache/token'
import { adoptExistingMedia } from './workflow/mediaGate'

export type BootstrapResult = {
  /** Set only when this start created the first admin. */
  admin?: { email: string; generated: boolean; password: string }
  demo?: DemoLogins
}

/** Brings a SQL database to the committed schema; MongoDB needs none. */
export async function migrate(payload: Payload): Promise<void> {
  const kind = databaseKind(process.env.DATABASE_URL || DEFAULT_DATABASE_URL)
  // The generated migration modules are typed per dialect; Payload's migrate() takes either.
  if (kind !== 'mongodb') await payload.db.migrate({ migrations: committedMigrations[kind] as never })
}

/** First admin from ADMIN_EMAIL / ADMIN_PASSWORD, or generated, when the database has no users. */
async function ensureAdmin(payload: Payload): Promise<BootstrapResult['admin']> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return undefined
  const email = process.env.ADMIN_EMAIL || 'admin@qingshi.example'
  const generated = !process.env.ADMIN_PASSWORD
  const password = process.env.ADMIN_PASSWORD || generatePassword()
  await payload.create({
    collection: 'users',
    data: { email, name: '系统管理员', password, roles: ['admin'] },
  })
  return { email, generated, password }
}

const DICTIONARY_SEEDED = 'govPublishing:checkDictionarySeeded'

/**
 * The known serious wording errors go into the check dictionary once per database; after that the dictionary
 * is the admin's (an entry deleted on purpose does not come back at the next start).
 */
export async function seedCheckDictionary(payload: Payload): Promise<void> {
  if (await payload.kv.has(DICTIONARY_SEEDED)) return
  for (const entry of DEFAULT_CORRECTIONS) {
    await payload.create({ collection: 'check-terms', data: { ...entry, note: '内置 / built in' } })
  }
  await payload.kv.set(DICTIONARY_SEEDED, new Date().toISOString())
}

async function isEmpty(payload: Payload): Promise<boolean> {
  const counts = await Promise.all((['news', 'policies', 'meetings'] as const).map((collection) => payload.count({ collection })))
  return counts.every((c) => c.totalDocs === 0)
}

/** Everything a first start needs: schema, first admin, and demo data on an empty database. */
export async function bootstrap(payload: Payload, { seed }: { seed: boolean }): Promise<BootstrapResult> {
  await migrate(payload)
  await adoptExistingMedia(payload, publishableSlugs(payload.config))
  await ensurePublicVersion(payload)
  const admin = await ensureAdmin(payload)
  await seedCheckDictionary(payload)
  const demo = seed && (await isEmpty(payload)) ? await seedDemo(payload) : undefined
  return { admin, demo }
}

export function printLogins(result: BootstrapResult, url: string): void {
  const lines = [`管理后台 / Admin:  ${url}/admin`, `接口 / REST API: ${url}/api    GraphQL: ${url}/api/graphql`]
  if (result.admin) {
    lines.push(`管理员 / Admin login: ${result.admin.email}  ${result.admin.password}`)
    if (result.admin.generated) lines.push('  (密码为自动生成，请登录后修改 / generated password: change it after signing in)')
  }
  if (result.demo) {
    lines.push(`演示用户密码 / Demo users' password: ${result.demo.password}`)
    for (const user of result.demo.users) lines.push(`  ${user.roles.join(',').padEnd(9)} ${user.email}  ${user.name}`)
    lines.push(`打印机 API key / Printer API key: ${result.demo.apiKey}`)
  }
  const width = 72
  console.log(`\n${'─'.repeat(width)}\n${lines.join('\n')}\n${'─'.repeat(width)}\n`)
}
