import type { CollectionConfig } from 'payload'

import { attachmentsField, richTextField, titleField } from '../src/fields/content'

export const Meetings: CollectionConfig = {
  slug: 'meetings',
  admin: {
    defaultColumns: ['title', 'heldAt', 'place', '_status'],
    useAsTitle: 'title',
  },
  fields: [
    titleField,
    {
      type: 'row',
      fields: [
        {
          name: 'heldAt',
          type: 'date',
          admin: { date: { displayFormat: 'yyyy-MM-dd HH:mm', pickerAppearance: 'dayAndTime' } },
          label: { en: 'Date and time', zh: '会议时间' },
          required: true,
        },
        {
          name: 'place',
          type: 'text',
          label: { en: 'Place', zh: '会议地点' },
          required: true,
        },
      ],
    },
    {
      name: 'convener',
      type: 'text',
      label: { en: 'Convened by', zh: '主持人' },
      required: true,
    },
    {
      name: 'attendees',
      type: 'textarea',
      label: { en: 'Attendees', zh: '参会人员' },
    },
    {
      name: 'agenda',
      type: 'array',
      fields: [{ name: 'item', type: 'text', label: { en: 'Item', zh: '议题' }, required: true }],
      label: { en: 'Agenda', zh: '会议议程' },
      labels: { plural: { en: 'Items', zh: '议题' }, singular: { en: 'Item', zh: '议题' } },
    },
    richTextField('decisions', { en: 'Decisions / minutes', zh: '会议决定 / 纪要' }),
    attachmentsField,
  ],
  labels: {
    plural: { en: 'Meetings', zh: '重要会议' },
    singular: { en: 'Meeting', zh: '重要会议' },
  },
}
