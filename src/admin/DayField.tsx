'use client'
import type { TextFieldClientComponent } from 'payload'

import { FieldError, FieldLabel, useField } from '@payloadcms/ui'
import React from 'react'

/**
 * A calendar day (YYYY-MM-DD, the statute counts days, not instants) picked with the browser's date picker. Stored
 * as the text it is, so no time zone ever moves a request's date of receipt or a case-log step.
 */
export const DayField: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { disabled, path, setValue, showError, value } = useField<string>({ potentiallyStalePath: pathFromProps })
  const locked = Boolean(readOnly || disabled)
  return (
    <div className={['field-type', 'text', 'day-field', showError && 'error', locked && 'read-only'].filter(Boolean).join(' ')}>
      <FieldLabel label={field.label} path={path} required={field.required} />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} />
        <input
          disabled={locked}
          id={`field-${path.replace(/\./g, '__')}`}
          name={path}
          onChange={(e) => setValue(e.target.value)}
          type="date"
          value={value ?? ''}
        />
      </div>
    </div>
  )
}
