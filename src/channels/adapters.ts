import type { Channel } from '../fields/disclosure'
import type { ChannelSettings } from '../settings'
import type { BatchChannelAdapter, ChannelAdapter } from './types'

import { deliverToNoticeboard } from './noticeboard/deliver'
import { deliverToWebsite } from './website'
import { deliverToWechat } from './wechat/deliver'

/** How each channel takes its deliveries: one at a time (several side by side), or a batch in one call. */
export type ChannelRun<Settings> = { batch: BatchChannelAdapter<Settings> } | { each: ChannelAdapter<Settings> }

export const ADAPTERS: { [C in Channel]: ChannelRun<ChannelSettings[C]> } = {
  noticeboard: { each: deliverToNoticeboard },
  website: { batch: deliverToWebsite },
  wechat: { each: deliverToWechat },
}
