'use client'
import type { GovPublishingKeys, GovPublishingTranslations } from '../../translations'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { excerptParts } from '../checks/text'
import { pathLabel } from '../fields/pathLabel'
import { inLanguage } from '../inLanguage'

export type ShownFinding = {
  end: number
  excerpt: string
  field?: string
  file?: string
  mediaField?: 'alt' | 'caption' | 'filename'
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
  const { i18n, t } = useTranslation<GovPublishingTranslations, GovPublishingKeys>()
  const { collectionSlug, globalSlug } = useDocumentInfo()
  const { getEntityConfig } = useConfig()
  const entity = getEntityConfig(collectionSlug ? { collectionSlug } : { globalSlug: globalSlug! })
  // Where the finding is, in the form's own words: 摘要, 正文, 附件 第1项 · 文件 (photo.png) · 说明.
  const place = (f: ShownFinding) =>
    [
      f.place ?? (f.field && (entity ? pathLabel(entity.fields, f.field, i18n.language) : f.field)),
      f.file && `（${f.file}）`,
      f.mediaField && t(`govPublishing:findings:mediaFields:${f.mediaField}` as GovPublishingKeys),
    ]
      .filter(Boolean)
      .join(' ')
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
                {f.field ? ` · ${place(f)}` : ''}
                <div>{inLanguage(f.message, i18n.language)}</div>
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
