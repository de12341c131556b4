import type { Finding, Masks } from './types'

import { mask } from './mask'
import { joinDigits, toOriginal } from './normalise'
import { isValidIdNumber15, isValidIdNumber18, passesLuhn } from './personalNumbers'
import { finding, labelledBefore } from './text'

const ID18 = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g
const ID15 = /(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])/g
const MOBILE = /(?<![0-9])(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?![0-9])/g
const CARD = /(?<![0-9A-Za-z])\d(?:[ -]?\d){15,18}(?![0-9A-Za-z])/g
const LANDLINE = /(?<![0-9])(?:\(?0\d{2,3}\)?[-\s]?)?[2-8]\d{6,7}(?![0-9])/g

const ID_LABEL = /身份证|身份号码|证件号/
const CARD_LABEL = /卡号|银行卡|账号|帐号|开户|存折|社保卡/
const PERSONAL_PHONE_LABEL = /(?:住宅|家庭|家里|个人|私人|本人|手机)电话|宅电|家庭座机|户主电话/
/** Labels that say an address is somebody's home, not the organ's 联系地址. */
const HOME_ADDRESS = /(家庭住址|家庭地址|现住址|现居住地|户籍地址|户籍所在地|居住地址|居住地|住址|家住|现住|住所)\s*[:：]?\s*/g
const ADDRESS_BODY = /[^\s，。；;,、）)\n]{2,60}/y
const BELOW_TOWNSHIP = /村|组|社区|小区|号|室|栋|幢|单元|弄|巷|路|街(?!道)|屯|队/
const TOWNSHIP_END = /^.*?(?:乡|镇|街道)/

const PERSONAL = '个人信息须去标识化后公开 / personal information must be masked before publication'

/**
 * Personal information that must not be published in full (ID numbers, mobiles, bank cards, personal phone
 * numbers, home addresses below 乡镇/街道). Numbers are looked for as written, then once more with the spaces
 * and hyphens inside digit runs removed (1101 0519 …); findings point at `original`, and each suggestion is
 * the masked form of what is written there. Give it normalised text (normalise.ts): full-width digits are
 * not digits here.
 */
export function checkPersonalInfo(original: string, masks: Masks): Finding[] {
  const findings: Finding[] = []
  const taken: [number, number][] = []
  const free = ([start, end]: [number, number]) => taken.every(([s, e]) => end <= s || start >= e)
  const add = ([from, to]: [number, number], what: string, suggestion: string) => {
    taken.push([from, to])
    findings.push(finding(original, 'personal-info', 'block', from, to, `${what}：${PERSONAL}`, suggestion))
  }
  const written = { original, text: original }
  const joined = joinDigits(original)
  for (const view of joined.pieces ? [written, joined] : [written]) {
    const text = view.text
    const at = (start: number, length: number) => toOriginal(view, start, start + length)
    const addNumber = (span: [number, number], what: string, pattern: Masks[keyof Masks]) => {
      if (free(span)) add(span, what, mask(original.slice(...span), pattern))
    }
    for (const m of text.matchAll(ID18)) {
      if (isValidIdNumber18(m[0])) addNumber(at(m.index, m[0].length), '身份证号码', masks.idNumber)
    }
    for (const m of text.matchAll(ID15)) {
      // 15-digit numbers are also old business registration numbers: only when labelled as an ID.
      if (isValidIdNumber15(m[0]) && labelledBefore(text, m.index, ID_LABEL)) {
        addNumber(at(m.index, m[0].length), '身份证号码（15位）', masks.idNumber)
      }
    }
    for (const m of text.matchAll(MOBILE)) addNumber(at(m.index, m[0].length), '手机号码', masks.mobile)
    for (const m of text.matchAll(CARD)) {
      const digits = m[0].replace(/\D/g, '')
      // Luhn passes one number in ten: also ask for a card label or China UnionPay's 62 prefix.
      if (!passesLuhn(digits)) continue
      if (digits.startsWith('62') || labelledBefore(text, m.index, CARD_LABEL, 16)) addNumber(at(m.index, m[0].length), '银行卡号', masks.bankCard)
    }
    for (const m of text.matchAll(LANDLINE)) {
      if (labelledBefore(text, m.index, PERSONAL_PHONE_LABEL)) addNumber(at(m.index, m[0].length), '个人固定电话', masks.landline)
    }
  }
  for (const m of original.matchAll(HOME_ADDRESS)) {
    ADDRESS_BODY.lastIndex = m.index + m[0].length
    const body = ADDRESS_BODY.exec(original)
    if (!body) continue
    const kept = TOWNSHIP_END.exec(body[0])?.[0] ?? ''
    if (!BELOW_TOWNSHIP.test(body[0].slice(kept.length))) continue
    add([body.index, body.index + body[0].length], '详细家庭住址', `${kept}***`)
  }
  return findings.sort((a, b) => a.start - b.start)
}
