/** What the website's form (and staff entering a letter or a visit) sends to open a request. */
export const APPLICANT_TYPES = [
  { en: 'Natural person', value: 'natural-person', zh: '自然人' },
  { en: 'Commercial enterprise', value: 'commercial', zh: '商业企业' },
  { en: 'Research institution', value: 'research', zh: '科研机构' },
  { en: 'Public-interest organisation', value: 'public-interest', zh: '社会公益组织' },
  { en: 'Legal service provider', value: 'legal-service', zh: '法律服务机构' },
  { en: 'Other', value: 'other', zh: '其他' },
] as const
export type ApplicantType = (typeof APPLICANT_TYPES)[number]['value']

export const FORMS_WANTED = [
  { en: 'Paper copy', value: 'paper', zh: '纸质' },
  { en: 'Electronic file', value: 'electronic', zh: '电子文件' },
  { en: 'Inspect on site', value: 'inspect', zh: '当场查阅' },
] as const

/** How a request came (第三十一条 counts its date of receipt by it). */
export const RECEIPT_CHANNELS = [
  { en: 'In person', value: 'in-person', zh: '当面' },
  { en: 'Post', value: 'post', zh: '邮寄' },
  { en: 'Online', value: 'online', zh: '网络' },
  { en: 'Fax', value: 'fax', zh: '传真' },
] as const
/** Staff register the ways but the website's own form (网络). */
export type StaffChannel = Exclude<(typeof RECEIPT_CHANNELS)[number]['value'], 'online'>
const STAFF_CHANNELS = RECEIPT_CHANNELS.filter((c): c is Extract<(typeof RECEIPT_CHANNELS)[number], { value: StaffChannel }> => c.value !== 'online')

export type Submission = {
  applicantName: string
  applicantType: ApplicantType
  contact: string
  description: string
  formWanted: (typeof FORMS_WANTED)[number]['value']
  idNumber?: string
  /** staff only: the 第三十一条 date of receipt of a letter or visit */
  receivedAt?: string
  /** staff only: how it came (当面 when not said) */
  via?: StaffChannel
}

export type FieldError = { field: string; message: string }

/** Field limits: generous for real applications, small enough to refuse a dump. */
export const LIMITS = { applicantName: 100, contact: 200, description: 5000, idNumber: 30 } as const

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined)
/** An optional choice: absent means the default; anything but one of the listed strings is an error. */
const choice = (value: unknown, fallback: string) =>
  value === undefined || value === null ? fallback : typeof value === 'string' ? value.trim() : ''

/**
 * Checks a submission field by field; every problem is named with a Chinese message the website can show
 * beside the field. Unknown fields are ignored, never stored.
 */
export function validateSubmission(body: unknown, options: { staff: boolean; today: string }): { errors: FieldError[] } | { value: Submission } {
  const input = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as Record<string, unknown>
  const errors: FieldError[] = []
  const required = (field: keyof typeof LIMITS, label: string) => {
    const value = text(input[field])
    if (!value) errors.push({ field, message: `请填写${label}` })
    else if (value.length > LIMITS[field]) errors.push({ field, message: `${label}不能超过${LIMITS[field]}字` })
    return value ?? ''
  }
  const applicantName = required('applicantName', '申请人姓名或名称')
  const contact = required('contact', '联系方式')
  const description = required('description', '所需信息的内容描述')
  if (contact && !/\d{7,}|@|[省市县区乡镇村路街号]/.test(contact.replace(/[\s-]/g, ''))) {
    errors.push({ field: 'contact', message: '联系方式应为电话号码、电子邮箱或通信地址' })
  }
  const applicantType = choice(input.applicantType, 'natural-person')
  if (!APPLICANT_TYPES.some((t) => t.value === applicantType)) {
    errors.push({ field: 'applicantType', message: `申请人类型应为：${APPLICANT_TYPES.map((t) => `${t.value}（${t.zh}）`).join('、')}` })
  }
  const formWanted = choice(input.formWanted, 'electronic')
  if (!FORMS_WANTED.some((f) => f.value === formWanted)) {
    errors.push({ field: 'formWanted', message: `获取信息的方式应为：${FORMS_WANTED.map((f) => `${f.value}（${f.zh}）`).join('、')}` })
  }
  const idNumber = text(input.idNumber)
  if (input.idNumber !== undefined && input.idNumber !== null && typeof input.idNumber !== 'string')
    errors.push({ field: 'idNumber', message: '证件号码须为文字' })
  else if (idNumber && idNumber.length > LIMITS.idNumber) errors.push({ field: 'idNumber', message: `证件号码不能超过${LIMITS.idNumber}字` })
  // The API's name is receivedAt; the admin's registration form sends its field's own name, receivedOn.
  const dateField = input.receivedAt !== undefined ? 'receivedAt' : 'receivedOn'
  let receivedAt: string | undefined
  const given = input[dateField]
  if (given !== undefined && !(dateField === 'receivedOn' && (given === null || given === ''))) {
    receivedAt = text(given)
    if (!options.staff) errors.push({ field: dateField, message: '收到日期由工作人员登记' })
    else if (!receivedAt || !/^\d{4}-\d{2}-\d{2}$/.test(receivedAt) || Number.isNaN(Date.parse(receivedAt))) {
      errors.push({ field: dateField, message: '收到日期格式应为YYYY-MM-DD' })
    } else if (receivedAt > options.today) errors.push({ field: dateField, message: '收到日期不能晚于今天' })
  }
  let via: StaffChannel | undefined
  if (options.staff) {
    const given = choice(input.channel, 'in-person')
    if (STAFF_CHANNELS.some((c) => c.value === given)) via = given as StaffChannel
    else errors.push({ field: 'channel', message: `申请方式应为：${STAFF_CHANNELS.map((c) => `${c.value}（${c.zh}）`).join('、')}` })
  }
  if (errors.length) return { errors }
  return {
    value: {
      applicantName,
      applicantType: applicantType as ApplicantType,
      contact,
      description,
      formWanted: formWanted as Submission['formWanted'],
      idNumber,
      receivedAt,
      via,
    },
  }
}
