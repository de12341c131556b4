/**
 * `npm run worker`: runs channel deliveries outside the web server (set DELIVERY_WORKER=separate for the server
 * to leave them here). The server cannot kick it, so it looks for due deliveries every POLL_MS (a read per
 * channel). SIGINT/SIGTERM stop it once the deliveries in flight are recorded; one still going after
 * STOP_GRACE_MS (a channel that stopped answering), or a second signal, ends it at once — safe, as an
 * interrupted run is resumed where it stopped when a runner starts (releaseOrphanedDeliveries).
 */
import { closeDatabase } from '../infra/db'
import { logRunFailure, pollDue, releaseOrphanedDeliveries, runDeliveries, stopDeliveries } from '../channels/runner'
import { loadPayload } from './loadPayload'

const STOP_GRACE_MS = 30_000
const POLL_MS = 250

const payload = await loadPayload()
let stopping = false
let stopped = () => {}
const stop = () => {
  if (stopping) process.exit(1)
  stopping = true
  stopped()
  console.log('投递进程正在停止 / delivery worker stopping after the run in progress')
  setTimeout(() => {
    console.error(`投递进程 ${STOP_GRACE_MS / 1000} 秒内未停止，强制退出 / the run did not end in time: exiting, it resumes at the next start`)
    process.exit(1)
  }, STOP_GRACE_MS).unref()
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop)
await releaseOrphanedDeliveries(payload)
console.log('投递进程已启动 / delivery worker started')
runDeliveries(payload).catch(logRunFailure(payload))
const poll = setInterval(() => pollDue(payload), POLL_MS)
if (!stopping) await new Promise<void>((resolve) => (stopped = resolve))
clearInterval(poll)
await stopDeliveries(payload)
await closeDatabase(payload)
console.log('投递进程已停止 / delivery worker stopped')
process.exit(0)
