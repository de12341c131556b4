import { BlockList, isIP } from 'node:net'

import { settingsOf } from './settings'

/** Whether an address is a proxy whose X-Forwarded-For hop is believed. */
export type TrustedProxies = (address: string) => boolean

/** `TRUSTED_PROXIES` when unset: a reverse proxy on this host (nginx in front of `npm start`). */
export const DEFAULT_TRUSTED_PROXIES = ['127.0.0.1', '::1']

/** An IPv4 client as a dual-stack socket reports it (::ffff:a.b.c.d) is the IPv4 address. */
export const plainAddress = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')

/**
 * The trusted proxies from a list of IPs and CIDRs (`TRUSTED_PROXIES`, comma-separated); a wrong entry stops
 * the start rather than trusting something else.
 */
export function trustedProxies(entries: readonly string[] = DEFAULT_TRUSTED_PROXIES): TrustedProxies {
  const list = new BlockList()
  for (const raw of entries) {
    const entry = raw.trim()
    if (!entry) continue
    const [address = '', bits] = entry.split('/')
    const type = isIP(address) === 6 ? 'ipv6' : isIP(address) === 4 ? 'ipv4' : null
    const prefix = bits === undefined ? undefined : Number(bits)
    if (!type || (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= (type === 'ipv4' ? 32 : 128)))) {
      throw new Error(`TRUSTED_PROXIES: “${entry}” 不是 IP 地址或 CIDR / is not an IP address or CIDR`)
    }
    if (prefix === undefined) list.addAddress(address, type)
    else list.addSubnet(address, prefix, type)
  }
  return (address) => {
    const plain = plainAddress(address)
    const type = isIP(plain)
    return type !== 0 && list.check(plain, type === 6 ? 'ipv6' : 'ipv4')
  }
}

/**
 * The caller's address. Next listens on 127.0.0.1 behind the cache front (src/publicCache/front.ts), which
 * appends the address it saw on its socket to X-Forwarded-For: the last hop is the front's peer, and every
 * earlier hop is only as good as the proxy that wrote it. So the hops are read from the right, passing over
 * trusted proxies; the first other hop is the client. A client cannot step further in by writing hops
 * itself: its own socket address stands right of anything it wrote, and it is no trusted proxy.
 */
export function clientAddress(headers: Headers | undefined, trusted: TrustedProxies): null | string {
  const hops = (headers?.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => plainAddress(hop.trim()))
    .filter(Boolean)
  for (let i = hops.length - 1; i > 0; i--) if (!trusted(hops[i]!)) return hops[i]!
  // Only trusted proxies on the way: the farthest hop they name.
  return hops[0] ?? null
}

type WithSettings = { headers?: Headers; payload: { config: { custom?: Record<string, unknown> } } }

/** The caller's address under the trusted proxies the plugin was given (govPublishing({ trustedProxies })). */
export const requestAddress = (req: WithSettings): null | string => clientAddress(req.headers, settingsOf(req.payload.config).trustedProxies)
