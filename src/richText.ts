import type { News } from './payload-types'

/** Lexical editor state from plain paragraphs: for demo data, fixtures and generated items. */
export function richText(...paragraphs: string[]): News['body'] {
  const block = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }
  return {
    root: {
      ...block,
      type: 'root',
      children: paragraphs.map((text) => ({
        ...block,
        type: 'paragraph',
        children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }],
        textFormat: 0,
        textStyle: '',
      })),
    },
  }
}
