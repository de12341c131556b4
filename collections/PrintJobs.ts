import type { CollectionConfig } from 'payload'

import { isStaff } from '../src/access'
import { itemRefFields } from '../src/fields/itemRef'
import { PRINT_JOB_STATUSES } from '../src/fields/printJobStatuses'
import { GROUPS } from '../src/adminGroups'

const date = (name: string, en: string, zh: string) => ({
  name,
  type: 'date' as const,
  admin: { date: { pickerAppearance: 'dayAndTime' as const } },
  label: { en, zh },
})

/**
 * The notice board's print queue: a sheet to post, or one to take down, per approved version. Written by the
 * delivery jobs and the printer endpoints only; staff read it, printers (API keys) use the endpoints.
 */
export const PrintJobs: CollectionConfig = {
  slug: 'print-jobs',
  access: {
    create: () => false,
    delete: () => false,
    // Printers reach the queue through its endpoints only (claim, sheet, done), never the collection.
    read: ({ req }) => isStaff(req.user),
    update: () => false,
  },
  admin: {
    defaultColumns: ['documentTitle', 'kind', 'status', 'claimedBy', 'updatedAt'],
    group: GROUPS.publishing,
    useAsTitle: 'documentTitle',
  },
  fields: [
    ...itemRefFields,
    { name: 'contentHash', type: 'text', label: { en: 'Version (content hash)', zh: '版本（内容摘要）' }, required: true },
    {
      name: 'kind',
      type: 'select',
      label: { en: 'Kind', zh: '类型' },
      options: [
        { label: { en: 'Post the sheet', zh: '张贴' }, value: 'post' },
        { label: { en: 'Take the sheet down', zh: '撤下' }, value: 'take-down' },
      ],
      required: true,
    },
    {
      // post:<delivery> or down:<posted job>: one job per approved version, one take-down per sheet, even
      // when a delivery is retried after a crash.
      name: 'key',
      type: 'text',
      admin: { hidden: true },
      index: true,
      required: true,
      unique: true,
    },
    { name: 'delivery', type: 'text', index: true, label: { en: 'Delivery', zh: '投递记录' } },
    { name: 'takesDown', type: 'relationship', label: { en: 'Sheet to take down', zh: '撤下的张贴' }, relationTo: 'print-jobs' },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'queued',
      index: true,
      label: { en: 'Status', zh: '状态' },
      options: PRINT_JOB_STATUSES,
      required: true,
    },
    { name: 'claimedBy', type: 'relationship', label: { en: 'Printer', zh: '打印机' }, relationTo: 'users' },
    date('claimedAt', 'Claimed at', '领取时间'),
    { ...date('leaseUntil', 'Lease until', '领取有效期至'), index: true },
    { name: 'claims', type: 'number', defaultValue: 0, label: { en: 'Claims', zh: '领取次数' } },
    date('reportedAt', 'Reported at', '回报时间'),
    { name: 'message', type: 'textarea', label: { en: 'Printer’s message', zh: '打印机回报' } },
    date('periodEnd', 'Notice until', '公示结束'),
    {
      name: 'sheet',
      type: 'group',
      fields: [
        { name: 'pages', type: 'number', label: { en: 'Pages', zh: '页数' } },
        { name: 'bytes', type: 'number', label: { en: 'Size (bytes)', zh: '大小（字节）' } },
        { name: 'sha256', type: 'text', label: { en: 'SHA-256', zh: '摘要' } },
        // The PDF itself, in the row: a sheet is tens of KB, and it can never go missing apart from its job.
        { name: 'pdf', type: 'textarea', access: { read: () => false }, admin: { hidden: true } },
      ],
      label: { en: 'Sheet PDF', zh: '张贴页 PDF' },
    },
  ],
  labels: { plural: { en: 'Print jobs', zh: '公示栏打印任务' }, singular: { en: 'Print job', zh: '打印任务' } },
}
