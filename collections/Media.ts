import type { CollectionConfig } from 'payload'

import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { freezeReviewedMedia } from '../hooks/freezeReviewedMedia'
import { recordFileHash } from '../hooks/recordFileHash'
import { editorsOnly, nobody, staffField } from '../src/access'
import { jsonTypes } from '../src/fields/jsonSchemas'
import { mediaRead } from '../src/workflow/mediaGate'
import { GROUPS } from '../src/adminGroups'

export const MEDIA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../media')

export const DOCUMENT_MIME_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]

export const Media: CollectionConfig = {
  slug: 'media',
  access: {
    create: editorsOnly,
    delete: editorsOnly,
    // Public only while a live published version references the file (src/workflow/mediaGate.ts).
    read: mediaRead,
    update: editorsOnly,
  },
  admin: {
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'],
    group: GROUPS.publishing,
    useAsTitle: 'filename',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { en: 'Alternative text', zh: '替代文字（无障碍）' },
      validate: (value: null | string | undefined, { data }: { data: { mimeType?: string } }) =>
        data?.mimeType?.startsWith('image/') && !value?.trim() ? '图片须填写替代文字 / Images need alternative text' : true,
    },
    {
      name: 'caption',
      type: 'text',
      label: { en: 'Caption', zh: '说明' },
    },
    {
      name: 'sha256',
      type: 'text',
      access: { create: nobody, update: nobody },
      admin: { readOnly: true },
      index: true,
      label: { en: 'File SHA-256', zh: '文件摘要（SHA-256）' },
    },
    // Kept by the gate (src/workflow/mediaGate.ts), never by a client.
    {
      name: 'frozen',
      type: 'checkbox',
      access: { create: nobody, update: nobody },
      admin: {
        description: {
          en: 'Part of a version in review or published: upload a new file to change it',
          zh: '已随条目送审或发布：如需更改请上传新文件',
        },
        position: 'sidebar',
        readOnly: true,
      },
      defaultValue: false,
      label: { en: 'Locked by review', zh: '已送审锁定' },
    },
    {
      name: 'live',
      type: 'checkbox',
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true },
      defaultValue: false,
      index: true,
      label: { en: 'Public (in a published version)', zh: '已公开（已发布条目引用）' },
    },
    {
      name: 'liveIn',
      type: 'json',
      access: { create: nobody, read: staffField, update: nobody },
      admin: { hidden: true },
      label: { en: 'Published versions using it', zh: '引用此文件的已发布条目' },
      typescriptSchema: jsonTypes.strings,
    },
  ],
  hooks: { beforeChange: [recordFileHash], beforeOperation: [freezeReviewedMedia] },
  labels: {
    plural: { en: 'Media', zh: '图片与附件' },
    singular: { en: 'File', zh: '文件' },
  },
  upload: {
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', height: 200, position: 'centre', width: 300 },
      { name: 'card', width: 768 },
      // WeChat article cover: 900×383 (2.35:1), cropped around the focal point.
      { name: 'wechatCover', height: 383, position: 'centre', width: 900 },
      // WeChat share thumbnail and secondary-article cover: 1:1.
      { name: 'square', height: 200, position: 'centre', width: 200 },
    ],
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', ...DOCUMENT_MIME_TYPES],
    staticDir: MEDIA_DIR,
  },
}
