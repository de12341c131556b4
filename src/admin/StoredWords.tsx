'use client'
import type { DefaultCellComponentProps, StaticLabel } from 'payload'
import type { Words } from '../fields/storedWords'

import { getTranslation } from '@payloadcms/translations'
import { FieldLabel, useConfig, useField, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { labelOf } from './labels'

type WordsProps = { words: Words }

/**
 * Records the system writes (audit entries, deliveries, print jobs) keep codes — `pending-approval`,
 * `approver`, `news` — as text, so that the audit chain's hashes stay as they were; staff read them in words.
 */
function useWords(words: Words): (value: unknown) => string {
  const { i18n, t } = useTranslation()
  const { getEntityConfig } = useConfig()
  return (value) => {
    if (value == null || value === '') return '—'
    const one = (code: string) => {
      if (words !== 'collections') return labelOf(t as never, words, code) ?? code
      const labels = getEntityConfig({ collectionSlug: code })?.labels ?? getEntityConfig({ globalSlug: code })?.label
      const label = labels && typeof labels === 'object' && 'singular' in labels ? labels.singular : labels
      return label ? getTranslation(label as never, i18n) : code
    }
    return Array.isArray(value) ? value.map((v) => one(String(v))).join('、') : one(String(value))
  }
}

/** The list view's cell. */
export const WordsCell: React.FC<DefaultCellComponentProps & WordsProps> = ({ cellData, words }) => <span>{useWords(words)(cellData)}</span>

/** The document view: the label and the value in words, read-only (these records are never edited). */
export const WordsField: React.FC<{ field: { label?: StaticLabel; name: string }; path?: string } & WordsProps> = ({ field, path, words }) => {
  const name = path ?? field.name
  const { value } = useField<unknown>({ path: name })
  return (
    <div className="field-type stored-words" style={{ marginBottom: 'var(--spacing-field)' }}>
      <FieldLabel label={field.label} path={name} />
      <div>{useWords(words)(value)}</div>
    </div>
  )
}
