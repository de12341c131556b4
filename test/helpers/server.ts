import { afterAll, beforeAll, describe } from 'vitest'

import { skipReason, TEST_DB } from './database'
import { startServer, type TestServer } from './startServer'

export { startServer, type TestServer } from './startServer'

export type WithServerOptions = {
  /** the server's settings, computed before it starts (after fakes it should talk to are listening) */
  env?: () => Promise<Record<string, string>> | Record<string, string>
}

/** A describe block with its own shipped server on the database under test, or skipped with the reason. */
export function withServer(title: string, body: (server: () => TestServer) => void, options: WithServerOptions = {}): void {
  const reason = skipReason()
  describe.skipIf(Boolean(reason))(`${title} [${TEST_DB}]${reason ? ` — ${reason}` : ''}`, () => {
    let server: TestServer | undefined
    beforeAll(async () => {
      server = await startServer({ env: await options.env?.() })
    })
    afterAll(async () => {
      await server?.close()
    })
    body(() => server!)
  })
}
