import type { AuditAction } from '../workflow/audit'
import type { WorkflowState } from '../workflow/machine'

import { type GovPublishingKeys, type GovPublishingT, type LabelGroup, labelsOf, zh } from '../../translations'

type Label = { en: string; zh: string }

/** Select-option labels in the two admin languages, from translations/; keyed by the types, so none can be missing. */
export const STATE_NAMES: Record<WorkflowState, Label> = labelsOf('states')

export const ACTION_NAMES: Record<AuditAction, Label> = labelsOf('actions')

/** The words for a value read back from stored data, which the types cannot vouch for. */
export const labelOf = (t: GovPublishingT, group: LabelGroup, value: string): string | undefined =>
  Object.hasOwn(zh.govPublishing[group], value) ? t(`govPublishing:${group}:${value}` as GovPublishingKeys) : undefined
