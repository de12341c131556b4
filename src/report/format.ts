/**
 * The official table layout of 政府信息公开工作年度报告 (国办公开办函〔2021〕30号), as data.
 * Collections build their fields from it and the compiler, validator and renderer walk it, so the
 * row and column labels live in exactly one place.
 */

export type Label = { en: string; zh: string }

export type TableRow = {
  /** field name, unique within its table */
  key: string
  label: Label
  /** group heading printed before this row (e.g. （三）不予公开) */
  group?: string
}

/** Section 二: four small tables under 第二十条. */
export const section2Tables = {
  regulations: {
    title: '第二十条第（一）项',
    columns: [
      { key: 'issued', label: { zh: '本年制发件数', en: 'Issued this year' } },
      { key: 'repealed', label: { zh: '本年废止件数', en: 'Repealed this year' } },
      { key: 'inForce', label: { zh: '现行有效件数', en: 'In force' } },
    ],
    rows: [
      { key: 'rules', label: { zh: '规章', en: 'Rules' } },
      { key: 'normativeDocs', label: { zh: '行政规范性文件', en: 'Normative documents' } },
    ],
  },
  licensing: {
    title: '第二十条第（五）项',
    columns: [{ key: 'decisions', label: { zh: '本年处理决定数量', en: 'Decisions this year' } }],
    rows: [{ key: 'licensing', label: { zh: '行政许可', en: 'Administrative licensing' } }],
  },
  enforcement: {
    title: '第二十条第（六）项',
    columns: [{ key: 'decisions', label: { zh: '本年处理决定数量', en: 'Decisions this year' } }],
    rows: [
      { key: 'penalty', label: { zh: '行政处罚', en: 'Administrative penalties' } },
      { key: 'coercion', label: { zh: '行政强制', en: 'Administrative coercion' } },
    ],
  },
  fees: {
    title: '第二十条第（八）项',
    columns: [{ key: 'amount', label: { zh: '本年收费金额（单位：万元）', en: 'Fees this year (10,000 yuan)' } }],
    rows: [{ key: 'adminFees', label: { zh: '行政事业性收费', en: 'Administrative fees' } }],
  },
} as const satisfies Record<string, { columns: readonly { key: string; label: Label }[]; rows: readonly TableRow[]; title: string }>

/** Section 三 columns: 自然人, the five kinds of 法人或其他组织, 总计 (no 法人 subtotal). */
export const section3Columns = [
  { key: 'natural', label: { zh: '自然人', en: 'Natural persons' } },
  { key: 'commercial', label: { zh: '商业企业', en: 'Commercial enterprises' } },
  { key: 'research', label: { zh: '科研机构', en: 'Research institutions' } },
  { key: 'publicInterest', label: { zh: '社会公益组织', en: 'Public-interest organisations' } },
  { key: 'legalService', label: { zh: '法律服务机构', en: 'Legal service agencies' } },
  { key: 'other', label: { zh: '其他', en: 'Other' } },
  { key: 'total', label: { zh: '总计', en: 'Total' } },
] as const

export type Section3Column = (typeof section3Columns)[number]['key']

const withheld = '（三）不予公开'
const unable = '（四）无法提供'
const notProcessed = '（五）不予处理'
const otherHandling = '（六）其他处理'

/** Section 三 rows in the official order. */
export const section3Rows = [
  { key: 'newReceived', label: { zh: '一、本年新收政府信息公开申请数量', en: 'New requests this year' } },
  { key: 'carriedOver', label: { zh: '二、上年结转政府信息公开申请数量', en: 'Carried over from last year' } },
  { key: 'granted', group: '三、本年度办理结果', label: { zh: '（一）予以公开', en: 'Disclosed' } },
  {
    key: 'partial',
    label: { zh: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', en: 'Partly disclosed' },
  },
  { key: 'stateSecret', group: withheld, label: { zh: '1.属于国家秘密', en: 'State secret' } },
  { key: 'lawForbidden', group: withheld, label: { zh: '2.其他法律行政法规禁止公开', en: 'Forbidden by other law' } },
  { key: 'threeSecurity', group: withheld, label: { zh: '3.危及“三安全一稳定”', en: 'Endangers security or stability' } },
  { key: 'thirdParty', group: withheld, label: { zh: '4.保护第三方合法权益', en: "Third parties' rights" } },
  { key: 'internalAffairs', group: withheld, label: { zh: '5.属于三类内部事务信息', en: 'Internal affairs' } },
  { key: 'processInfo', group: withheld, label: { zh: '6.属于四类过程性信息', en: 'Process information' } },
  { key: 'enforcementFile', group: withheld, label: { zh: '7.属于行政执法案卷', en: 'Enforcement case file' } },
  { key: 'queryMatter', group: withheld, label: { zh: '8.属于行政查询事项', en: 'Administrative query' } },
  { key: 'notHeld', group: unable, label: { zh: '1.本机关不掌握相关政府信息', en: 'Not held' } },
  { key: 'needsCreation', group: unable, label: { zh: '2.没有现成信息需要另行制作', en: 'Would need creating' } },
  { key: 'stillUnclear', group: unable, label: { zh: '3.补正后申请内容仍不明确', en: 'Still unclear after correction' } },
  { key: 'petition', group: notProcessed, label: { zh: '1.信访举报投诉类申请', en: 'Petition or complaint' } },
  { key: 'duplicate', group: notProcessed, label: { zh: '2.重复申请', en: 'Duplicate request' } },
  { key: 'publication', group: notProcessed, label: { zh: '3.要求提供公开出版物', en: 'Asks for a publication' } },
  {
    key: 'massRepeat',
    group: notProcessed,
    label: { zh: '4.无正当理由大量反复申请', en: 'Mass repeated requests' },
  },
  {
    key: 'confirmation',
    group: notProcessed,
    label: { zh: '5.要求行政机关确认或重新出具已获取信息', en: 'Confirm or reissue held information' },
  },
  {
    key: 'noCorrection',
    group: otherHandling,
    label: {
      zh: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      en: 'No correction in time',
    },
  },
  {
    key: 'feeUnpaid',
    group: otherHandling,
    label: {
      zh: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      en: 'Fee not paid in time',
    },
  },
  { key: 'otherResult', group: otherHandling, label: { zh: '3.其他', en: 'Other' } },
  { key: 'resultTotal', label: { zh: '（七）总计', en: 'Total results' } },
  { key: 'carriedForward', label: { zh: '四、结转下年度继续办理', en: 'Carried forward to next year' } },
] as const satisfies readonly TableRow[]

export type Section3Row = (typeof section3Rows)[number]['key']

/** Section 四: 行政复议, then 行政诉讼 split into 未经复议直接起诉 and 复议后起诉; five numbers each. */
export const section4Groups = [
  { key: 'reconsideration', label: { zh: '行政复议', en: 'Administrative reconsideration' } },
  { key: 'directSuit', label: { zh: '行政诉讼 · 未经复议直接起诉', en: 'Litigation without reconsideration' } },
  { key: 'suitAfterReview', label: { zh: '行政诉讼 · 复议后起诉', en: 'Litigation after reconsideration' } },
] as const

export const section4Columns = [
  { key: 'upheld', label: { zh: '结果维持', en: 'Upheld' } },
  { key: 'corrected', label: { zh: '结果纠正', en: 'Corrected' } },
  { key: 'otherOutcome', label: { zh: '其他结果', en: 'Other outcome' } },
  { key: 'pending', label: { zh: '尚未审结', en: 'Pending' } },
  { key: 'total', label: { zh: '总计', en: 'Total' } },
] as const

/** Exact section headings (第五十条). */
export const sectionHeadings = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  appeals: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  otherMatters: '六、其他需要报告的事项',
} as const

/** The signature under the report (落款), as the form labels it. */
export const signatureLabels = {
  signedAt: { en: 'Signature date', zh: '落款日期' },
  signedBy: { en: 'Signed by (organ’s full name)', zh: '落款机关（全称）' },
} as const satisfies Record<string, Label>
