/**
 * The public read cache as its own small process (started by `npm start`): listens on FRONT_PORT, answers
 * anonymous reads of published content from memory and passes everything else to UPSTREAM_URL (Next).
 * Loads no database adapter and no Payload: only the version token is read from DATABASE_URL.
 */
import { DEFAULT_DATABASE_URL } from '../infra/databaseUrl'
import { PUBLIC_COLLECTIONS, PUBLIC_GLOBALS } from '../publicCache/publicContent'
import { createFront, publicPaths } from '../publicCache/front'
import { FreshVersion, versionSource } from '../publicCache/versions'

const source = versionSource(process.env.DATABASE_URL || DEFAULT_DATABASE_URL)
const front = createFront({
  isPublic: publicPaths(PUBLIC_COLLECTIONS, PUBLIC_GLOBALS),
  maxBytes: Number(process.env.PUBLIC_CACHE_MB || 64) * 1024 * 1024,
  upstream: new URL(process.env.UPSTREAM_URL!),
  version: new FreshVersion(source),
})
front.server.listen(Number(process.env.FRONT_PORT || 0), process.env.FRONT_HOST || undefined, () => {
  console.log(`ready ${(front.server.address() as { port: number }).port}`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    front.server.close(() => source.close().finally(() => process.exit(0)))
    // Idle keep-alive connections would hold the process open until their timeout.
    front.server.closeIdleConnections()
  })
}
