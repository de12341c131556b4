import type { Where } from 'payload'

/**
 * 公开方式 and the channels each allows (条例第十三条、第十四–十六条): 主动公开 goes out on every channel the item
 * names; 依申请公开 is kept for answering applications and is published on no public channel; 不予公开 is never
 * public. The gate, the outbox and the public read rule all ask here.
 */
export const DISCLOSURE_MODES = [
  { en: 'Proactive', value: 'proactive', zh: '主动公开' },
  { en: 'On request', value: 'on-request', zh: '依申请公开' },
  { en: 'Not disclosed', value: 'withheld', zh: '不予公开' },
] as const

export type DisclosureMode = (typeof DISCLOSURE_MODES)[number]['value']

const REASONS: Record<Exclude<DisclosureMode, 'proactive'>, string> = {
  'on-request':
    '公开方式为“依申请公开”：该信息只用于答复申请，不在网站、公众号或公示栏主动发布；如须主动公开，请将公开方式改为“主动公开”后再提交 / Disclosure on request: the item answers applications only and is published on no public channel',
  withheld: '公开方式为“不予公开”：该信息不得公开发布 / Not disclosed: the item is never published',
}

/** Why an item of this 公开方式 may not go out to the public, or null when it may (empty means the default, 主动公开). */
export function notPublicReason(mode: null | string | undefined): null | string {
  if (!mode || mode === 'proactive') return null
  return REASONS[mode as keyof typeof REASONS] ?? `未知的公开方式 / Unknown disclosure mode: ${mode}`
}

/** The public read rule's part: only 主动公开 items (or rows from before the field, which default to it). */
export const proactiveOnly: Where = { or: [{ disclosureMode: { equals: 'proactive' } }, { disclosureMode: { exists: false } }] }
