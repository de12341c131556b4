import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** DATABASE_URL, read without loading any database adapter (the read cache's process needs only this). */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const DEFAULT_DATABASE_URL = 'file:./data/cms.db'

/** How long a statement waits for another process's lock on the SQLite file (on a timer: see sqliteLockWait). */
export const SQLITE_BUSY_MS = 10_000

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export function databaseKind(url: string): DatabaseKind {
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  if (url.startsWith('file:')) return 'sqlite'
  throw new Error(`DATABASE_URL 无法识别：应以 file:、postgres:// 或 mongodb:// 开头 / unsupported DATABASE_URL: ${url.split(':')[0]}:…`)
}

/** A relative SQLite path is taken from the project root, not the process cwd (Next changes it). */
export function sqliteUrl(url: string): string {
  const given = url.slice('file:'.length)
  const file = path.isAbsolute(given) ? given : path.join(root, given)
  mkdirSync(path.dirname(file), { recursive: true })
  return `file:${file}`
}
