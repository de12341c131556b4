import type { GlobalConfig } from 'payload'

import { adminsOnly, staffField } from '../src/access'
import { isValidCreditCode } from '../src/disclosure/creditCode'
import { DEFAULT_CORRECTION_PERIOD_DAYS } from '../src/requests/deadlines'
import { GROUPS } from '../src/adminGroups'

/**
 * 机关信息: who publishes. Its names feed 发布机构, the report signature and the name checks; its contact
 * details answer followers and head the sheets. Reviewed like an item (src/reviewed.ts): an admin's save is a
 * draft, and what is in force — for the public and for the system — is the last version both reviews passed.
 */
export const Organ: GlobalConfig = {
  slug: 'organ',
  access: { update: adminsOnly },
  admin: { group: GROUPS.system },
  fields: [
    {
      name: 'fullName',
      type: 'text',
      label: { en: 'Full name', zh: '机关全称' },
      required: true,
    },
    {
      name: 'shortName',
      type: 'text',
      label: { en: 'Short name', zh: '简称' },
    },
    {
      name: 'creditCode',
      type: 'text',
      label: { en: 'Unified social credit code', zh: '统一社会信用代码' },
      required: true,
      validate: (value: null | string | undefined) =>
        value && isValidCreditCode(value) ? true : '统一社会信用代码应为18位且校验位正确 / Must be an 18-character code with a valid check character',
    },
    {
      name: 'address',
      type: 'text',
      label: { en: 'Address', zh: '地址' },
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: { en: 'Phone', zh: '联系电话' } },
        { name: 'officeHours', type: 'text', label: { en: 'Office hours', zh: '办公时间' } },
        { name: 'email', type: 'email', label: { en: 'Email', zh: '电子邮箱' } },
      ],
    },
    {
      name: 'wrongNames',
      type: 'array',
      // What the checks look for is the office's own list, not a public fact about the organ.
      access: { read: staffField },
      admin: {
        description: {
          en: 'Misspellings of the organ’s name that the checks must catch',
          zh: '常见的错误写法，自动检查时据此拦截',
        },
      },
      fields: [{ name: 'name', type: 'text', label: { en: 'Wrong variant', zh: '错误写法' }, required: true }],
      label: { en: 'Known wrong variants', zh: '名称常见错误写法' },
      labels: { plural: { en: 'Wrong variants', zh: '错误写法' }, singular: { en: 'Wrong variant', zh: '错误写法' } },
    },
    {
      // 条例第四十九条 sets 31 January for departments; a township's county may set another day.
      name: 'reportDeadline',
      type: 'text',
      admin: { description: { en: 'MM-DD of the year after the one reported on', zh: '次年的月-日，默认 01-31（由县级人民政府确定）' } },
      defaultValue: '01-31',
      label: { en: 'Annual report deadline', zh: '年度报告公布期限' },
      validate: (value: null | string | undefined) =>
        !value || /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value) ? true : '格式为 MM-DD，如 01-31 / Use MM-DD, e.g. 01-31',
    },
    {
      // 条例第三十条 asks for 合理的补正期限: the organ states it in its notices and the clock follows it.
      name: 'correctionPeriodDays',
      type: 'number',
      admin: { description: { en: 'Working days the applicant has to correct an application', zh: '申请人补正申请的期限（工作日），默认 15' } },
      defaultValue: DEFAULT_CORRECTION_PERIOD_DAYS,
      label: { en: 'Correction period', zh: '补正期限' },
      validate: (value: null | number | undefined) =>
        value == null || (Number.isInteger(value) && value >= 1 && value <= 60)
          ? true
          : '须为 1 至 60 的整数个工作日 / Must be a whole number of working days from 1 to 60',
    },
  ],
  label: { en: 'Organ', zh: '机关信息' },
}
