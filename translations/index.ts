import type { NestedKeysStripped, TFunction } from '@payloadcms/translations'

import { en } from './en'
import { type GovPublishingTranslations, zh } from './zh'

export { en, type GovPublishingTranslations, zh }

/** Our words per admin language, merged into `config.i18n.translations` by the plugin. */
export const translations = { en, zh }

/** Every key of our words, e.g. `govPublishing:states:draft`. */
export type GovPublishingKeys = NestedKeysStripped<GovPublishingTranslations>

/** Payload's `t` typed for our keys (server components get `i18n` untyped for them). */
export type GovPublishingT = TFunction<GovPublishingKeys>

type Words = GovPublishingTranslations['govPublishing']
/** The groups of words keyed by stored values. */
export type LabelGroup = 'actions' | 'channels' | 'deliveryStatuses' | 'roles' | 'states'
type Label = { en: string; zh: string }

/**
 * A group of our words as the `{ en, zh }` labels Payload's select options take, so that the words themselves
 * stay here only; keyed by the group's keys, so a caller typed by its values sees a missing one.
 */
export const labelsOf = <G extends LabelGroup>(group: G): Record<keyof Words[G], Label> =>
  Object.fromEntries(
    Object.entries(zh.govPublishing[group]).map(([key, text]) => [key, { en: (en.govPublishing[group] as Record<string, string>)[key]!, zh: text }]),
  ) as Record<keyof Words[G], Label>

/** A server component's `i18n.t` (typed by Payload for its own keys only) as the `t` of our keys. */
export const govPublishingT = (i18n: { t: unknown }): GovPublishingT => i18n.t as GovPublishingT
