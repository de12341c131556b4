import { describe, expect, it } from 'vitest'

import { type ReportInput, validateReport, type ValidationContext } from '../../src/report/validate'

/** natural, commercial, research, publicInterest, legalService, other, total — written out, never computed. */
const row = (...n: [number, number, number, number, number, number, number]) => ({
  commercial: n[1],
  legalService: n[4],
  natural: n[0],
  other: n[5],
  publicInterest: n[3],
  research: n[2],
  total: n[6],
})
const zero = () => row(0, 0, 0, 0, 0, 0, 0)

const OVERVIEW =
  '本报告所列数据的统计期限为2026年1月1日至2026年12月31日。' +
  '2026年，青石乡人民政府主动公开政府信息152条。' +
  '本年度新收政府信息公开申请12件，上年结转1件，其中予以公开5件、部分公开3件，结转下年度继续办理1件。' +
  '全年发生政府信息公开行政复议1件、行政诉讼1件。'

/** A complete, consistent report of 青石乡人民政府 for 2026; every test starts from a fresh copy. */
function validReport(): ReportInput {
  return {
    appeals: {
      directSuit: { corrected: 0, otherOutcome: 0, pending: 1, total: 1, upheld: 0 },
      reconsideration: { corrected: 0, otherOutcome: 0, pending: 0, total: 1, upheld: 1 },
      suitAfterReview: { corrected: 0, otherOutcome: 0, pending: 0, total: 0, upheld: 0 },
    },
    otherMatters: '本年度未收取信息处理费，无其他需要报告的事项。',
    overview: OVERVIEW,
    proactive: {
      enforcement: { coercion: { decisions: 0 }, penalty: { decisions: 14 } },
      fees: { adminFees: { amount: 0 } },
      licensing: { licensing: { decisions: 36 } },
      regulations: {
        normativeDocs: { inForce: 5, issued: 2, repealed: 1 },
        rules: { inForce: 0, issued: 0, repealed: 0 },
      },
    },
    problems: '部分村务信息更新不够及时。下一步将建立月度更新台账，按时公开。',
    requests: {
      newReceived: row(9, 2, 0, 0, 1, 0, 12),
      carriedOver: row(1, 0, 0, 0, 0, 0, 1),
      granted: row(4, 1, 0, 0, 0, 0, 5),
      partial: row(2, 0, 0, 0, 1, 0, 3),
      stateSecret: zero(),
      lawForbidden: zero(),
      threeSecurity: zero(),
      thirdParty: row(1, 0, 0, 0, 0, 0, 1),
      internalAffairs: zero(),
      processInfo: zero(),
      enforcementFile: zero(),
      queryMatter: zero(),
      notHeld: row(1, 1, 0, 0, 0, 0, 2),
      needsCreation: zero(),
      stillUnclear: zero(),
      petition: zero(),
      duplicate: row(1, 0, 0, 0, 0, 0, 1),
      publication: zero(),
      massRepeat: zero(),
      confirmation: zero(),
      noCorrection: zero(),
      feeUnpaid: zero(),
      otherResult: zero(),
      resultTotal: row(9, 2, 0, 0, 1, 0, 12),
      carriedForward: row(1, 0, 0, 0, 0, 0, 1),
    },
    signedAt: '2027-01-20',
    signedBy: '青石乡人民政府',
    year: 2026,
  }
}

function context(overrides: Partial<ValidationContext> = {}): ValidationContext {
  return {
    deadline: '2027-01-31',
    organName: '青石乡人民政府',
    previousCarriedForward: { commercial: 0, legalService: 0, natural: 1, other: 0, publicInterest: 0, research: 0, total: 1 },
    publishedOn: '2027-01-25',
    records: { newReceived: 12, published: 152 },
    today: '2027-01-25',
    ...overrides,
  }
}

const errorsOf = (report: ReportInput, ctx = context()) => validateReport(report, ctx).errors

describe('annual report validator: a consistent report', () => {
  it('has no errors and no warnings', () => {
    expect(validateReport(validReport(), context())).toEqual({ errors: [], warnings: [] })
  })

  it('a year without any activity, every cell written as 0 and every section saying 无, is valid', () => {
    const report = validReport()
    for (const table of Object.values(report.proactive!)) {
      for (const cells of Object.values(table as Record<string, Record<string, number>>)) {
        for (const column of Object.keys(cells)) cells[column] = 0
      }
    }
    for (const key of Object.keys(report.requests!)) (report.requests as Record<string, unknown>)[key] = zero()
    for (const group of Object.values(report.appeals!)) Object.assign(group!, { corrected: 0, otherOutcome: 0, pending: 0, total: 0, upheld: 0 })
    Object.assign(report, { otherMatters: '无', overview: '本年度未收到政府信息公开申请。', problems: '无' })
    const ctx = context({ previousCarriedForward: null, records: { newReceived: 0, published: 0 } })
    expect(errorsOf(report, ctx)).toEqual([])
  })
})

describe('rule 1: 一 + 二 = （七）总计 + 四, per column', () => {
  it('moving one carried-forward request from 自然人 to 商业企业 breaks both columns', () => {
    const report = validReport()
    report.requests!.carriedForward = row(0, 1, 0, 0, 0, 0, 1)
    expect(errorsOf(report)).toEqual([
      {
        expected: 10,
        found: 9,
        message:
          '表三「自然人」列：「一、本年新收政府信息公开申请数量」 + 「二、上年结转政府信息公开申请数量」 = 10，' +
          '「（七）总计」 + 「四、结转下年度继续办理」 = 9，两者应相等',
        path: 'requests.carriedForward.natural',
        rule: 1,
      },
      expect.objectContaining({ expected: 2, found: 3, path: 'requests.carriedForward.commercial', rule: 1 }),
    ])
  })
})

describe('rule 2: （一）…（六） = （七）总计, per column', () => {
  it('a 予以公开 counted under 自然人 instead of 商业企业 breaks 自然人 and 商业企业', () => {
    const report = validReport()
    report.requests!.granted = row(5, 0, 0, 0, 0, 0, 5)
    const errors = errorsOf(report)
    expect(errors.map((e) => [e.rule, e.path, e.expected, e.found])).toEqual([
      [2, 'requests.resultTotal.natural', 10, 9],
      [2, 'requests.resultTotal.commercial', 1, 2],
    ])
    expect(errors[0]!.message).toBe('表三「自然人」列：「（一）予以公开」至「（六）其他处理」「3.其他」各行之和为 10，「（七）总计」为 9，两者应相等')
  })
})

describe('rule 3: the six applicant columns = 总计, per row', () => {
  it('a request moved from 部分公开 to 予以公开 in the 自然人 column only breaks both rows', () => {
    const report = validReport()
    report.requests!.granted!.natural = 5
    report.requests!.partial!.natural = 1
    const errors = errorsOf(report)
    expect(errors.map((e) => [e.rule, e.path, e.expected, e.found])).toEqual([
      [3, 'requests.granted.total', 6, 5],
      [3, 'requests.partial.total', 2, 3],
    ])
    expect(errors[0]!.message).toBe('表三「（一）予以公开」行：「自然人」至「其他」各列之和为 6，「总计」列为 5，两者应相等')
  })

  it('names a numbered sub-row with its group heading', () => {
    const report = validReport()
    report.requests!.thirdParty!.natural = 2
    report.requests!.duplicate!.natural = 0
    const thirdParty = errorsOf(report).find((e) => e.path === 'requests.thirdParty.total')
    expect(thirdParty?.message).toContain('表三「（三）不予公开」「4.保护第三方合法权益」行：')
  })
})

describe('rule 4: 维持 + 纠正 + 其他 + 尚未审结 = 总计, per group of table 四', () => {
  it('reports the group total', () => {
    const report = validReport()
    report.appeals!.reconsideration!.upheld = 2
    expect(errorsOf(report)).toEqual([
      {
        expected: 2,
        found: 1,
        message: '表四「行政复议」：「结果维持」至「尚未审结」之和为 2，「总计」为 1，两者应相等',
        path: 'appeals.reconsideration.total',
        rule: 4,
      },
    ])
  })
})

describe('rule 5: every cell and every section present', () => {
  it('a blank cell gives exactly one error, no cascade through rules 2 and 3', () => {
    const report = validReport()
    report.requests!.granted!.natural = null
    expect(errorsOf(report)).toEqual([
      {
        found: null,
        message: '表三「（一）予以公开」行「自然人」列为空：没有发生也须填 0',
        path: 'requests.granted.natural',
        rule: 5,
      },
    ])
  })

  it('a missing total cell gives exactly one error, not rules 1, 2, 3 and 6 as well', () => {
    const report = validReport()
    delete report.requests!.newReceived!.total
    expect(errorsOf(report).map((e) => [e.rule, e.path])).toEqual([[5, 'requests.newReceived.total']])
  })

  it('a blank section 二 cell names the 第二十条 table', () => {
    const report = validReport()
    report.proactive!.regulations!.rules!.issued = undefined
    expect(errorsOf(report)).toEqual([
      expect.objectContaining({
        message: '表二（第二十条第（一）项）「规章」行「本年制发件数」列为空：没有发生也须填 0',
        path: 'proactive.regulations.rules.issued',
        rule: 5,
      }),
    ])
  })

  it('a blank table 四 cell gives one error', () => {
    const report = validReport()
    report.appeals!.directSuit!.pending = null
    expect(errorsOf(report)).toEqual([
      expect.objectContaining({
        message: '表四「行政诉讼 · 未经复议直接起诉」「尚未审结」列为空：没有发生也须填 0',
        path: 'appeals.directSuit.pending',
        rule: 5,
      }),
    ])
  })

  it('the fee may be a decimal in 万元', () => {
    const report = validReport()
    report.proactive!.fees!.adminFees!.amount = 0.35
    expect(errorsOf(report)).toEqual([])
  })

  it('a decimal anywhere else is an error', () => {
    const report = validReport()
    report.proactive!.regulations!.normativeDocs!.issued = 2.5
    expect(errorsOf(report)).toEqual([
      {
        found: 2.5,
        message: '表二（第二十条第（一）项）「行政规范性文件」行「本年制发件数」列为 2.5：须为非负整数',
        path: 'proactive.regulations.normativeDocs.issued',
        rule: 5,
      },
    ])
  })

  it('a negative count or fee is an error', () => {
    const report = validReport()
    report.proactive!.enforcement!.penalty!.decisions = -1
    report.proactive!.fees!.adminFees!.amount = -0.5
    expect(errorsOf(report).map((e) => [e.rule, e.path, e.found, e.message])).toEqual([
      [5, 'proactive.enforcement.penalty.decisions', -1, '表二（第二十条第（六）项）「行政处罚」行「本年处理决定数量」列为 -1：须为非负整数'],
      [
        5,
        'proactive.fees.adminFees.amount',
        -0.5,
        '表二（第二十条第（八）项）「行政事业性收费」行「本年收费金额（单位：万元）」列为 -0.5：须为非负数',
      ],
    ])
  })

  it('an empty narrative section is an error (第五十条: 无 when nothing)', () => {
    const report = validReport()
    report.problems = '  '
    report.otherMatters = null
    expect(errorsOf(report)).toEqual([
      { found: null, message: '「五、存在的主要问题及改进情况」为空：第五十条要求逐项报告，没有内容也须写明“无”', path: 'problems', rule: 5 },
      expect.objectContaining({ path: 'otherMatters', rule: 5 }),
    ])
  })
})

describe('rule 6: figures quoted in the narrative', () => {
  const withOverview = (overview: string) => ({ ...validReport(), overview })

  it('a 新收 figure that differs from table 三 and from the records gives one error for each', () => {
    expect(errorsOf(withOverview('本年度新收政府信息公开申请13件。'))).toEqual([
      {
        expected: 12,
        found: 13,
        message: '「一、总体情况」写「新收政府信息公开申请13件」，与表三「一、本年新收政府信息公开申请数量」行「总计」列的 12 不符',
        path: 'overview',
        rule: 6,
      },
      {
        expected: 12,
        found: 13,
        message: '「一、总体情况」写「新收政府信息公开申请13件」，与系统记录的本年新收申请数 12 不符',
        path: 'overview',
        rule: 6,
      },
    ])
  })

  it('checks the records even when the table agrees', () => {
    const ctx = context({ records: { newReceived: 11 } })
    expect(errorsOf(withOverview('共收到政府信息公开申请 12 件。'), ctx)).toEqual([
      expect.objectContaining({ expected: 11, found: 12, message: expect.stringContaining('系统记录的本年新收申请数 11'), rule: 6 }),
    ])
  })

  it('tolerates 共, spaces, commas and full-width digits within a clause', () => {
    const overview = '新收政府信息公开申请，共 １２ 件；上年结转政府信息公开申请共1件；结转下年度继续办理的 1 件。'
    expect(errorsOf(withOverview(overview))).toEqual([])
  })

  it('reads simple Chinese numerals', () => {
    expect(errorsOf(withOverview('新收政府信息公开申请十二件，予以公开五件。'))).toEqual([])
    expect(errorsOf(withOverview('新收政府信息公开申请十三件。')).map((e) => e.found)).toEqual([13, 13])
  })

  it('does not carry a figure across 。 or ；', () => {
    expect(errorsOf(withOverview('本年度新收政府信息公开申请情况如下。办结13件；主动公开政府信息情况见表二；共7条。'))).toEqual([])
  })

  it('gives each figure to the nearest keyword before it', () => {
    expect(errorsOf(withOverview('新收申请中，予以公开5件、部分公开4件。'))).toEqual([
      expect.objectContaining({ expected: 3, found: 4, message: expect.stringContaining('「部分公开4件」'), path: 'overview', rule: 6 }),
    ])
  })

  it('主动公开 is checked against the records', () => {
    expect(errorsOf(withOverview('主动公开政府信息150条。'))).toEqual([
      expect.objectContaining({
        expected: 152,
        found: 150,
        message: '「一、总体情况」写「主动公开政府信息150条」，与系统记录的本年主动公开信息数 152 不符',
      }),
    ])
  })

  it('行政诉讼 is the sum of both litigation groups of table 四; figures in 六 are checked too', () => {
    const report = { ...validReport(), otherMatters: '本年度发生政府信息公开行政诉讼2件。' }
    expect(errorsOf(report, context({ records: {} }))).toEqual([
      {
        expected: 1,
        found: 2,
        message:
          '「六、其他需要报告的事项」写「行政诉讼2件」，与表四「行政诉讼 · 未经复议直接起诉」「总计」列' +
          '与表四「行政诉讼 · 复议后起诉」「总计」列之和的 1 不符',
        path: 'otherMatters',
        rule: 6,
      },
    ])
  })

  it('amounts in 元 are not figures of the tables', () => {
    expect(errorsOf({ ...validReport(), otherMatters: '本年度收取信息处理费300元。' })).toEqual([])
  })

  it('the statistics period names the report year', () => {
    expect(errorsOf(withOverview('本报告所列数据的统计期限为2025年1月1日至2025年12月31日。'))).toEqual([
      expect.objectContaining({ expected: 2026, found: 2025, message: expect.stringContaining('应为报告年度 2026 年'), path: 'overview', rule: 6 }),
    ])
  })
})

describe('rule 7: 二、上年结转 = last year’s 四、结转下年度继续办理', () => {
  it('compares each column with last year’s report', () => {
    const previousCarriedForward = { commercial: 0, legalService: 0, natural: 2, other: 0, publicInterest: 0, research: 0, total: 2 }
    const errors = errorsOf(validReport(), context({ previousCarriedForward }))
    expect(errors.map((e) => [e.rule, e.path, e.expected, e.found])).toEqual([
      [7, 'requests.carriedOver.natural', 2, 1],
      [7, 'requests.carriedOver.total', 2, 1],
    ])
    expect(errors[0]!.message).toBe(
      '表三「二、上年结转政府信息公开申请数量」行「自然人」列为 1，上年报告「四、结转下年度继续办理」行「自然人」列为 2，两者应相等',
    )
  })

  it('is skipped without last year’s report', () => {
    const report = validReport()
    report.requests!.carriedOver = row(1, 0, 0, 0, 0, 0, 1)
    expect(errorsOf(report, context({ previousCarriedForward: null }))).toEqual([])
  })
})

describe('rule 8: signature and deadline', () => {
  it('the organ’s full name, trimmed', () => {
    expect(errorsOf({ ...validReport(), signedBy: ' 青石乡人民政府 ' })).toEqual([])
    expect(errorsOf({ ...validReport(), signedBy: '青石乡政府' })).toEqual([
      {
        expected: '青石乡人民政府',
        found: '青石乡政府',
        message: '落款机关「青石乡政府」不是全称，应为「青石乡人民政府」',
        path: 'signedBy',
        rule: 8,
      },
    ])
  })

  it('a date is required', () => {
    expect(errorsOf({ ...validReport(), signedAt: null })).toEqual([
      { expected: undefined, found: null, message: '落款日期为空：须写明成文日期', path: 'signedAt', rule: 8 },
    ])
  })

  it('not before the year is over', () => {
    expect(errorsOf({ ...validReport(), signedAt: '2026-12-31' })).toEqual([
      expect.objectContaining({ expected: '2027-01-01', found: '2026-12-31', path: 'signedAt', rule: 8 }),
    ])
  })

  it('not after the deadline, reading a stored instant as a China date', () => {
    expect(errorsOf({ ...validReport(), signedAt: '2027-01-30T16:00:00.000Z' })).toEqual([]) // 31 January in China
    expect(errorsOf({ ...validReport(), signedAt: '2027-01-31T16:00:00.000Z' })).toEqual([
      expect.objectContaining({ expected: '2027-01-31', message: '落款日期 2027-02-01 晚于公开期限 2027-01-31', path: 'signedAt', rule: 8 }),
    ])
  })

  it('published on the deadline is on time; after it, an error', () => {
    expect(validateReport(validReport(), context({ publishedOn: '2027-01-31', today: '2027-02-03' }))).toEqual({ errors: [], warnings: [] })
    expect(validateReport(validReport(), context({ publishedOn: '2027-02-03', today: '2027-02-03' }))).toEqual({
      errors: [
        {
          expected: '2027-01-31',
          found: '2027-02-03',
          message: '发布日期 2027-02-03 晚于公开期限 2027-01-31，逾期 3 天',
          path: 'publishedAt',
          rule: 8,
        },
      ],
      warnings: [],
    })
  })

  it('unpublished on the deadline is fine; after it, a warning only', () => {
    expect(validateReport(validReport(), context({ publishedOn: null, today: '2027-01-31' }))).toEqual({ errors: [], warnings: [] })
    expect(validateReport(validReport(), context({ publishedOn: null, today: '2027-02-05' }))).toEqual({
      errors: [],
      warnings: [{ expected: '2027-01-31', found: null, message: '年度报告尚未发布，已超过公开期限 2027-01-31 5 天', path: 'publishedAt', rule: 8 }],
    })
  })
})

describe('order', () => {
  it('errors come in document order: 二, 三, 四, narrative, signature', () => {
    const report = validReport()
    report.signedBy = '青石乡'
    report.problems = ''
    report.appeals!.suitAfterReview!.total = null
    report.requests!.granted!.natural = null
    report.requests!.carriedForward = row(0, 1, 0, 0, 0, 0, 1)
    report.proactive!.licensing!.licensing!.decisions = null
    expect(errorsOf(report).map((e) => e.path)).toEqual([
      'proactive.licensing.licensing.decisions',
      'requests.granted.natural',
      'requests.carriedForward.natural',
      'requests.carriedForward.commercial',
      'appeals.suitAfterReview.total',
      'problems',
      'signedBy',
    ])
  })
})
