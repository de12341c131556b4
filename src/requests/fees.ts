/**
 * 信息处理费 (information processing fee), 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号), in yuan.
 * Both methods are 超额累进 (marginal: each 件 or page is charged at the rate of its own band).
 *
 * 按件 (第四条, per applicant per calendar month, cumulative): 1–10 free; 11–30 100元/件; from 31 on, each
 * further band of 10 件 costs 100元/件 more (31–40 200元, 41–50 300元, …). Matches the reference file.
 * 按量 (第五条, for paper copies, e-mail, copied data): 1–30 pages free; 31–100 10元/页; 101–200 20元/页;
 * 201+ 40元/页. The reference file names 按量 without figures; these are the 国办函's published figures.
 * Unlike 按件 they carry no "一个自然月内" clause, so pages are counted per application.
 * 第三条: one method per application, never both; we go further and use one method per applicant-month.
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

/** One application of the month. items: 件 after 一事一申请 splitting (default 1); pages: needed for 按量. */
export type MonthRequest = { applicant: string; receivedOn: string; items?: number; pages?: number }

function assertOneApplicantMonth(requests: MonthRequest[]): void {
  const first = requests[0]
  if (!first) return
  const month = first.receivedOn.slice(0, 7)
  for (const request of requests) {
    if (request.applicant !== first.applicant) {
      fail('一次只能计算同一申请人的费用。', 'All requests must be from the same applicant.')
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(request.receivedOn) || request.receivedOn.slice(0, 7) !== month) {
      fail(`所有申请须在同一自然月（${month}）内收到。`, `All requests must be received in the same calendar month (${month}).`)
    }
  }
}

/**
 * The fee for one applicant's month under ONE method, chosen for the whole month, so the two methods can
 * never be mixed for that applicant-month. 按件 counts the month's 件 cumulatively; 按量 adds each
 * application's own page fee.
 */
export function feeForMonth(requests: MonthRequest[], method: FeeMethod): number {
  assertOneApplicantMonth(requests)
  if (method === '按件') {
    const items = requests.reduce((sum, r) => {
      const n = r.items ?? 1
      assertCount(n)
      return sum + n
    }, 0)
    return feeFor('按件', items)
  }
  if (method !== '按量') fail(`未知的计收方式：${method}。`, `Unknown fee method: ${method}.`)
  return requests.reduce((sum, r) => {
    if (r.pages === undefined) fail('按量计收须提供每件申请的页数。', "The '按量' method needs the page count of every request.")
    return sum + feeFor('按量', r.pages as number)
  }, 0)
}
