/**
 * `npm run worker`: runs channel deliveries outside the web server (set DELIVERY_WORKER=separate for the server
 * to leave them here). Polls every second. SIGINT/SIGTERM stop it after the run in progress; a run still going
 * after STOP_GRACE_MS (a channel that stopped answering), or a second signal, ends it at once — safe, as an
 * interrupted run is resumed where it stopped when a runner starts (releaseOrphanedDeliveries).
 */
import { closeDatabase } from '../infra/db'
import { logRunFailure, releaseOrphanedDeliveries, runDeliveries } from '../channels/runner'
import { loadPayload } from './loadPayload'

const STOP_GRACE_MS = 30_000

const payload = await loadPayload()
let stopping = false
const stop = () => {
  if (stopping) process.exit(1)
  stopping = true
  console.log('投递进程正在停止 / delivery worker stopping after the run in progress')
  setTimeout(() => {
    console.error(`投递进程 ${STOP_GRACE_MS / 1000} 秒内未停止，强制退出 / the run did not end in time: exiting, it resumes at the next start`)
    process.exit(1)
  }, STOP_GRACE_MS).unref()
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop)
await releaseOrphanedDeliveries(payload)
console.log('投递进程已启动 / delivery worker started')
while (!stopping) {
  await runDeliveries(payload).catch(logRunFailure(payload))
  if (!stopping) await new Promise((resolve) => setTimeout(resolve, 1000))
}
await closeDatabase(payload)
console.log('投递进程已停止 / delivery worker stopped')
process.exit(0)
