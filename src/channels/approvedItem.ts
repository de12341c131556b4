import type { CollectionSlug, Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { DeliveryInput } from './types'

import { itemHash } from '../workflow/itemHash'
import { articleImages } from './wechat/articleHtml'
import { DeliveryError } from './types'
import { notPublicReason } from '../disclosure/modes'
import { settingsOf } from '../settings'

export type ApprovedItem = Record<string, unknown> & { id: number | string; title?: string }

/** A collection's own channel body (the annual report's summary as rich text). */
export type ChannelBody = (item: ApprovedItem, context: { serverURL: string }) => unknown

/**
 * The live version of a delivery's item, with its uploads populated — but only if it is still exactly the
 * version both reviews approved. A channel never sends anything else: content edited (or a file swapped) after
 * approval, or a newer version published since, stops this delivery for good.
 */
export async function approvedItem(payload: Payload, delivery: DeliveryInput): Promise<ApprovedItem> {
  const collection = payload.collections[delivery.collection as CollectionSlug]?.config
  if (!collection) throw new DeliveryError(`未知栏目 / unknown collection ${delivery.collection}`, true)
  const read = (depth: number) =>
    payload.findByID({
      id: delivery.document,
      collection: collection.slug as CollectionSlug,
      depth,
      disableErrors: true,
      draft: false,
      overrideAccess: true,
    })
  // The hash is taken over ids (depth 0), the channels need the files themselves (depth 1).
  const [bare, doc] = (await Promise.all([read(0), read(1)])) as Array<ApprovedItem | null>
  if (!bare || !doc || bare._status !== 'published') {
    throw new DeliveryError('条目已不在发布状态，未投递 / the item is no longer published', true)
  }
  // A delivery queued before 公开方式 was checked, or by anything but the gate, still sends nothing.
  const notPublic = notPublicReason(bare.disclosureMode as null | string | undefined)
  if (notPublic) throw new DeliveryError(notPublic, true)
  const hash = await itemHash(await createLocalReq({}, payload), collection, bare)
  if (hash !== delivery.contentHash) {
    throw new DeliveryError('线上内容与审签通过的版本不一致，未投递 / the live content is not the approved version', true)
  }
  return doc
}

/**
 * The item's main rich text (body, or a meeting's decisions): the collection's first rich-text field, or
 * what its own `channelBody` makes of the item (the annual report's summary; src/publishable.ts).
 */
export function richTextBody(payload: Payload, item: ApprovedItem, collection: string): unknown {
  const config = payload.collections[collection as CollectionSlug].config
  const made = settingsOf(payload.config).publishable[collection]?.channelBody
  if (made) return made(item, { serverURL: payload.config.serverURL })
  const field = config.fields.find((f) => f.type === 'richText' && 'name' in f)
  return field && 'name' in field ? item[field.name] : undefined
}

export type MediaDoc = {
  filename?: string
  id: number | string
  mimeType?: string
  sizes?: Record<string, { filename?: null | string } | undefined>
  url?: null | string
}

/** The media documents of the images in a rich-text body, by id: one query for all of them. */
export async function bodyMedia(payload: Payload, body: unknown): Promise<Map<string, MediaDoc>> {
  const ids = articleImages(body)
  if (!ids.length) return new Map()
  const { docs } = await payload.find({ collection: 'media', depth: 0, overrideAccess: true, pagination: false, where: { id: { in: ids } } })
  return new Map(docs.map((doc) => [String(doc.id), doc as MediaDoc]))
}
