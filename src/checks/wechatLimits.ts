import type { Finding } from './types'

import { finding } from './text'

/** What WeChat's draft/add accepts for one article (a longer field makes the delivery fail late). */
export const WECHAT_LIMITS = { abstract: 128, author: 16, title: 32 } as const

const NAMES = { abstract: '摘要（内容概述）', author: '作者', title: '标题' }

/**
 * Fields of an item going to the WeChat Official Account that exceed WeChat's limits → block at submit, with
 * the excess marked, instead of a delivery failing after approval.
 */
export function checkWechatLimits(fields: Partial<Record<keyof typeof WECHAT_LIMITS, null | string>>): (Finding & { field: string })[] {
  return (Object.keys(WECHAT_LIMITS) as (keyof typeof WECHAT_LIMITS)[]).flatMap((field) => {
    const text = fields[field] ?? ''
    const limit = WECHAT_LIMITS[field]
    if ([...text].length <= limit) return []
    const message = `${NAMES[field]}超过微信公众号上限${limit}字（现${[...text].length}字） / Longer than WeChat's limit of ${limit}`
    return [{ ...finding(text, 'wechat-limits', 'block', limit, text.length, message, text.slice(0, limit)), field }]
  })
}
