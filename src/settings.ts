import type { CollectionSlug } from 'payload'

import type { ChannelBody } from './channels/approvedItem'
import type { TrustedProxies } from './clientAddress'
import type { ReviewLevel } from './workflow/levels'
import type { BeforeSubmit, OwnChecks } from './workflow/target'

/** A publishable collection's own steps, named where the registry lists it (src/publishable.ts). */
export type PublishableSteps = {
  /** Before the machine first pass on submit: findings that block it (the annual report's validation and PDF). */
  beforeSubmit?: BeforeSubmit
  /**
   * The collection's own rules, which the 检查 button asks together with the machine first pass. A collection
   * whose `beforeSubmit` blocks on rules calls the same function there, so 检查 and 提交审核 never disagree.
   */
  checks?: OwnChecks
  /** What the channels send instead of the first rich-text field (the annual report's summary). */
  channelBody?: ChannelBody
}

/** The website channel: the signed webhook that tells the site to refresh (none configured: the site polls). */
export type WebsiteSettings = { webhookSecret?: string; webhookUrl?: string }

/** The WeChat Official Account the articles go to, and the public base URL their source links point at. */
export type WechatSettings = { apiBase: string; appId?: string; secret?: string; serverURL: string; submitSettleMs?: number }

/** The notice board: how long a printer holds a claimed job before another may take it. */
export type NoticeboardSettings = { leaseSeconds: number }

/** Each channel's own settings: an adapter is given its own, never the environment. */
export type ChannelSettings = { noticeboard: NoticeboardSettings; website: WebsiteSettings; wechat: WechatSettings }

/** How deliveries run: in the web server or a separate worker, how many per run, how often, how soon a retry. */
export type DeliverySettings = { batch: number; inServer: boolean; pollMs: number; retryBaseMs: number }

/**
 * What the plugin settled at start, kept in the config for the code that runs later: read it with `settingsOf`,
 * never from `process.env` or the plugin's options. (One organ's today; the shape leaves room for per-organ
 * channel settings.)
 */
export type GovPublishingSettings = {
  channels: ChannelSettings
  deliveries: DeliverySettings
  /** Publishable collections by slug (items that go out on the channels), with their own steps. */
  publishable: Record<string, PublishableSteps>
  /** Everything that passes review before the public receives it: the items, the auto-replies, the organ's details. */
  reviewed: string[]
  /** Anonymous disclosure requests one address may file in ten minutes. */
  requestsPer10Min: number
  reviewLevels: ReviewLevel[]
  trustedProxies: TrustedProxies
}

const KEY = 'govPublishing'

type WithCustom = { custom?: Record<string, unknown> }

/** The config with the plugin's settings in its `custom`. */
export const withSettings = <C extends WithCustom>(config: C, settings: GovPublishingSettings): C => ({
  ...config,
  custom: { ...config.custom, [KEY]: settings },
})

/** The plugin's settings in a (sanitized) config. */
export function settingsOf(config: WithCustom): GovPublishingSettings {
  const settings = config.custom?.[KEY] as GovPublishingSettings | undefined
  if (!settings) throw new Error('govPublishing settings missing: the plugin is not in this config')
  return settings
}

/** The slugs of the publishable collections. */
export const publishableSlugs = (config: WithCustom): CollectionSlug[] => Object.keys(settingsOf(config).publishable) as CollectionSlug[]
