import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { Piscina } from 'piscina'

import type { NoticeSheet } from './sheet'

/**
 * The worker's entry on disk. Found from the working directory (the server and every script run from the
 * project folder): the source file, not a bundled copy — Next's build rewrote module paths once and every PDF failed.
 */
const WORKER = path.join(process.cwd(), 'src/channels/noticeboard/sheetWorker.mjs')

let pool: Piscina | undefined
/** Far above a sheet's ~60 ms, even a long one with images on a busy machine. */
const RENDER_TIMEOUT_MS = 60_000

/**
 * Renders sheets (notice-board sheets, answer letters) on worker threads: ~60 ms of CPU each, which on the
 * thread that answers readers and approvals held all of them up during a burst. One thread per core but one,
 * left to that thread; idle threads end after a minute.
 */
export function renderNoticeSheetOffThread(sheet: NoticeSheet): Promise<Buffer> {
  if (!pool) {
    if (!existsSync(WORKER)) throw new Error(`排版进程入口缺失 / the sheet worker is missing: ${WORKER}`)
    pool = new Piscina({ filename: WORKER, idleTimeout: 60_000, maxThreads: Math.max(1, availableParallelism() - 1), minThreads: 0 })
  }
  // A thread that never answers is an error (the delivery retries), not a wait without end.
  return pool
    .run(sheet, { signal: AbortSignal.timeout(RENDER_TIMEOUT_MS) })
    .then((bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
}
