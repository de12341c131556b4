import type { Payload } from 'payload'

import { bootstrap, printLogins } from './bootstrap'

/**
 * The production server's own start (`onInit` of the app config): its Payload has just applied the committed
 * migrations on connect (the adapters' prodMigrations); the first admin and the demo data follow, then the
 * sign-in banner with the public address `npm start` serves on (START_PUBLIC_URL: Next's PORT is the
 * internal one). So `npm start` loads Payload once, in the server. Scripts, the worker, tests and `next dev`
 * (prepared by `npm run dev` before Next starts) skip it. A database that cannot be prepared stops the server.
 */
export async function prepareServer(payload: Payload): Promise<void> {
  if (!process.env.NEXT_RUNTIME || process.env.NODE_ENV !== 'production') return
  try {
    const logins = await bootstrap(payload, { seed: process.env.SEED_DEMO !== 'false' })
    printLogins(logins, process.env.START_PUBLIC_URL || process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`)
  } catch (error) {
    payload.logger.fatal({ err: error, msg: '数据库准备失败，服务停止 / preparing the database failed, the server stops' })
    process.exit(1)
  }
}
