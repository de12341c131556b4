/** Lexical editor state → plain text for the checks, with where each link and upload sits in it. */
import { idOf } from '../relationships'

type LexicalNode = {
  children?: LexicalNode[]
  fields?: { doc?: { relationTo?: string; value?: unknown }; linkType?: string; url?: string }
  relationTo?: string
  text?: string
  type?: string
  value?: unknown
}

/** A link or an upload inside rich text; the caller finds out whether its target exists. */
export type RichTextRef = {
  end: number
  start: number
  target: { collection: string; id: string } | { url: string }
}

const BLOCKS = new Set(['heading', 'listitem', 'paragraph', 'quote', 'tablerow'])

export function lexicalText(state: unknown): { refs: RichTextRef[]; text: string } {
  let text = ''
  const refs: RichTextRef[] = []
  const walk = (node: LexicalNode) => {
    switch (node.type) {
      case 'text':
        text += node.text ?? ''
        return
      case 'linebreak':
        text += '\n'
        return
      case 'tab':
        text += '\t'
        return
      case 'upload':
        refs.push({ end: text.length, start: text.length, target: { collection: node.relationTo ?? 'media', id: idOf(node.value) } })
        return
    }
    const start = text.length
    for (const child of node.children ?? []) walk(child)
    if (node.type === 'link' || node.type === 'autolink') {
      const fields = node.fields ?? {}
      const doc = fields.doc
      if (fields.linkType === 'internal' && doc?.relationTo && doc.value) {
        refs.push({ end: text.length, start, target: { collection: doc.relationTo, id: idOf(doc.value) } })
      } else if (fields.url) {
        refs.push({ end: text.length, start, target: { url: fields.url } })
      }
    }
    if (node.type === 'tablecell') text += '\t'
    if (node.type && BLOCKS.has(node.type) && !text.endsWith('\n')) text += '\n'
  }
  const root = (state as { root?: LexicalNode } | null)?.root
  if (root) walk(root)
  return { refs, text: text.replace(/\n$/, '') }
}
