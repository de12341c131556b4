import type { Field } from 'payload'

import { nobody } from '../access'
import { DISCLOSURE_MODES } from '../disclosure/modes'
import { TOPICS } from '../disclosure/topics'
import { labelsOf } from '../../translations'

const CHANNEL_NAMES = labelsOf('channels')

export const CHANNELS = [
  { label: CHANNEL_NAMES.website, value: 'website' },
  { label: CHANNEL_NAMES.wechat, value: 'wechat' },
  { label: CHANNEL_NAMES.noticeboard, value: 'noticeboard' },
] as const

export type Channel = (typeof CHANNELS)[number]['value']

/** 发布日期: also where the annual report's validation places a late publication. */
export const publishedAtLabel = { en: 'Published', zh: '发布日期' }

/** Set by the system on first publication: nobody writes them through any API. */
const systemOnly = { create: nobody, update: nobody }

/**
 * The 政府信息公开目录 metadata every disclosed item carries (国办 guideline core metadata), plus the channels
 * it should go out on. Shown in the sidebar of every publishable collection.
 */
export const disclosureFields: Field[] = [
  {
    name: 'indexNumber',
    type: 'text',
    access: systemOnly,
    admin: {
      description: { en: 'Assigned on first publication; never changes', zh: '首次发布时自动生成，此后不变' },
      position: 'sidebar',
      readOnly: true,
    },
    index: true,
    label: { en: 'Index number', zh: '索引号' },
    unique: true,
  },
  {
    name: 'publishedAt',
    type: 'date',
    access: systemOnly,
    admin: {
      date: { displayFormat: 'yyyy-MM-dd HH:mm', pickerAppearance: 'dayAndTime' },
      description: { en: 'Set on first publication', zh: '首次发布时自动记录，不可更改' },
      position: 'sidebar',
      readOnly: true,
    },
    index: true,
    label: publishedAtLabel,
  },
  {
    name: 'channels',
    type: 'select',
    admin: { position: 'sidebar' },
    defaultValue: ['website'],
    hasMany: true,
    label: { en: 'Channels', zh: '发布渠道' },
    options: CHANNELS.map(({ label, value }) => ({ label, value })),
  },
  {
    // What the notice-board sheet says about the 公示: reviewed content like the rest.
    name: 'noticePeriod',
    type: 'group',
    admin: {
      condition: (data) => Boolean((data?.channels as string[] | undefined)?.includes('noticeboard')),
      position: 'sidebar',
    },
    fields: [
      {
        name: 'start',
        type: 'date',
        admin: { date: { displayFormat: 'yyyy-MM-dd', pickerAppearance: 'dayOnly' } },
        label: { en: 'Notice from', zh: '公示开始' },
      },
      {
        name: 'end',
        type: 'date',
        admin: {
          date: { displayFormat: 'yyyy-MM-dd', pickerAppearance: 'dayOnly' },
          description: { en: 'The sheet is taken down after this day', zh: '公示期满次日撤下张贴' },
        },
        label: { en: 'Notice until', zh: '公示结束' },
        validate: (value: Date | null | string | undefined, { siblingData }: { siblingData: { start?: null | string } }) =>
          value && siblingData?.start && new Date(value) < new Date(siblingData.start)
            ? '公示结束日期不能早于开始日期 / The end cannot be before the start'
            : true,
      },
      { name: 'objectionContact', type: 'text', label: { en: 'Objections to', zh: '异议受理（部门及电话）' } },
    ],
    label: { en: 'Notice period (公示期)', zh: '公示期' },
  },
  {
    name: 'publisher',
    type: 'text',
    admin: { position: 'sidebar' },
    defaultValue: async ({ req }) => {
      const organ = await req.payload.findGlobal({ slug: 'organ', depth: 0, req })
      return organ.fullName ?? undefined
    },
    label: { en: 'Issuing organ', zh: '发布机构' },
  },
  {
    name: 'topic',
    type: 'select',
    admin: { position: 'sidebar' },
    defaultValue: 'general',
    label: { en: 'Topic', zh: '主题分类' },
    options: TOPICS.map(({ en, value, zh }) => ({ label: { en, zh }, value })),
  },
  {
    name: 'disclosureMode',
    type: 'select',
    admin: { position: 'sidebar' },
    defaultValue: 'proactive',
    label: { en: 'Disclosure', zh: '公开方式' },
    options: DISCLOSURE_MODES.map(({ en, value, zh }) => ({ label: { en, zh }, value })),
  },
  {
    name: 'keywords',
    type: 'text',
    admin: { position: 'sidebar' },
    label: { en: 'Keywords', zh: '关键词' },
  },
  {
    name: 'abstract',
    type: 'textarea',
    admin: { position: 'sidebar' },
    label: { en: 'Abstract (≤ 100 characters)', zh: '内容概述（不超过100字）' },
    maxLength: 100,
  },
]
