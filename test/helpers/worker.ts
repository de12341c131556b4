import { type ChildProcess, spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import path from 'node:path'

import { ROOT } from '../../src/env'

/**
 * The settings a product process (server, worker) started by a test gets: the test process's, over `env`, in
 * production mode, with nothing of the test runner.
 */
export function productEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, NODE_ENV: 'production' }
  for (const key of Object.keys(childEnv)) if (key.startsWith('VITEST') || key === 'TEST') delete childEnv[key]
  return childEnv
}

/**
 * `npm run worker` as production runs it, beside a server started with DELIVERY_WORKER=separate: the settings
 * are the test process's (the server's, copied there by startServer) over `env`. The output is appended to
 * `logFile`, never a pipe: an unread pipe fills up and blocks the process writing to it.
 */
export function spawnWorker(logFile: string, env: Record<string, string> = {}): ChildProcess {
  const out = openSync(logFile, 'a')
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', path.join(ROOT, 'src/cli/worker.ts')], {
    cwd: ROOT,
    env: productEnv(env),
    stdio: ['ignore', out, out],
  })
  closeSync(out)
  return child
}
