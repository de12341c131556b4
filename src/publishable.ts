import type { CollectionConfig, CollectionSlug } from 'payload'

import type { PublishableSteps } from './settings'

import { AnnualReports } from '../collections/AnnualReports'
import { Meetings } from '../collections/Meetings'
import { News } from '../collections/News'
import { Organ } from '../collections/Organ'
import { Policies } from '../collections/Policies'
import { PolicyInterpretations } from '../collections/PolicyInterpretations'
import { WechatReplies } from '../collections/WechatReplies'
import { beforeReportSubmit, reportChecks } from './report/submit'
import { reportSummary } from './report/summary'

/** A collection whose items pass review and go out on the channels, with its own steps. */
export type Publishable = PublishableSteps & { collection: CollectionConfig }

/**
 * The registry: every publishable collection, in the admin's order. The plugin gives each the review gate,
 * the disclosure metadata and the channels; code that runs later finds the list and the steps through
 * `settingsOf(config).publishable`.
 */
export const PUBLISHABLE: Publishable[] = [
  { collection: News },
  { collection: Policies },
  { collection: PolicyInterpretations },
  { collection: Meetings },
  { beforeSubmit: beforeReportSubmit, channelBody: reportSummary, checks: reportChecks, collection: AnnualReports },
]

export const PUBLISHABLE_SLUGS = PUBLISHABLE.map((p) => p.collection.slug as CollectionSlug)

/** Reviewed like an item but sent out on no channel: their texts reach the public as answers and details. */
export const REVIEWED_COLLECTIONS: CollectionConfig[] = [WechatReplies]
export const REVIEWED_GLOBALS = [Organ]
