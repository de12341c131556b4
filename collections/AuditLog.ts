import type { CollectionConfig } from 'payload'

import { refuseAuditChange, refuseAuditDelete } from '../hooks/auditAppendOnly'
import { systemRecord } from '../src/access'
import { itemRefFields } from '../src/fields/itemRef'
import { shownInWords } from '../src/fields/storedWords'
import { jsonTypes } from '../src/fields/jsonSchemas'
import { ACTION_NAMES } from '../src/admin/labels'
import { AUDIT_ACTIONS } from '../src/workflow/audit'
import { auditVerifyEndpoint } from '../src/workflow/auditVerify'
import { GROUPS } from '../src/adminGroups'

/**
 * One entry per decision and per publication, withdrawal or voiding: who, in which role, when, from
 * which state to which, on which version (content hash), and why. Written by the gate only; nobody —
 * admins included, Local API included — updates or deletes an entry; and each entry is chained to the one
 * before it by hash, so one changed in the database itself shows at `GET /api/audit-log/verify`.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  access: systemRecord,
  endpoints: [auditVerifyEndpoint],
  admin: {
    defaultColumns: ['sequence', 'createdAt', 'action', 'documentTitle', 'userName', 'role', 'toState'],
    group: GROUPS.system,
    useAsTitle: 'documentTitle',
  },
  fields: [
    ...itemRefFields,
    {
      name: 'action',
      type: 'select',
      index: true,
      label: { en: 'Action', zh: '操作' },
      options: AUDIT_ACTIONS.map((value) => ({ label: ACTION_NAMES[value], value })),
      required: true,
    },
    { name: 'level', type: 'number', label: { en: 'Review level', zh: '审核环节' } },
    { name: 'fromState', type: 'text', admin: shownInWords('states'), label: { en: 'From', zh: '原状态' } },
    { name: 'toState', type: 'text', admin: shownInWords('states'), label: { en: 'To', zh: '新状态' } },
    // Staff may read only their own account: the entry's own copy of the name is what everyone sees.
    { name: 'user', type: 'relationship', admin: { hidden: true }, label: { en: 'User', zh: '操作人账号' }, relationTo: 'users' },
    { name: 'userName', type: 'text', label: { en: 'User', zh: '操作人' } },
    {
      name: 'userRoles',
      type: 'json',
      admin: shownInWords('roles'),
      label: { en: 'User roles at the time', zh: '操作时的角色' },
      typescriptSchema: jsonTypes.strings,
    },
    { name: 'role', type: 'text', admin: shownInWords('roles'), label: { en: 'Role', zh: '角色' } },
    { name: 'contentHash', type: 'text', label: { en: 'Content hash (SHA-256)', zh: '内容摘要（SHA-256）' } },
    { name: 'comment', type: 'textarea', label: { en: 'Reason / comment', zh: '意见或理由' } },
    { name: 'ip', type: 'text', label: { en: 'Request IP', zh: '请求IP' } },
    // The hash chain (src/workflow/auditChain.ts); entries from before it have no sequence.
    { name: 'sequence', type: 'number', index: true, label: { en: 'Sequence', zh: '序号' }, unique: true },
    { name: 'previousHash', type: 'text', label: { en: 'Previous entry hash', zh: '上一条摘要' } },
    { name: 'entryHash', type: 'text', label: { en: 'Entry hash', zh: '本条摘要' } },
  ],
  hooks: { beforeChange: [refuseAuditChange], beforeDelete: [refuseAuditDelete] },
  labels: {
    plural: { en: 'Audit log', zh: '审核日志' },
    singular: { en: 'Audit entry', zh: '审核日志' },
  },
}
