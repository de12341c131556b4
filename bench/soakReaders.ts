/**
 * The soak's anonymous readers, in a process of their own: timed in the test process they would share its
 * event loop with the application server under load and measure its pauses, not the read path's.
 *
 * `fork(…, [frontUrl, readers])`; the parent sends `{ published: id }` as items go out and `{ stop: true }` at
 * the end; the answer is one `ReaderResults` message.
 */
export type ReaderResults = { errors: string[]; hits: number[]; latencies: number[] }
export type ReaderMessage = { published: number | string } | { stop: true }

const [frontUrl, readerCount] = process.argv.slice(2)
const published: Array<number | string> = []
let running = true
const results: ReaderResults = { errors: [], hits: [], latencies: [] }

const read = async () => {
  while (running) {
    const url =
      published.length && Math.random() < 0.5
        ? `/api/news/${published[Math.floor(Math.random() * published.length)]}`
        : `/api/news?limit=20&sort=-publishedAt&page=${1 + Math.floor(Math.random() * 3)}`
    const start = performance.now()
    try {
      const res = await fetch(frontUrl + url)
      const body = await res.arrayBuffer()
      const ms = performance.now() - start
      results.latencies.push(ms)
      if (res.headers.get('x-cache') === 'hit') results.hits.push(ms)
      if (res.status >= 500) results.errors.push(`read ${url} → ${res.status} ${Buffer.from(body).toString()}`)
    } catch (error) {
      // A dropped connection is a failure too: reported with the 5xx.
      results.errors.push(`read ${url} → ${(error as Error).message} ${String((error as { cause?: unknown }).cause ?? '')}`)
    }
  }
}

const loops = Array.from({ length: Number(readerCount) }, read)
process.on('message', async (message: ReaderMessage) => {
  if ('published' in message) return void published.push(message.published)
  running = false
  await Promise.all(loops)
  process.send!(results, () => process.exit(0))
})
