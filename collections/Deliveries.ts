import type { CollectionConfig } from 'payload'

import { systemRecord } from '../src/access'
import { itemRefFields } from '../src/fields/itemRef'
import { DELIVERY_STATUSES } from '../src/fields/deliveryStatuses'
import { jsonTypes } from '../src/fields/jsonSchemas'
import { CHANNELS } from '../src/fields/disclosure'
import { GROUPS } from '../src/adminGroups'

/**
 * The outbox: one row per item version, channel and action, queued in the transaction that publishes or
 * withdraws the item. Written by the delivery jobs only; staff read it, admins retry a failed one.
 */
export const Deliveries: CollectionConfig = {
  slug: 'deliveries',
  access: systemRecord,
  admin: {
    defaultColumns: ['documentTitle', 'channel', 'action', 'status', 'attempts', 'updatedAt'],
    group: GROUPS.publishing,
    useAsTitle: 'documentTitle',
  },
  fields: [
    ...itemRefFields,
    { name: 'contentHash', type: 'text', label: { en: 'Version (content hash)', zh: '版本（内容摘要）' }, required: true },
    {
      name: 'channel',
      type: 'select',
      index: true,
      label: { en: 'Channel', zh: '渠道' },
      options: CHANNELS.map(({ label, value }) => ({ label, value })),
      required: true,
    },
    {
      name: 'action',
      type: 'select',
      label: { en: 'Action', zh: '操作' },
      options: [
        { label: { en: 'Publish', zh: '发布' }, value: 'publish' },
        { label: { en: 'Update', zh: '更新' }, value: 'update' },
        { label: { en: 'Withdraw', zh: '撤下' }, value: 'withdraw' },
      ],
      required: true,
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'queued',
      index: true,
      label: { en: 'Status', zh: '状态' },
      options: DELIVERY_STATUSES.map(({ label, value }) => ({ label, value })),
      required: true,
    },
    { name: 'attempts', type: 'number', defaultValue: 0, label: { en: 'Attempts', zh: '尝试次数' } },
    { name: 'lastError', type: 'textarea', label: { en: 'Last error', zh: '最近错误' } },
    { name: 'deliveredAt', type: 'date', label: { en: 'Delivered at', zh: '送达时间' } },
    {
      name: 'external',
      type: 'json',
      admin: {
        components: { Field: '/admin/JsonView#JsonView' },
        description: { en: 'What the channel answered (ids, links)', zh: '渠道返回的编号和链接' },
      },
      label: { en: 'Channel ids', zh: '渠道编号' },
      typescriptSchema: jsonTypes.deliveryExternal,
    },
    {
      // When a queued delivery may run: empty for now; a retry's backoff, a quota day, the end of a 公示期.
      name: 'dueAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true },
      index: true,
      label: { en: 'Next attempt', zh: '下次尝试时间' },
    },
    {
      // Held while a run works on the delivery (see claimDue in src/channels/outboxStore.ts); cleared when it ends.
      name: 'runUntil',
      type: 'date',
      admin: { hidden: true },
    },
    {
      // The runner (host, process) that holds it.
      name: 'runBy',
      type: 'text',
      admin: { hidden: true },
    },
    {
      // The id the channel reports back with (WeChat publish_id, print job id): found by it, so indexed.
      name: 'channelRef',
      type: 'text',
      index: true,
      label: { en: 'Channel reference', zh: '渠道任务编号' },
    },
  ],
  labels: { plural: { en: 'Deliveries', zh: '发布渠道投递' }, singular: { en: 'Delivery', zh: '投递' } },
}
