'use client'
import type { GovPublishingKeys, GovPublishingTranslations } from '../../translations'
import type { ChangesBody } from '../workflow/changesEndpoint'
import type { FieldChange } from '../workflow/changes'
import type { DiffPart } from '../workflow/textDiff'

import { useConfig, useTranslation } from '@payloadcms/ui'
import { formatDate } from '@payloadcms/ui/shared'
import React, { useEffect, useState } from 'react'

type T = ReturnType<typeof useTranslation<GovPublishingTranslations, GovPublishingKeys>>['t']

/** Kept text plain, removed text struck out, inserted text underlined: as a marked-up copy is read. */
const Marked: React.FC<{ parts: DiffPart[] }> = ({ parts }) => (
  <>
    {parts.map((part, i) =>
      part.op === 'add' ? <ins key={i}>{part.text}</ins> : part.op === 'del' ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>,
    )}
  </>
)

const valueText = (value: FieldChange['before'], t: T) =>
  value === true
    ? t('govPublishing:changes:yes')
    : value === false
      ? t('govPublishing:changes:no')
      : value == null || value === ''
        ? null
        : String(value)

const Change: React.FC<{ change: FieldChange; t: T }> = ({ change, t }) => {
  if (change.kind === 'files') {
    return (
      <ul className="review-changes__files">
        {(change.parts ?? []).map((part, i) => (
          <li key={i}>
            <Marked parts={[part]} />
          </li>
        ))}
      </ul>
    )
  }
  if (change.parts) return <Marked parts={change.parts} />
  const before = valueText(change.before, t)
  const after = valueText(change.after, t)
  return (
    <>
      {before !== null && <del>{before}</del>}
      {before !== null && ' → '}
      {after === null ? <ins>{t('govPublishing:changes:empty')}</ins> : <ins>{after}</ins>}
    </>
  )
}

/**
 * 本次修改: what the version under review changes in what the public has now, field by field, so a reviewer
 * reads the edit instead of picking versions to compare. Never published: 新增内容, everything marked new.
 */
export const ReviewChanges: React.FC<{ url: string }> = ({ url }) => {
  const { config } = useConfig()
  const { i18n, t } = useTranslation<GovPublishingTranslations, GovPublishingKeys>()
  const [changes, setChanges] = useState<ChangesBody | null>(null)
  const [error, setError] = useState<null | string>(null)

  useEffect(() => {
    let current = true
    void fetch(`${url}/changes`, { credentials: 'include' }).then(async (response) => {
      const body = await response.json().catch(() => ({}))
      if (!current) return
      if (response.ok) setChanges(body as ChangesBody)
      else setError(body.errors?.[0]?.message ?? response.statusText)
    })
    return () => {
      current = false
    }
  }, [url])

  if (error) {
    return (
      <p className="review-changes review-changes__error" role="alert">
        {t('govPublishing:changes:failed')}
        {error}
      </p>
    )
  }
  if (!changes) return null
  const { base, fields } = changes
  return (
    <section className="review-changes">
      <h5>{base ? t('govPublishing:changes:title') : t('govPublishing:changes:newTitle')}</h5>
      <p className="review-changes__base">
        {!base
          ? t('govPublishing:changes:neverPublished')
          : base.publishedAt
            ? t('govPublishing:changes:against', { date: formatDate({ date: base.publishedAt, i18n, pattern: config.admin.dateFormat }) })
            : t('govPublishing:changes:againstUndated')}
      </p>
      {base && fields.length === 0 ? (
        <p className="review-changes__none">{t('govPublishing:changes:none')}</p>
      ) : (
        <dl>
          {fields.map((change) => (
            <React.Fragment key={change.field}>
              <dt>{change.label}</dt>
              <dd data-field={change.field}>
                <Change change={change} t={t} />
              </dd>
            </React.Fragment>
          ))}
        </dl>
      )}
    </section>
  )
}
