/**
 * What changed in the version under review against the version the public has: field by field, only what
 * the public is shown (not the workflow, 索引号 or other system-written fields, nor fields kept from the public).
 */
import type { Field } from 'payload'

import { lexicalText } from '../itemChecks/lexicalText'
import { idOf } from '../relationships'
import { ORGAN_TIME_ZONE } from '../time'
import { NON_CONTENT_FIELDS } from './contentHash'
import { type DiffPart, textDiff } from './textDiff'
import { labelText } from '../fields/pathLabel'

export type ChangeKind = 'files' | 'richText' | 'text' | 'value'
type Scalar = boolean | null | number | string
export type Ref = { collection: string; id: string }

/** One field of a document as the public reads it: its text, its shown value, or the documents it names. */
type Leaf = { field: string; label: string } & (
  { kind: 'files'; refs: Ref[] } | { kind: 'richText' | 'text'; text: string } | { kind: 'value'; refs?: Ref[]; value: Scalar }
)

export type FieldChange = {
  after: Scalar | string[]
  before: Scalar | string[]
  field: string
  kind: ChangeKind
  label: string
  parts?: DiffPart[]
}

type Data = Record<string, unknown>
type Labelled = { label?: unknown; name?: string }

const zhOf = (label: unknown): null | string => labelText(label, 'zh') ?? null
const labelOf = (field: Labelled) => zhOf(field.label) ?? field.name ?? ''

const dateTime = new Intl.DateTimeFormat('sv-SE', {
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  month: '2-digit',
  timeZone: ORGAN_TIME_ZONE,
  year: 'numeric',
})

/** A date as the admin shows it, on Beijing time: the day alone where the field takes a day. */
function shownDate(value: unknown, dayOnly: boolean): null | string {
  if (!value) return null
  const date = new Date(String(value))
  if (Number.isNaN(date.getTime())) return String(value)
  const text = dateTime.format(date)
  return dayOnly ? text.slice(0, 10) : text
}

type Option = string | { label: unknown; value: string }
const optionLabel = (options: Option[], value: unknown) => {
  const option = options.find((o) => (typeof o === 'string' ? o : o.value) === value)
  return option === undefined ? String(value) : typeof option === 'string' ? option : (zhOf(option.label) ?? option.value)
}

const refsOf = (value: unknown, relationTo: string | string[]): Ref[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value]).map((v) =>
    v && typeof v === 'object' && 'relationTo' in v
      ? { collection: String((v as { relationTo: unknown }).relationTo), id: idOf((v as { value: unknown }).value) }
      : { collection: Array.isArray(relationTo) ? relationTo[0]! : relationTo, id: idOf(v) },
  )

const isShown = (field: Field, top: boolean) => {
  if ('admin' in field && field.admin && (('readOnly' in field.admin && field.admin.readOnly) || ('hidden' in field.admin && field.admin.hidden)))
    return false
  // A field with a read rule of its own is kept from the public (the organ's known wrong spellings).
  if ('access' in field && field.access?.read) return false
  if ('hidden' in field && field.hidden) return false
  return !(top && 'name' in field && NON_CONTENT_FIELDS.has(field.name))
}

/** A row of an array or a block as one line: its shown values, in field order. */
function rowLine(fields: Field[], row: Data): string {
  return leavesOf(fields, row, '', [], false)
    .map((leaf) => ('text' in leaf ? leaf.text : 'value' in leaf ? (leaf.value ?? '') : leaf.refs.map((r) => r.id).join('、')))
    .filter((text) => text !== '')
    .join(' ')
}

/** Every shown field of a document, empty or not, in the order of the form (so two versions line up). */
export function leavesOf(fields: Field[], data: Data, prefix = '', labels: string[] = [], top = true): Leaf[] {
  const out: Leaf[] = []
  for (const field of fields) {
    if (!isShown(field, top)) continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          out.push(...leavesOf(tab.fields, (data[tab.name] as Data) ?? {}, `${prefix}${tab.name}.`, [...labels, labelOf(tab)], false))
        } else out.push(...leavesOf(tab.fields, data, prefix, labels, top))
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field) out.push(...leavesOf(field.fields, data, prefix, labels, top))
      continue
    }
    const value = data[field.name]
    const at = { field: `${prefix}${field.name}`, label: [...labels, labelOf(field)].join(' · ') }
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
        out.push({ ...at, kind: 'text', text: typeof value === 'string' ? value : '' })
        break
      case 'richText':
        out.push({ ...at, kind: 'richText', text: lexicalText(value).text })
        break
      case 'upload':
        out.push({ ...at, kind: 'files', refs: refsOf(value, field.relationTo as string | string[]) })
        break
      case 'relationship':
        out.push({ ...at, kind: 'value', refs: refsOf(value, field.relationTo as string | string[]), value: null })
        break
      case 'select':
      case 'radio': {
        const values = (Array.isArray(value) ? value : value == null || value === '' ? [] : [value]).map((v) =>
          optionLabel(field.options as Option[], v),
        )
        out.push({ ...at, kind: 'value', value: values.length ? values.join('、') : null })
        break
      }
      case 'date':
        out.push({ ...at, kind: 'value', value: shownDate(value, field.admin?.date?.pickerAppearance === 'dayOnly') })
        break
      case 'number':
      case 'checkbox':
        out.push({ ...at, kind: 'value', value: value == null ? null : (value as boolean | number) })
        break
      case 'group':
        out.push(...leavesOf(field.fields, (value as Data) ?? {}, `${at.field}.`, [...labels, labelOf(field)], false))
        break
      case 'array':
        out.push({ ...at, kind: 'text', text: ((value as Data[]) ?? []).map((row) => rowLine(field.fields, row)).join('\n') })
        break
      case 'blocks':
        out.push({
          ...at,
          kind: 'text',
          text: ((value as Data[]) ?? [])
            .map((row) => {
              const block = field.blocks.find((b) => b.slug === row.blockType)
              return block ? rowLine(block.fields, row) : ''
            })
            .join('\n'),
        })
        break
      case 'json':
      case 'point':
        out.push({ ...at, kind: 'value', value: value == null ? null : JSON.stringify(value) })
        break
    }
  }
  return out
}

/** The documents the leaves name (files, related items): the caller looks up what the public reads for each. */
export const refsIn = (leaves: Leaf[]): Ref[] => leaves.flatMap((leaf) => ('refs' in leaf ? (leaf.refs ?? []) : []))

export const refKey = (ref: Ref) => `${ref.collection}:${ref.id}`

type Names = Map<string, string>
const nameOf = (names: Names, ref: Ref) => names.get(refKey(ref)) ?? `${ref.collection} ${ref.id}`

/** A leaf's value as compared and shown. */
function shown(leaf: Leaf, names: Names): Scalar | string[] {
  if (leaf.kind === 'files') return leaf.refs.map((r) => nameOf(names, r))
  if (leaf.kind === 'value') return leaf.refs ? (leaf.refs.length ? leaf.refs.map((r) => nameOf(names, r)).join('、') : null) : leaf.value
  return leaf.text
}

const isEmpty = (value: Scalar | string[]) => value === null || value === '' || (Array.isArray(value) && value.length === 0)

/** Files by identity (a file replaced under the same name is still a removal and an addition). */
function fileParts(before: Ref[], after: Ref[], names: Names): DiffPart[] {
  const had = new Set(before.map(refKey))
  const has = new Set(after.map(refKey))
  return [
    ...after.map((r): DiffPart => ({ op: had.has(refKey(r)) ? 'same' : 'add', text: nameOf(names, r) })),
    ...before.filter((r) => !has.has(refKey(r))).map((r): DiffPart => ({ op: 'del', text: nameOf(names, r) })),
  ]
}

/**
 * The changed fields of `after` against `before`; with no `before` (never published) every field with content
 * is new. Rich text is compared as the text a reader reads.
 */
export function fieldChanges(before: Leaf[] | null, after: Leaf[], names: Names): FieldChange[] {
  const old = new Map((before ?? []).map((leaf) => [leaf.field, leaf]))
  const changes: FieldChange[] = []
  for (const leaf of after) {
    const was = old.get(leaf.field)
    const now = shown(leaf, names)
    const then = was ? shown(was, names) : null
    if (!was && isEmpty(now)) continue
    if (was && JSON.stringify(now) === JSON.stringify(then)) continue
    if (was && isEmpty(now) && isEmpty(then)) continue
    const change: FieldChange = { after: now, before: before ? then : null, field: leaf.field, kind: leaf.kind, label: leaf.label }
    if (leaf.kind === 'text' || leaf.kind === 'richText') change.parts = textDiff(typeof then === 'string' ? then : '', now as string)
    if (leaf.kind === 'files') change.parts = fileParts(was?.kind === 'files' ? was.refs : [], leaf.refs, names)
    changes.push(change)
  }
  return changes
}
