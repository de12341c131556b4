/**
 * `npm run worker`: runs channel deliveries outside the web server (set DELIVERY_WORKER=separate for the server
 * to leave them here). Polls every second; stops cleanly on SIGINT/SIGTERM after the run in progress.
 */
import { closeDatabase } from '../db'
import { logRunFailure, releaseOrphanedDeliveries, runDeliveries } from '../channels/runner'
import { loadPayload } from './loadPayload'

const payload = await loadPayload()
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (stopping = true))
await releaseOrphanedDeliveries(payload)
console.log('投递进程已启动 / delivery worker started')
while (!stopping) {
  await runDeliveries(payload).catch(logRunFailure(payload))
  await new Promise((resolve) => setTimeout(resolve, 1000))
}
await closeDatabase(payload)
process.exit(0)
