'use client'
import type { JSONFieldClientComponent } from 'payload'

import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'
import React from 'react'

/**
 * A JSON value the system keeps (what a channel answered), shown as text. Payload's JSON field is the Monaco
 * editor, which it loads from cdn.jsdelivr.net at run time: out of reach from government networks, so the
 * view failed with a page error there.
 */
export const JsonView: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  return (
    <div className="field-type json-view" style={{ marginBottom: 'var(--spacing-field)' }}>
      <FieldLabel label={field.label} path={path} />
      <pre style={{ background: 'var(--theme-elevation-50)', margin: 0, overflowX: 'auto', padding: '8px 12px', whiteSpace: 'pre-wrap' }}>
        {value == null ? '—' : JSON.stringify(value, null, 2)}
      </pre>
      <FieldDescription description={field.admin?.description} path={path ?? field.name} />
    </div>
  )
}
