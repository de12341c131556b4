/**
 * A server the read path is compared with (this system is `npm start` itself), in its own process, printing
 * `ready <port>` when it listens:
 *   plain <db>            plain Payload 3 with an equivalent collection (seeds 10,000 items when empty), its REST
 *                         handlers on a plain Node listener: no Next, so if anything faster than under Next
 *   bare <dir>            a bare Node http server sending the same bytes (files list.json, item.json)
 */
import { readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { getPayload } from 'payload'

const [mode, arg] = process.argv.slice(2)
const ITEMS = Number(process.env.BENCH_ITEMS || 10_000)

async function listening(server: http.Server) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  console.log(`ready ${(server.address() as { port: number }).port}`)
}

switch (mode) {
  case 'plain': {
    process.env.DATABASE_URL = arg
    const { default: config } = await import('./plainConfig')
    const { listen } = await import('../../test/helpers/restListener')
    const payload = await getPayload({ config: await config })
    if ((await payload.count({ collection: 'news' })).totalDocs === 0) {
      const { seedNews } = await import('./seed')
      await seedNews(payload, ITEMS)
    }
    await listening(listen(await config))
    break
  }
  case 'bare': {
    // The same bytes and the same conditional GET, with nothing behind them.
    const files = { item: readFileSync(path.join(arg!, 'item.json')), list: readFileSync(path.join(arg!, 'list.json')) }
    const etags = { item: '"bare-item"', list: '"bare-list"' }
    await listening(
      http.createServer((req, res) => {
        const which = (req.url ?? '').startsWith('/api/news?') ? 'list' : 'item'
        if (req.headers['if-none-match'] === etags[which]) {
          res.writeHead(304, { etag: etags[which] }).end()
          return
        }
        res
          .writeHead(200, {
            'cache-control': 'public, no-cache',
            'content-length': files[which].length,
            'content-type': 'application/json',
            etag: etags[which],
          })
          .end(files[which])
      }),
    )
    break
  }
  default:
    throw new Error(`unknown mode ${mode}`)
}
