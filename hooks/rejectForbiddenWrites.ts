import type { CollectionConfig, Field, FieldAccess, FieldHook } from 'payload'

import { refusal } from '../src/errors'

import { canonical } from '../src/workflow/contentHash'

const isEmpty = (value: unknown) => canonical(value, false) === undefined

/** Equal as content: key order, empty values and row ids do not count (forms send them back differently). */
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a, false)) === JSON.stringify(canonical(b, false))

/** What a form sends for a field it only displays: nothing, or the field's default (per sub-field of a group). */
function isDefault(field: Field, value: unknown): boolean {
  if (isEmpty(value)) return true
  if (field.type === 'group' && value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).every(([key, sub]) => {
      const child = field.fields.find((f) => 'name' in f && f.name === key)
      return child ? isDefault(child, sub) : isEmpty(sub)
    })
  }
  const fallback = 'defaultValue' in field ? field.defaultValue : undefined
  return typeof fallback !== 'function' && same(value, fallback)
}

const labelOf = (field: { label?: unknown; name: string }, lang: 'en' | 'zh') => {
  const label = field.label as Record<string, string> | string | undefined
  return typeof label === 'object' ? (label[lang] ?? field.name) : (label ?? field.name)
}

/**
 * Payload silently drops a write to a field the user may not write. For protected fields that hides a
 * rejected attempt (and loses the user's edit without a word), so an actual change is refused with 403
 * instead; sending back the value the document already has (as the admin form does) stays allowed.
 */
function guard(field: Field & { access?: { create?: FieldAccess; update?: FieldAccess }; label?: unknown; name: string }): FieldHook {
  return async ({ data, operation, originalDoc, overrideAccess, req, siblingData, value }) => {
    if (overrideAccess || (operation !== 'create' && operation !== 'update')) return value
    const access = field.access?.[operation]
    if (!access || (operation === 'create' ? isDefault(field, value) : same(value, originalDoc?.[field.name]))) return value
    if (await access({ id: originalDoc?.id, data, doc: originalDoc, req, siblingData })) return value
    throw refusal(`无权修改字段“${labelOf(field, 'zh')}” / You may not change the field “${labelOf(field, 'en')}”`, 403)
  }
}

function guardFields(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: guardFields(field.fields) }
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ('name' in tab && tab.name ? tab : { ...tab, fields: guardFields(tab.fields) })) }
    }
    if (field.type === 'ui' || !('name' in field) || !('access' in field) || !field.access) return field
    if (!field.access.create && !field.access.update) return field
    const hooks = field.hooks ?? {}
    return { ...field, hooks: { ...hooks, beforeValidate: [guard(field), ...(hooks.beforeValidate ?? [])] } } as Field
  })
}

/** Applies the guard to every top-level field with create or update access rules. */
export function rejectForbiddenWrites(collection: CollectionConfig): CollectionConfig {
  return { ...collection, fields: guardFields(collection.fields) }
}
