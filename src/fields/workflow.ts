import type { Field } from 'payload'

import { nobody, staffField } from '../access'
import { STATE_NAMES } from '../admin/labels'
import { jsonTypes } from './jsonSchemas'
import type { ReviewLevel } from '../workflow/levels'

import { STATES } from '../workflow/machine'

const staffOnly = { create: nobody, read: staffField, update: nobody }

/** 定时发布: when an approved item goes out (publishable items only). */
export const publishAtField: Field = {
  name: 'publishAt',
  type: 'date',
  admin: {
    date: { displayFormat: 'yyyy-MM-dd HH:mm', pickerAppearance: 'dayAndTime' },
    description: { en: 'Leave empty to publish on approval', zh: '留空则审签通过后立即发布' },
    position: 'sidebar',
  },
  label: { en: 'Publish at', zh: '定时发布' },
}

/**
 * Where the item is in 分级审核 and every decision taken on it. Written only by the gate (the workflow
 * endpoint and scheduled publication); any other attempt to change it is refused with 403.
 */
export const workflowField = (levels: ReviewLevel[]): Field => ({
  name: 'workflow',
  type: 'group',
  access: { create: nobody, update: nobody },
  admin: {
    components: { Diff: '/admin/WorkflowDiff#WorkflowDiff', Field: { clientProps: { levels }, path: '/admin/WorkflowPanel#WorkflowPanel' } },
    position: 'sidebar',
    readOnly: true,
  },
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      label: { en: 'Workflow state', zh: '审核状态' },
      options: STATES.map((value) => ({ label: STATE_NAMES[value], value })),
    },
    { name: 'level', type: 'number', access: staffOnly, label: { en: 'Review level', zh: '审核环节' } },
    { name: 'hash', type: 'text', access: staffOnly, label: { en: 'Submitted content hash', zh: '送审内容摘要' } },
    { name: 'reason', type: 'textarea', access: staffOnly, label: { en: 'Last reason', zh: '最近一次退回或撤回理由' } },
    { name: 'editors', type: 'json', access: staffOnly, admin: { hidden: true }, typescriptSchema: jsonTypes.strings },
    { name: 'history', type: 'json', access: staffOnly, label: { en: 'Decisions', zh: '审核记录' }, typescriptSchema: jsonTypes.decisions },
    {
      name: 'checks',
      type: 'json',
      access: staffOnly,
      label: { en: 'Automated checks', zh: '机器初审结果' },
      typescriptSchema: jsonTypes.workflowChecks,
    },
  ],
  label: { en: 'Review', zh: '审核' },
})
