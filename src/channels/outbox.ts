import type { PayloadRequest } from 'payload'

import type { Channel } from '../fields/disclosure'
import type { DeliveryAction } from './types'
import { aboutItem } from '../fields/itemRef'
import { notPublicReason } from '../disclosure/modes'
import { refusal } from '../errors'

type Item = { channels?: Channel[] | null; disclosureMode?: null | string; id: number | string; title?: null | string }

/**
 * Queues one delivery per channel inside the request's transaction: a publication or withdrawal that rolls
 * back leaves nothing queued. A channel the item went out on before gets an update. The deliveries are the
 * queue itself (src/channels/runner.ts takes them from there).
 */
export async function queueDeliveries(
  req: PayloadRequest,
  collection: string,
  item: Item,
  contentHash: string,
  action: 'publish' | 'withdraw',
): Promise<void> {
  // A take-down always goes out; a publication only for what its 公开方式 lets reach the public.
  const notPublic = action === 'publish' ? notPublicReason(item.disclosureMode) : null
  if (notPublic) throw refusal(notPublic, 400, 'disclosure-mode')
  const earlier = await req.payload.find({
    collection: 'deliveries',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { channel: true },
    where: aboutItem(collection, item.id, { action: { in: ['publish', 'update'] } }),
  })
  const sentTo = new Set(earlier.docs.map((d) => d.channel))
  // A withdrawal takes the item down wherever it went; a publication goes where the item says.
  const channels = action === 'withdraw' ? [...sentTo] : item.channels?.length ? item.channels : ['website' as const]
  for (const channel of channels) {
    const kind: DeliveryAction = action === 'withdraw' ? 'withdraw' : sentTo.has(channel) ? 'update' : 'publish'
    await req.payload.create({
      collection: 'deliveries',
      data: { action: kind, channel, collection, contentHash, document: String(item.id), documentTitle: item.title ?? null, status: 'queued' },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}
