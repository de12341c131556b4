import { randomBytes } from 'node:crypto'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadEnv } from 'payload/node'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Loads `.env` (as Next and the Payload CLI do) and, on a first start, writes a fresh PAYLOAD_SECRET into it
 * so that sessions and API keys survive restarts.
 */
export function prepareEnv(): void {
  loadEnv(ROOT)
  if (process.env.PAYLOAD_SECRET) return
  const file = path.join(ROOT, '.env')
  const secret = randomBytes(32).toString('hex')
  const before = existsSync(file) ? readFileSync(file, 'utf8') : ''
  appendFileSync(file, `${before && !before.endsWith('\n') ? '\n' : ''}PAYLOAD_SECRET=${secret}\n`, { mode: 0o600 })
  process.env.PAYLOAD_SECRET = secret
  console.log('已生成 PAYLOAD_SECRET 并写入 .env / Generated PAYLOAD_SECRET into .env')
}
