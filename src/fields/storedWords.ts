import type { LabelGroup } from '../../translations'

/** What a stored code names: a group of our words, or a collection (by its label). */
export type Words = LabelGroup | 'collections'

/**
 * The admin shows a stored code in words (src/admin/StoredWords.tsx), in lists and in the document view, for
 * text the system writes and keeps as code (the audit chain hashes it as written).
 */
export const shownInWords = (words: Words) => ({
  components: {
    Cell: { clientProps: { words }, path: '/admin/StoredWords#WordsCell' },
    Field: { clientProps: { words }, path: '/admin/StoredWords#WordsField' },
  },
})
