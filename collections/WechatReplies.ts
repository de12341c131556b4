import type { CollectionConfig } from 'payload'

import { adminMaintained } from '../src/access'
import { GROUPS } from '../src/adminGroups'

/**
 * Keyword → reply for messages followers send to the Official Account. Reviewed like an item
 * (src/reviewed.ts): a reply answers followers only once its version passed both reviews. Without a match the
 * organ's phone, email and address answer 电话 / 邮箱 / 地址 (from the organ's details in force), and anything
 * else gets no reply.
 */
export const WechatReplies: CollectionConfig = {
  slug: 'wechat-replies',
  access: adminMaintained,
  admin: {
    defaultColumns: ['keyword', 'match', 'reply', 'enabled'],
    group: GROUPS.system,
    useAsTitle: 'keyword',
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'keyword', type: 'text', index: true, label: { en: 'Keyword', zh: '关键词' }, required: true },
        {
          name: 'match',
          type: 'select',
          defaultValue: 'contains',
          label: { en: 'Match', zh: '匹配方式' },
          options: [
            { label: { en: 'Message contains the keyword', zh: '消息包含关键词' }, value: 'contains' },
            { label: { en: 'Message is exactly the keyword', zh: '消息与关键词完全一致' }, value: 'exact' },
          ],
          required: true,
        },
        { name: 'enabled', type: 'checkbox', defaultValue: true, label: { en: 'Enabled', zh: '启用' } },
      ],
    },
    { name: 'reply', type: 'textarea', label: { en: 'Reply', zh: '回复内容' }, maxLength: 600, required: true },
  ],
  labels: {
    plural: { en: 'WeChat auto-replies', zh: '公众号自动回复' },
    singular: { en: 'WeChat auto-reply', zh: '公众号自动回复' },
  },
}
