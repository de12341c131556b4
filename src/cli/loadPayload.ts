import type { Payload } from 'payload'

import { prepareEnv } from '../env'

/**
 * Loads .env, the config and a Payload instance for a command-line script. Importing the lexical editor
 * outside Next waits on an unref'd timer: with nothing else keeping Node's event loop alive the process
 * would exit mid-import (code 13, "unsettled top-level await"), so a timer holds it open meanwhile.
 */
export async function loadPayload(): Promise<Payload> {
  const keepAlive = setInterval(() => {}, 1000)
  try {
    prepareEnv()
    // The editor first: loaded after payload, its import cycle can stall for good.
    await import('@payloadcms/richtext-lexical')
    const { getPayload } = await import('payload')
    const { default: config } = await import('../payload.config')
    return await getPayload({ config })
  } finally {
    clearInterval(keepAlive)
  }
}
