'use client'
import type { FieldDiffClientComponent } from 'payload'

import { FieldDiffContainer, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { StoredWorkflow } from '../workflow/record'
import { labelOf } from './labels'

/**
 * The workflow record in a version comparison, in words: the state and the last decision of each side. Payload
 * would show its JSON (hashes, user ids, every finding), which tells a reviewer nothing about the content.
 */
export const WorkflowDiff: FieldDiffClientComponent = ({ comparisonValue, field, nestingLevel, versionValue }) => {
  const { i18n, t } = useTranslation()
  const words = (value: unknown) => {
    const workflow = (value ?? {}) as StoredWorkflow
    const state = workflow.state ?? 'draft'
    const last = workflow.history?.at(-1)
    return (
      <div className="workflow-diff">
        <strong>{labelOf(t as never, 'states', state) ?? state}</strong>
        {last && (
          <div>
            {labelOf(t as never, 'actions', last.action) ?? last.action}
            {last.role ? `（${labelOf(t as never, 'roles', last.role) ?? last.role}）` : ''}
            {last.comment ? `：${last.comment}` : ''}
          </div>
        )}
      </div>
    )
  }
  return (
    <FieldDiffContainer
      From={words(comparisonValue)}
      i18n={i18n}
      label={{ label: 'label' in field ? (field.label as never) : undefined }}
      nestingLevel={nestingLevel}
      To={words(versionValue)}
    />
  )
}
