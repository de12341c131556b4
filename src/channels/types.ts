import type { Payload } from 'payload'

import type { Channel } from '../fields/disclosure'

/**
 * A delivery that failed. Permanent failures (bad configuration, refused content) are not retried; one with
 * `retryAt` (a quota used up, a channel still reviewing) waits until then without counting as a failure.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAt?: Date,
  ) {
    super(message)
    this.name = 'DeliveryError'
  }
}

export type DeliveryAction = 'publish' | 'update' | 'withdraw'

export type DeliveryInput = {
  action: DeliveryAction
  channel: Channel
  collection: string
  contentHash: string
  document: string
  /** what earlier attempts learnt from the channel (ids), so a retry continues instead of repeating */
  external: Record<string, unknown>
  id: number | string
}

export type AdapterContext<Settings> = {
  payload: Payload
  /** Saves ids learnt so far at once (committed), so a crash right after a step does not repeat it. */
  progress: (external: Record<string, unknown>, channelRef?: string) => Promise<void>
  /** The channel's own settings (src/settings.ts). */
  settings: Settings
}

/** One channel's side of a delivery; the answer is merged into the delivery's `external` ids. */
export type ChannelAdapter<Settings> = (delivery: DeliveryInput, context: AdapterContext<Settings>) => Promise<Record<string, unknown>>

/** A channel that takes a batch at once (the website: one webhook names them all); its answer goes to each. */
export type BatchChannelAdapter<Settings> = (
  deliveries: DeliveryInput[],
  context: Omit<AdapterContext<Settings>, 'progress'>,
) => Promise<Record<string, unknown>>
