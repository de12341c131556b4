import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import http from 'node:http'
import { handleEndpoints } from 'payload'

import { withConditionalGet } from '../../src/channels/conditionalGet'

async function readBody(req: http.IncomingMessage): Promise<Buffer | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Payload's REST and GraphQL handlers on a plain Node listener: the real HTTP path without a Next build. */
export function listen(config: SanitizedConfig): http.Server {
  const graphql = GRAPHQL_POST(Promise.resolve(config))
  // As the app's REST route does: conditional GETs for the website.
  const conditionalRest = withConditionalGet((request: Request) => handleEndpoints({ config, request }))
  return http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
      const headers = new Headers()
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value)
      }
      const body = await readBody(req)
      const request = new Request(url, { body: body && new Uint8Array(body), headers, method: req.method })
      const response = url.pathname === '/api/graphql' && req.method === 'POST' ? await graphql(request) : await conditionalRest(request, undefined)
      const out: Record<string, string | string[]> = {}
      response.headers.forEach((value, key) => (out[key] = value))
      const cookies = response.headers.getSetCookie()
      if (cookies.length) out['set-cookie'] = cookies
      res.writeHead(response.status, out)
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    }
  })
}
