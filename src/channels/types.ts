import type { Channel } from '../fields/disclosure'

/** A delivery that failed. Permanent failures (bad configuration, refused content) are not retried. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
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

/** One channel's side of a delivery; the answer is merged into the delivery's `external` ids. */
export type ChannelAdapter = (delivery: DeliveryInput, env: NodeJS.ProcessEnv) => Promise<Record<string, unknown>>
