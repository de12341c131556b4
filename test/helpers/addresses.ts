import http from 'node:http'

let last = 1

/**
 * A client of its own as the server sees it: an HTTP agent whose connections leave from another address of
 * the loopback network (127.0.0.2, .3, …). The cache front takes the address from its socket, whatever
 * headers the client sends, so only this makes two test clients two callers (per-address limits, the audit
 * log's address). Pass it to a supertest request with `.agent(client.agent)`.
 */
export function ownAddress(): { address: string; agent: http.Agent } {
  if (++last > 254) throw new Error('no loopback addresses left (127.0.0.2–254)')
  const address = `127.0.0.${last}`
  return { address, agent: new http.Agent({ localAddress: address }) }
}

/** The address as the server records it: the front listens on both stacks and sees IPv4 clients as ::ffff:a.b.c.d. */
export const seenAs = (address: string) => new RegExp(`^(::ffff:)?${address.replaceAll('.', '\\.')}$`)
