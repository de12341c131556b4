import net from 'node:net'

/** Binds `port` (0: the OS picks one) on 127.0.0.1 and lets it go again: the port it got, or null when taken. */
function probe(port: number): Promise<null | number> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(null))
    server.listen(port, '127.0.0.1', () => {
      const { port: got } = server.address() as net.AddressInfo
      server.close(() => resolve(got))
    })
  })
}

/** A TCP port on 127.0.0.1 that nothing listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const port = await probe(0)
  if (port === null) throw new Error('no free port')
  return port
}

/**
 * A free port in [from, from + count): for servers started side by side whose ports are chosen before they
 * listen. The OS picks its own from the ephemeral range (32768–60999 on Linux), where every outgoing connection
 * takes one too — under load one of those could take the port between the pick and the listen.
 */
export async function freePortIn(from: number, count: number): Promise<number> {
  const start = Math.floor(Math.random() * count)
  for (let i = 0; i < count; i++) {
    const port = await probe(from + ((start + i) % count))
    if (port !== null) return port
  }
  throw new Error(`no free port in ${from}–${from + count - 1}`)
}
