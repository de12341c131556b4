import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { referencedMedia } from '../../src/workflow/mediaGate'

const fields: Field[] = [
  { name: 'cover', type: 'upload', relationTo: 'media' },
  { name: 'attachments', type: 'upload', hasMany: true, relationTo: 'media' },
  { name: 'body', type: 'richText' },
  { name: 'notice', type: 'group', fields: [{ name: 'sheet', type: 'upload', relationTo: 'media' }] },
  { name: 'rows', type: 'array', fields: [{ name: 'photo', type: 'upload', relationTo: 'media' }] },
  { type: 'tabs', tabs: [{ fields: [{ name: 'inTab', type: 'upload', relationTo: 'media' }], label: 'A' }] },
  { name: 'other', type: 'upload', relationTo: 'users' as never },
]

const link = (fields: object) => ({ type: 'link', children: [{ type: 'text', text: '附件' }], fields })

describe('referencedMedia: every file an item’s version uses', () => {
  it('finds upload fields anywhere, populated or not, and rich-text uploads and links', () => {
    const body = {
      root: {
        type: 'root',
        children: [
          { type: 'upload', relationTo: 'media', value: { id: 7, alt: '插图' } },
          { type: 'paragraph', children: [link({ doc: { relationTo: 'media', value: 8 }, linkType: 'internal' })] },
          { type: 'paragraph', children: [link({ linkType: 'custom', url: '/api/media/file/%E9%99%84%E4%BB%B6.pdf?download=1' })] },
          { type: 'paragraph', children: [link({ linkType: 'custom', url: 'https://gov.example.cn/api/media/file/b.pdf' })] },
          { type: 'paragraph', children: [link({ linkType: 'custom', url: 'https://elsewhere.example.com/api/media/file/c.pdf' })] },
          { type: 'paragraph', children: [link({ doc: { relationTo: 'news', value: 9 }, linkType: 'internal' })] },
        ],
      },
    }
    const doc = {
      attachments: [{ id: 2 }, 3],
      body,
      cover: 1,
      inTab: 6,
      notice: { sheet: 4 },
      other: 99,
      rows: [{ photo: 5 }],
    }
    const found = referencedMedia(fields, doc, 'https://gov.example.cn/')
    expect(found.ids.sort()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    expect(found.files.sort()).toEqual(['b.pdf', '附件.pdf'])
  })

  it('an item without files references none', () => {
    expect(referencedMedia(fields, { body: { root: { type: 'root', children: [] } }, cover: null })).toEqual({ files: [], ids: [] })
  })
})
