/** An admin's keyword rule (the `wechat-replies` collection). */
export type ReplyRule = { enabled?: boolean | null; keyword: string; match: 'contains' | 'exact'; reply: string }
export type OrganContact = {
  address?: null | string
  email?: null | string
  fullName?: null | string
  officeHours?: null | string
  phone?: null | string
}

/** Built-in answers from the organ's settings, used when no rule of the admin's matches. */
const BUILT_IN: Array<{ answer: (o: OrganContact) => null | string; keywords: string[] }> = [
  {
    answer: (o) => (o.phone ? `联系电话：${o.phone}${o.officeHours ? `（${o.officeHours}）` : ''}` : null),
    keywords: ['电话', '联系方式', '热线'],
  },
  { answer: (o) => (o.email ? `电子邮箱：${o.email}` : null), keywords: ['邮箱', '邮件', 'email'] },
  { answer: (o) => (o.address ? `办公地址：${o.address}` : null), keywords: ['地址', '在哪', '位置'] },
]

const normalize = (text: string) => text.normalize('NFKC').trim().toLowerCase()

/**
 * The reply to a follower's text message, or null for none: an exact rule first, then the longest keyword
 * contained in the message (the most specific), then the organ's contact details.
 */
export function pickReply(message: string, rules: ReplyRule[], organ: OrganContact): null | string {
  const text = normalize(message)
  if (!text) return null
  const active = rules.filter((r) => r.enabled !== false && normalize(r.keyword))
  const exact = active.find((r) => r.match === 'exact' && normalize(r.keyword) === text)
  if (exact) return exact.reply
  const contained = active
    .filter((r) => r.match === 'contains' && text.includes(normalize(r.keyword)))
    .sort((a, b) => normalize(b.keyword).length - normalize(a.keyword).length)[0]
  if (contained) return contained.reply
  const answers = BUILT_IN.filter((b) => b.keywords.some((k) => text.includes(k)))
    .map((b) => b.answer(organ))
    .filter((a): a is string => Boolean(a))
  return answers.length ? [organ.fullName, ...answers].filter(Boolean).join('\n') : null
}
