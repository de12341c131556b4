import { afterAll, beforeAll, describe } from 'vitest'

import { skipReason, TEST_DB } from './database'
import { startServer, type TestServer } from './startServer'

export { startServer, type TestServer } from './startServer'

/** A describe block with its own server on the database under test, or skipped with the reason. */
export function withServer(title: string, body: (server: () => TestServer) => void): void {
  const reason = skipReason()
  describe.skipIf(Boolean(reason))(`${title} [${TEST_DB}]${reason ? ` — ${reason}` : ''}`, () => {
    let server: TestServer | undefined
    beforeAll(async () => {
      server = await startServer()
    })
    afterAll(async () => {
      await server?.close()
    })
    body(() => server!)
  })
}
