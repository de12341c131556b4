/**
 * A field's place in words, from its stored path (`summary`, `attachments.0.title`, `proactive.rules.issued`):
 * findings and audit entries name fields by path, and an editor reads the labels of the form instead.
 * Works on the server's and the admin's field configs alike (only the shape both share is read).
 */
type Labelled = {
  blocks?: { fields: Labelled[]; labels?: { singular?: unknown }; slug: string }[]
  fields?: Labelled[]
  label?: unknown
  name?: string
  tabs?: Tab[]
  type: string
}
type Tab = { fields: Labelled[]; label?: unknown; name?: string }

/** A label as Payload stores it: a string, or a string per language. */
export const labelText = (label: unknown, language: string): string | undefined => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, unknown>
    const text = byLanguage[language] ?? byLanguage.zh ?? Object.values(byLanguage)[0]
    return typeof text === 'string' ? text : undefined
  }
  return undefined
}

/** The fields a path may go through next: unnamed rows, collapsibles and tabs lend theirs to the level above. */
function named(fields: Labelled[]): Labelled[] {
  return fields.flatMap((field) => {
    if (field.type === 'tabs') return (field.tabs ?? []).flatMap((tab): Labelled[] => (tab.name ? [{ ...tab, type: 'group' }] : named(tab.fields)))
    if (!field.name && field.fields) return named(field.fields)
    return field.name ? [field] : []
  })
}

export function pathLabel(fields: Labelled[], path: string, language: string): string {
  const words: string[] = []
  let level = named(fields)
  const parts = path.split('.')
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    const field = level.find((f) => f.name === part)
    if (!field) return words.length ? `${words.join(' · ')} · ${parts.slice(i).join('.')}` : path
    words.push(labelText(field.label, language) ?? part)
    if (field.type === 'array' || field.type === 'blocks') {
      const row = Number(parts[i + 1])
      if (!Number.isInteger(row)) break
      i++
      words.push(language === 'zh' ? `第${row + 1}项` : `#${row + 1}`)
      level = field.type === 'array' ? named(field.fields ?? []) : named((field.blocks ?? []).flatMap((b) => b.fields))
      continue
    }
    level = named(field.fields ?? [])
  }
  return words.join(' · ')
}
