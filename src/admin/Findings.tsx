'use client'
import type { GovPublishingKeys, GovPublishingTranslations } from '../../translations'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { excerptParts } from '../checks/text'

export type ShownFinding = {
  end: number
  excerpt: string
  field?: string
  file?: string
  message: string
  /** the field in words, where a path would mean nothing to the editor */
  place?: string
  rule: string
  severity: 'block' | 'warn'
  start: number
  suggestion: null | string
}

/** Findings of the machine first pass, each with its place in the text highlighted and the suggested form. */
export const Findings: React.FC<{ findings: ShownFinding[]; title: string }> = ({ findings, title }) => {
  const { t } = useTranslation<GovPublishingTranslations, GovPublishingKeys>()
  return (
    <div className="check-findings">
      <h5>{title}</h5>
      {findings.length === 0 ? (
        <p className="check-findings__none">{t('govPublishing:findings:none')}</p>
      ) : (
        <ul>
          {findings.map((f, i) => {
            const [before, match, after] = excerptParts(f)
            return (
              <li className={`check-findings__item check-findings__item--${f.severity}`} key={i}>
                <strong>{t(`govPublishing:findings:${f.severity}`)}</strong>
                {f.place ? ` · ${f.place}` : f.field ? ` · ${f.field}${f.file ? `（${f.file}）` : ''}` : ''}
                <div>{f.message}</div>
                <div className="check-findings__excerpt">
                  {before}
                  <mark>{match}</mark>
                  {after}
                </div>
                {f.suggestion !== null && (
                  <div className="check-findings__suggestion">
                    {t('govPublishing:findings:suggestion')}
                    {f.suggestion || t('govPublishing:findings:deleteIt')}
                  </div>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
