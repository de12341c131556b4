import type { CollectionConfig } from 'payload'

import { handlesRequests, hasRole, isStaff, nobody } from '../src/access'
import { computeRequestDeadline } from '../hooks/computeRequestDeadline'
import { computeRequestFee } from '../hooks/computeRequestFee'
import { maskIdNumber } from '../hooks/maskIdNumber'
import { registerThroughForm } from '../hooks/registerThroughForm'
import { requestEndpoints } from '../src/requests/endpoints'
import { FEE_METHODS } from '../src/requests/fees'
import { needsLegalBasis, OUTCOMES } from '../src/requests/outcomes'
import { APPLICANT_TYPES, FORMS_WANTED, RECEIPT_CHANNELS } from '../src/requests/submission'
import { chinaDate } from '../src/time'
import { GROUPS } from '../src/adminGroups'

/** Shown once the request exists: the endpoint makes the tracking number, due date and first case-log step. */
const once = { condition: (data: { id?: unknown }) => Boolean(data?.id) }
const DAY_FIELD = '/admin/DayField#DayField'

const options = (list: ReadonlyArray<{ en: string; value: string; zh: string }>) => list.map(({ en, value, zh }) => ({ label: { en, zh }, value }))

/** Who reads (and writes) the ID number in clear: those who sign the answer. */
const readsIdNumber = (user: Parameters<typeof hasRole>[0]) => hasRole(user, 'admin', 'approver')

export const CASE_STEPS = [
  { en: 'Received', value: 'received', zh: '收到申请' },
  { en: 'Correction requested (补正)', value: 'correction-requested', zh: '告知补正' },
  { en: 'Corrected application received', value: 'corrected', zh: '收到补正' },
  { en: 'Third party consulted', value: 'consultation-started', zh: '征求第三方意见' },
  { en: 'Third party answered', value: 'consultation-ended', zh: '第三方意见返回' },
  { en: 'Extended', value: 'extended', zh: '延期答复' },
  { en: 'Answered', value: 'answered', zh: '已答复' },
] as const

/**
 * 依申请公开: one application, its statutory clock and its case log. The website files them through the
 * public endpoint; staff register letters and visits and record every step; the due date and state follow
 * from the log on the official working-day calendar.
 */
export const DisclosureRequests: CollectionConfig = {
  slug: 'disclosure-requests',
  access: {
    // Created through the endpoint only (validated, rate-limited; the admin's form posts there), read and handled by staff only.
    create: ({ req }) => handlesRequests(req.user),
    delete: () => false,
    read: ({ req }) => isStaff(req.user),
    update: ({ req }) => handlesRequests(req.user),
  },
  admin: {
    defaultColumns: ['trackingNumber', 'applicantName', 'state', 'dueDate', 'receivedOn'],
    group: GROUPS.disclosure,
    useAsTitle: 'trackingNumber',
  },
  endpoints: requestEndpoints,
  fields: [
    {
      name: 'answerLetter',
      type: 'ui',
      admin: { ...once, components: { Field: '/admin/AnswerLetterLink#AnswerLetterLink' }, position: 'sidebar' },
    },
    {
      name: 'trackingNumber',
      type: 'text',
      access: { update: nobody },
      admin: { ...once, readOnly: true },
      index: true,
      label: { en: 'Tracking number', zh: '受理编号' },
      unique: true,
    },
    {
      type: 'row',
      fields: [
        { name: 'applicantName', type: 'text', label: { en: 'Applicant', zh: '申请人' }, required: true },
        {
          name: 'applicantType',
          type: 'select',
          label: { en: 'Applicant type', zh: '申请人类型' },
          options: options(APPLICANT_TYPES),
          required: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'idNumber',
          type: 'text',
          access: { read: ({ req }) => readsIdNumber(req.user), update: ({ req }) => readsIdNumber(req.user) },
          hooks: { afterRead: [maskIdNumber] },
          label: { en: 'ID document number', zh: '证件号码' },
        },
        {
          name: 'idNumberMasked',
          type: 'text',
          admin: { condition: (_data, _sibling, { user }) => !readsIdNumber(user), readOnly: true },
          label: { en: 'ID document number (masked)', zh: '证件号码（脱敏）' },
          // Not stored and not queryable (Payload refuses a where on a virtual field).
          virtual: true,
        },
        { name: 'contact', type: 'text', label: { en: 'Contact', zh: '联系方式' }, required: true },
      ],
    },
    { name: 'description', type: 'textarea', label: { en: 'Information sought', zh: '所需信息的内容描述' }, required: true },
    {
      type: 'row',
      fields: [
        { name: 'formWanted', type: 'select', label: { en: 'Form wanted', zh: '获取信息的方式' }, options: options(FORMS_WANTED) },
        {
          name: 'channel',
          type: 'select',
          access: { update: nobody },
          defaultValue: 'in-person',
          label: { en: 'Received by', zh: '申请方式' },
          options: options(RECEIPT_CHANNELS),
          required: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'receivedOn',
          type: 'text',
          access: { update: nobody },
          admin: {
            components: { Field: DAY_FIELD },
            description: { en: 'A letter: the day it was signed for (第三十一条)', zh: '邮寄的以签收之日为准（第三十一条）' },
          },
          defaultValue: () => chinaDate(new Date()),
          label: { en: 'Received (第三十一条)', zh: '收到申请日期' },
        },
        { name: 'dueDate', type: 'text', admin: { ...once, readOnly: true }, index: true, label: { en: 'Due', zh: '答复期限' } },
        {
          name: 'state',
          type: 'select',
          admin: { ...once, readOnly: true },
          index: true,
          label: { en: 'State', zh: '办理状态' },
          options: [
            { label: { en: 'Open', zh: '办理中' }, value: 'open' },
            { label: { en: 'Awaiting correction', zh: '待补正' }, value: 'awaiting-correction' },
            { label: { en: 'Third party consulted', zh: '征求意见中' }, value: 'paused' },
            { label: { en: 'Answered', zh: '已答复' }, value: 'answered' },
            { label: { en: 'Abandoned (no correction)', zh: '视为放弃' }, value: 'abandoned' },
          ],
        },
      ],
    },
    {
      type: 'row',
      admin: once,
      fields: [
        {
          name: 'outcome',
          type: 'select',
          label: { en: 'Outcome (table 三)', zh: '办理结果' },
          options: OUTCOMES.map((row) => ({ label: { en: row.label.en, zh: `${'group' in row ? row.group : ''}${row.label.zh}` }, value: row.key })),
        },
        { name: 'closedOn', type: 'text', admin: { readOnly: true }, index: true, label: { en: 'Closed', zh: '办结日期' } },
      ],
    },
    {
      name: 'legalBasis',
      type: 'textarea',
      admin: once,
      label: { en: 'Legal basis (for anything short of full disclosure)', zh: '依据（不予公开、部分公开等须写明）' },
      validate: (value: null | string | undefined, { siblingData }: { siblingData: { outcome?: null | string } }) =>
        needsLegalBasis(siblingData.outcome) && !value?.trim() ? '该办理结果须写明法律依据和理由 / This outcome needs its legal basis' : true,
    },
    {
      type: 'row',
      admin: once,
      fields: [
        {
          name: 'feeMethod',
          type: 'select',
          label: { en: 'Processing fee (国办函〔2020〕109号)', zh: '信息处理费计收方式' },
          options: FEE_METHODS.map(({ en, value, zh }) => ({ label: { en, zh }, value })),
        },
        {
          name: 'feeItems',
          type: 'number',
          admin: { condition: (_, s) => s.feeMethod === 'per-item' },
          defaultValue: 1,
          label: { en: 'Items (一事一申请)', zh: '件数' },
          min: 1,
        },
        {
          name: 'feePages',
          type: 'number',
          admin: { condition: (_, s) => s.feeMethod === 'per-page' },
          label: { en: 'Pages provided', zh: '页数' },
          min: 0,
        },
        { name: 'feeAmount', type: 'number', admin: { readOnly: true }, label: { en: 'Fee (yuan)', zh: '应收金额（元）' } },
      ],
    },
    // Derived: who counts as one applicant for the monthly fee, and the last reminder sent for which due date.
    { name: 'applicantKey', type: 'text', access: { read: nobody, update: nobody }, admin: { hidden: true }, index: true },
    { name: 'remindedFor', type: 'text', access: { update: nobody }, admin: { hidden: true } },
    {
      name: 'caseLog',
      type: 'array',
      admin: {
        ...once,
        description: { en: 'Every step with its date; the due date follows from it', zh: '逐项登记办理步骤及日期，答复期限据此计算' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'step', type: 'select', label: { en: 'Step', zh: '步骤' }, options: options(CASE_STEPS), required: true },
            { name: 'on', type: 'text', admin: { components: { Field: DAY_FIELD } }, label: { en: 'Date', zh: '日期' }, required: true },
            { name: 'days', type: 'number', label: { en: 'Extension (working days)', zh: '延期工作日' } },
            { name: 'by', type: 'text', label: { en: 'By', zh: '经办 / 批准人' } },
          ],
        },
        { name: 'note', type: 'textarea', label: { en: 'Note', zh: '说明' } },
      ],
      label: { en: 'Case log', zh: '办理记录' },
      labels: { plural: { en: 'Steps', zh: '办理步骤' }, singular: { en: 'Step', zh: '办理步骤' } },
    },
  ],
  hooks: { beforeChange: [registerThroughForm, computeRequestDeadline, computeRequestFee] },
  labels: { plural: { en: 'Disclosure requests', zh: '依申请公开' }, singular: { en: 'Disclosure request', zh: '依申请公开申请' } },
}
