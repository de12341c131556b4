import type { Field } from 'payload'

type Label = { en: string; zh: string }

export const titleField: Field = {
  name: 'title',
  type: 'text',
  label: { en: 'Title', zh: '标题' },
  maxLength: 200,
  required: true,
}

export const richTextField = (name: string, label: Label, required = false): Field => ({
  name,
  type: 'richText',
  label,
  required,
})

export const attachmentsField: Field = {
  name: 'attachments',
  type: 'upload',
  hasMany: true,
  label: { en: 'Attachments', zh: '附件' },
  relationTo: 'media',
}

export const imageField = (name: string, label: Label): Field => ({
  name,
  type: 'upload',
  // Enforced on save as well as in the picker: a PDF cannot become a cover image.
  filterOptions: { mimeType: { like: 'image/' } },
  label,
  relationTo: 'media',
})
