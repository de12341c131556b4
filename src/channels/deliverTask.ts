import type { PayloadRequest, TaskConfig } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { Channel } from '../fields/disclosure'
import type { ChannelSettings } from '../settings'
import type { ChannelAdapter, DeliveryInput } from './types'

import { settingsOf } from '../settings'

import { claimDelivery } from './claimDelivery'
import { DELIVER_TASK, queueDeliveryJob } from './outbox'
import { DeliveryError } from './types'
import { deliverToNoticeboard } from './noticeboard/deliver'
import { deliverToWebsite } from './website'
import { deliverToWechat } from './wechat/deliver'
import { aboutItem } from '../fields/itemRef'

const ADAPTERS: { [C in Channel]: ChannelAdapter<ChannelSettings[C]> } = {
  noticeboard: deliverToNoticeboard,
  website: deliverToWebsite,
  wechat: deliverToWechat,
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
  handler: async ({ input, job, req }) => {
    const found = await req.payload.findByID({
      id: input.delivery,
      collection: 'deliveries',
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
    })
    if (!found || found.status === 'delivered' || found.status === 'withdrawn') return { output: {} }
    if (!(await claimDelivery(req.payload, found.id, String(job.id)))) {
      req.payload.logger.info({ msg: `投递 ${found.id} 正由另一任务处理 / delivery ${found.id} is being run by another job` })
      return { output: {} }
    }
    const attempts = (found.attempts ?? 0) + 1
    await update(req, found.id, { attempts, status: 'sending' })
    const delivery: DeliveryInput = {
      action: found.action,
      channel: found.channel,
      collection: found.collection,
      contentHash: found.contentHash,
      document: found.document,
      external: found.external ?? {},
      id: found.id,
    }
    let known = delivery.external
    const progress = async (patch: Record<string, unknown>, channelRef?: string) => {
      known = { ...known, ...patch }
      await update(req, found.id, { external: known, ...(channelRef ? { channelRef } : {}) })
    }
    try {
      const channels = settingsOf(req.payload.config).channels
      const run = <C extends Channel>(channel: C) => ADAPTERS[channel](delivery, { payload: req.payload, progress, settings: channels[channel] })
      const external = await run(delivery.channel)
      const done = delivery.action === 'withdraw' ? 'withdrawn' : 'delivered'
      // One commit: neither a reader nor a crash between the two writes may find the take-down done while the
      // earlier deliveries still say delivered (a withdrawn delivery never runs again to correct them).
      const ownTransaction = await initTransaction(req)
      try {
        await update(req, found.id, {
          deliveredAt: new Date().toISOString(),
          external: { ...known, ...external },
          lastError: null,
          runUntil: null,
          status: done,
        })
        if (done === 'withdrawn') await markTakenDown(req, delivery)
        if (ownTransaction) await commitTransaction(req)
      } catch (error) {
        // A caller's transaction is the caller's to end.
        if (ownTransaction) await killTransaction(req)
        throw error
      }
      return { output: {} }
    } catch (error) {
      const message = (error as Error).message
      if (error instanceof DeliveryError && error.retryAt) {
        // Waiting is not failing: a new job at that time, the attempts left untouched.
        await update(req, found.id, { attempts: attempts - 1, lastError: message, runUntil: null, status: 'queued' })
        await queueDeliveryJob(req.payload, found, { req, waitUntil: error.retryAt })
        return { output: {} }
      }
      const final = (error instanceof DeliveryError && error.permanent) || attempts >= MAX_ATTEMPTS
      await update(req, found.id, { lastError: message, runUntil: null, status: final ? 'failed' : 'queued' })
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
    where: aboutItem(delivery.collection, delivery.document, { channel: { equals: delivery.channel } }, { status: { equals: 'delivered' } }),
  })
}
