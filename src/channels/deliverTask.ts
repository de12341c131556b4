import type { PayloadRequest, TaskConfig } from 'payload'

import type { Channel } from '../fields/disclosure'
import type { ChannelAdapter, DeliveryInput } from './types'

import { DELIVER_TASK } from './outbox'
import { DeliveryError } from './types'
import { deliverToWebsite } from './website'

const ADAPTERS: Record<Channel, ChannelAdapter> = {
  noticeboard: async () => {
    throw new DeliveryError('公示栏渠道尚未接入 / the notice-board channel is not available yet', true)
  },
  website: deliverToWebsite,
  wechat: async () => {
    throw new DeliveryError('微信公众号渠道尚未接入 / the WeChat channel is not available yet', true)
  },
}

/** Attempts before a delivery counts as failed; between them Payload waits base × 2^n. */
export const MAX_ATTEMPTS = 8

const update = (req: PayloadRequest, id: number | string, data: Record<string, unknown>) =>
  req.payload.update({ id, collection: 'deliveries', data: data as never, depth: 0, overrideAccess: true, req })

/**
 * Runs one delivery. A transient failure throws, and Payload's job queue retries it with exponential backoff;
 * a permanent one, or the last attempt, marks the delivery failed for an admin to look at and retry.
 */
export const deliverTask = (retryBaseMs: number): TaskConfig<'deliver'> => ({
  slug: DELIVER_TASK,
  handler: async ({ input, req }) => {
    const found = await req.payload.findByID({ id: input.delivery, collection: 'deliveries', depth: 0, disableErrors: true, overrideAccess: true, req })
    if (!found || found.status === 'delivered' || found.status === 'withdrawn') return { output: {} }
    const attempts = (found.attempts ?? 0) + 1
    await update(req, found.id, { attempts, status: 'sending' })
    const delivery: DeliveryInput = {
      action: found.action,
      channel: found.channel,
      collection: found.collection,
      contentHash: found.contentHash,
      document: found.document,
      external: (found.external as Record<string, unknown> | null) ?? {},
      id: found.id,
    }
    try {
      const external = await ADAPTERS[delivery.channel](delivery, process.env)
      const done = delivery.action === 'withdraw' ? 'withdrawn' : 'delivered'
      await update(req, found.id, { deliveredAt: new Date().toISOString(), external: { ...delivery.external, ...external }, lastError: null, status: done })
      if (done === 'withdrawn') await markTakenDown(req, delivery)
      return { output: {} }
    } catch (error) {
      const message = (error as Error).message
      const final = (error instanceof DeliveryError && error.permanent) || attempts >= MAX_ATTEMPTS
      await update(req, found.id, { lastError: message, status: final ? 'failed' : 'queued' })
      req.payload.logger.warn({ msg: `投递失败 / delivery ${found.id} (${delivery.channel}) attempt ${attempts}: ${message}` })
      if (!final) throw error
      return { output: {} }
    }
  },
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  label: '渠道投递 / Channel delivery',
  retries: { attempts: MAX_ATTEMPTS, backoff: { delay: retryBaseMs, type: 'exponential' } },
})

/** After a take-down, the item's earlier deliveries on that channel are withdrawn too. */
async function markTakenDown(req: PayloadRequest, delivery: DeliveryInput) {
  await req.payload.update({
    collection: 'deliveries',
    data: { status: 'withdrawn' },
    overrideAccess: true,
    req,
    where: {
      and: [
        { collection: { equals: delivery.collection } },
        { document: { equals: delivery.document } },
        { channel: { equals: delivery.channel } },
        { status: { equals: 'delivered' } },
      ],
    },
  })
}
