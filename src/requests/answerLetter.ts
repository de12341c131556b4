import type { NoticeSheet } from '../channels/noticeboard/sheet'

import { chineseDate } from '../time'
import { OUTCOMES } from './outcomes'

export type AnsweredRequest = {
  applicantName: string
  closedOn?: null | string
  description: string
  legalBasis?: null | string
  outcome: string
  receivedOn: string
  trackingNumber: string
}

/** What the letter says the organ decided, in the words of 第三十六条. */
const DECISIONS: Record<string, string> = {
  granted: '经审查，您申请获取的政府信息属于公开范围，现予以公开，随本答复书提供。',
  partial: '经审查，您申请获取的政府信息中部分内容不应公开，本机关对可以公开的部分予以提供（区分处理），不予公开部分的理由和依据如下。',
}

/**
 * The 政府信息公开申请答复书 for a request with its outcome: what was asked, what was decided and on which
 * legal basis, and the remedies (行政复议 within 60 days, 行政诉讼 within 6 months) the statute requires.
 */
export function answerLetter(request: AnsweredRequest, organName: string): NoticeSheet {
  const row = OUTCOMES.find((o) => o.key === request.outcome)
  if (!row) throw new Error(`未知的办理结果 / unknown outcome ${request.outcome}`)
  // 无法提供（本机关不掌握相关政府信息）: the group without its number, the row without its number.
  const decision =
    'group' in row && row.group !== '三、本年度办理结果'
      ? `${row.group.replace(/^（.）/, '')}（${row.label.zh.replace(/^\d+\./, '')}）`
      : row.label.zh
  const paragraph = (text: string) => ({ runs: [{ text }], type: 'paragraph' as const })
  return {
    blocks: [
      { runs: [{ text: `${request.applicantName}：` }], type: 'paragraph' },
      paragraph(
        `本机关于${chineseDate(request.receivedOn)}收到您提出的政府信息公开申请（受理编号：${request.trackingNumber}），申请获取：“${request.description}”。`,
      ),
      paragraph(DECISIONS[request.outcome] ?? `经审查，本机关作出如下答复：${decision}。`),
      ...(request.legalBasis ? [paragraph(`依据：${request.legalBasis}`)] : []),
      paragraph('如对本答复不服，可以自收到本答复之日起六十日内依法申请行政复议，或者自收到本答复之日起六个月内依法向人民法院提起行政诉讼。'),
    ],
    issuedOn: request.closedOn ?? request.receivedOn,
    organName,
    title: '政府信息公开申请答复书',
  }
}
