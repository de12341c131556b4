'use client'
import type { GovPublishingKeys, GovPublishingTranslations } from '../../translations'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { labelOf } from './labels'

/**
 * The header's status of a reviewed item: where it is in 分级审核, as the workflow panel says, instead of
 * Payload's draft/published (an item waiting for 审签 is a draft to Payload).
 */
export const WorkflowStatus: React.FC = () => {
  const { data, hasPublishedDoc, id } = useDocumentInfo()
  const { t } = useTranslation<GovPublishingTranslations, GovPublishingKeys>()
  if (!id && !data?.workflow) return null
  const state = (data?.workflow as { state?: string } | undefined)?.state ?? 'draft'
  const text = `${labelOf(t, 'states', state) ?? state}${hasPublishedDoc && state !== 'published' && state !== 'withdrawn' ? t('govPublishing:workflow:liveStays') : ''}`
  return (
    <div className="status" title={`${t('govPublishing:workflow:state')}: ${text}`}>
      <div className="status__value-wrap">
        <span className="status__label">{t('govPublishing:workflow:state')}: </span>
        <span className="status__value">{text}</span>
      </div>
    </div>
  )
}
