import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { ROOT } from '../env'

export const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next')

function newest(dir: string): number {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs)
  }
  return latest
}

/** Builds the admin (next build) unless a build newer than every source and the lock file is there. */
export function buildIfStale(): void {
  const buildId = path.join(ROOT, '.next/BUILD_ID')
  const inputs = Math.max(
    ...['src', 'collections', 'hooks', 'translations'].map((d) => newest(path.join(ROOT, d))),
    ...['package-lock.json', 'next.config.mjs'].map((f) => statSync(path.join(ROOT, f)).mtimeMs),
  )
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= inputs) return
  console.log('正在构建管理后台 / Building the admin UI (2–4 minutes on two cores)…')
  const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], { cwd: ROOT, stdio: 'inherit' })
  if (build.status !== 0) throw new Error(`next build failed (${build.status})`)
}
