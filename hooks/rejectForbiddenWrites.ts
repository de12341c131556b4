import type { CollectionConfig, Field, FieldAccess, FieldHook } from 'payload'

import { APIError } from 'payload'

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

const same = (a: unknown, b: unknown) => (isEmpty(a) && isEmpty(b)) || JSON.stringify(a) === JSON.stringify(b)

const labelOf = (field: { label?: unknown; name: string }, lang: 'en' | 'zh') => {
  const label = field.label as Record<string, string> | string | undefined
  return typeof label === 'object' ? (label[lang] ?? field.name) : (label ?? field.name)
}

/**
 * Payload silently drops a write to a field the user may not write. For protected fields that hides a
 * rejected attempt (and loses the user's edit without a word), so an actual change is refused with 403
 * instead; sending back the value the document already has (as the admin form does) stays allowed.
 */
function guard(field: { access?: { create?: FieldAccess; update?: FieldAccess }; label?: unknown; name: string }): FieldHook {
  return async ({ data, operation, originalDoc, overrideAccess, req, siblingData, value }) => {
    if (overrideAccess || (operation !== 'create' && operation !== 'update')) return value
    const access = field.access?.[operation]
    if (!access || same(value, originalDoc?.[field.name])) return value
    if (await access({ id: originalDoc?.id, data, doc: originalDoc, req, siblingData })) return value
    throw new APIError(
      `无权修改字段“${labelOf(field, 'zh')}” / You may not change the field “${labelOf(field, 'en')}”`,
      403,
    )
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
