/**
 * 信息处理费 (information processing fee), 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号), in yuan.
 * Both methods are 超额累进 (marginal: each 件 or page is charged at the rate of its own band).
 *
 * 按件 (第四条, per applicant per calendar month, cumulative): 1–10 free; 11–30 100元/件; from 31 on, each
 * further band of 10 件 costs 100元/件 more (31–40 200元, 41–50 300元, …). Matches the reference file.
 * 按量 (第五条, for paper copies, e-mail, copied data): 1–30 pages free; 31–100 10元/页; 101–200 20元/页;
 * 201+ 40元/页. The reference file names 按量 without figures; these are the 国办函's published figures.
 * Unlike 按件 they carry no "一个自然月内" clause, so pages are counted per application.
 * 第三条: one method per application, never both; we go further and use one method per applicant-month
 * (the collection's hook refuses a mix).
 */
export type FeeMethod = '按件' | '按量'

const fail = (zh: string, en: string): never => {
  throw new Error(`${zh} ${en}`)
}

/** Rate of the i-th 件 of an applicant's month. */
function itemRate(i: number): number {
  if (i <= 10) return 0
  if (i <= 30) return 100
  return 100 + 100 * Math.ceil((i - 30) / 10)
}

/** Rate of the p-th page of one application. */
function pageRate(p: number): number {
  if (p <= 30) return 0
  if (p <= 100) return 10
  if (p <= 200) return 20
  return 40
}

function assertCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) {
    fail(`件数或页数须为非负整数：${count}。`, `The count of items or pages must be a non-negative integer: ${count}.`)
  }
}

/**
 * The fee for `count`: for 按件 the applicant's 件 in the calendar month (一事一申请 may split one letter into
 * several 件); for 按量 the pages provided for one application.
 */
export function feeFor(method: FeeMethod, count: number): number {
  assertCount(count)
  if (method !== '按件' && method !== '按量') fail(`未知的计收方式：${method}。`, `Unknown fee method: ${method}.`)
  const rate = method === '按件' ? itemRate : pageRate
  let fee = 0
  for (let n = 1; n <= count; n++) fee += rate(n)
  return fee
}

/** The stored choice of method (English select values) and the statute's name for it. */
export const FEE_METHODS = [
  { en: 'Per item (按件)', method: '按件', value: 'per-item', zh: '按件计收' },
  { en: 'Per page (按量)', method: '按量', value: 'per-page', zh: '按量计收' },
] as const satisfies ReadonlyArray<{ en: string; method: FeeMethod; value: string; zh: string }>

export type FeeChoice = (typeof FEE_METHODS)[number]['value']
export const methodOf = (choice: FeeChoice): FeeMethod => FEE_METHODS.find((m) => m.value === choice)!.method

/**
 * Who "one applicant" is for the monthly count: the ID document number when given (the same person
 * writing under two spellings is still one), otherwise the name with the contact.
 */
export function applicantKey(applicant: { applicantName: string; contact: string; idNumber?: null | string }): string {
  const id = applicant.idNumber?.replace(/\s/g, '').toUpperCase()
  return id ? `id:${id}` : `name:${applicant.applicantName.trim()}|${applicant.contact.replace(/[\s-]/g, '').toLowerCase()}`
}

/**
 * The fee of one application, given the applicant's applications of the same month received before it
 * (each charged, and by the same method — the caller refuses a mix). 按件: what this request's 件 add to
 * the month's cumulative fee; 按量: its own pages.
 */
export function requestFee(method: FeeMethod, request: { items?: null | number; pages?: null | number }, earlierItems: number): number {
  if (method === '按量') {
    if (request.pages === null || request.pages === undefined) fail('按量计收须填写页数。', "The '按量' method needs the page count.")
    return feeFor('按量', request.pages as number)
  }
  const items = request.items ?? 1
  assertCount(items)
  assertCount(earlierItems)
  return feeFor('按件', earlierItems + items) - feeFor('按件', earlierItems)
}
