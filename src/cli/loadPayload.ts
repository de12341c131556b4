import type { Payload } from 'payload'

import { prepareEnv } from '../env'

/**
 * Loads .env, the config and a Payload instance for a command-line script. Run scripts with
 * `--conditions=production` (the npm scripts do): the @lexical packages' plain-Node entries pick their build
 * with a top-level `await import()`, and Node 20 can deadlock evaluating many of those at once, hanging or
 * exiting with code 13 at random; the condition selects the build directly.
 */
export async function loadPayload(): Promise<Payload> {
  prepareEnv()
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  return getPayload({ config })
}
