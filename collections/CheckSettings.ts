import type { Field, GlobalConfig } from 'payload'

import { adminsOnly, isStaff } from '../src/access'
import { DEFAULT_MASKS } from '../src/checks/mask'
import type { Masks } from '../src/checks/types'
import { adminsMenu } from '../src/adminGroups'

const maskGroup = (name: keyof Masks, label: { en: string; zh: string }): Field => ({
  name,
  type: 'group',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'keepStart',
          type: 'number',
          defaultValue: DEFAULT_MASKS[name].keepStart,
          label: { en: 'Keep first', zh: '保留前几位' },
          min: 0,
          max: 8,
          required: true,
        },
        {
          name: 'keepEnd',
          type: 'number',
          defaultValue: DEFAULT_MASKS[name].keepEnd,
          label: { en: 'Keep last', zh: '保留后几位' },
          min: 0,
          max: 8,
          required: true,
        },
      ],
    },
  ],
  label,
})

const lines = (name: string, label: { en: string; zh: string }, description: { en: string; zh: string }): Field => ({
  name,
  type: 'textarea',
  admin: { description },
  label,
})

/** What the machine first pass is told beyond the organ's own names: masks, other names, exceptions. */
export const CheckSettings: GlobalConfig = {
  slug: 'check-settings',
  access: { read: ({ req }) => isStaff(req.user), update: adminsOnly },
  admin: adminsMenu,
  fields: [
    {
      name: 'masks',
      type: 'group',
      admin: { description: { en: 'How personal numbers are masked in suggestions', zh: '个人信息去标识化的保留位数' } },
      fields: [
        maskGroup('idNumber', { en: 'ID number', zh: '身份证号码' }),
        maskGroup('mobile', { en: 'Mobile', zh: '手机号码' }),
        maskGroup('bankCard', { en: 'Bank card', zh: '银行卡号' }),
        maskGroup('landline', { en: 'Personal landline', zh: '个人固定电话' }),
      ],
      label: { en: 'Masks', zh: '去标识化规则' },
    },
    {
      name: 'names',
      type: 'array',
      admin: {
        description: {
          en: 'Leaders and other organs whose names must be written exactly (the organ’s own names come from 机关信息)',
          zh: '须准确书写的领导姓名和机关名称（本机关名称取自“机关信息”）',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: { en: 'Name', zh: '名称' }, required: true },
            {
              name: 'kind',
              type: 'select',
              defaultValue: 'person',
              label: { en: 'Kind', zh: '类别' },
              options: [
                { label: { en: 'Person', zh: '人名' }, value: 'person' },
                { label: { en: 'Organ', zh: '机关名称' }, value: 'organ' },
              ],
              required: true,
            },
          ],
        },
      ],
      label: { en: 'Names to protect', zh: '重要名称' },
      labels: { plural: { en: 'Names', zh: '名称' }, singular: { en: 'Name', zh: '名称' } },
    },
    lines(
      'traditionalExceptions',
      { en: 'Traditional characters allowed', zh: '允许的繁体写法' },
      { en: 'One word per line, e.g. a person’s registered name', zh: '每行一个，如人名、商号中的繁体字' },
    ),
    lines(
      'reduplications',
      { en: 'Repetitions allowed', zh: '允许的叠字叠词' },
      { en: 'One per line, on top of the built-in list', zh: '每行一个，内置常见叠词之外的补充' },
    ),
  ],
  label: { en: 'Check settings', zh: '自动检查设置' },
}
