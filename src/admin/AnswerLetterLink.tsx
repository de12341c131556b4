'use client'
import type { GovPublishingKeys, GovPublishingTranslations } from '../../translations'

import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

/** The 答复书 of a request, once its outcome is saved (the letter is made from the saved record, not the form). */
export const AnswerLetterLink: React.FC = () => {
  const { t } = useTranslation<GovPublishingTranslations, GovPublishingKeys>()
  const { id, initialData } = useDocumentInfo()
  const { config } = useConfig()
  const outcome = useFormFields(([fields]) => fields.outcome?.value)
  const saved = Boolean(outcome) && outcome === (initialData as { outcome?: unknown } | undefined)?.outcome
  return (
    <div className="answer-letter field-type">
      <h5>{t('govPublishing:requests:answerLetter')}</h5>
      {id && saved ? (
        <a href={`${config.serverURL}${config.routes.api}/disclosure-requests/${id}/answer.pdf`} rel="noopener" target="_blank">
          {t('govPublishing:requests:openAnswerLetter')}
        </a>
      ) : (
        <p>{t('govPublishing:requests:answerLetterNeedsOutcome')}</p>
      )}
    </div>
  )
}
