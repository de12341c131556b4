import type { MaskPattern, Masks } from './types'

/** Defaults inspectors use: ID keeps first 2 + last 3 (35*************123), mobile 3 + 4 (138****1234). */
export const DEFAULT_MASKS: Masks = {
  bankCard: { keepEnd: 4, keepStart: 4 },
  idNumber: { keepEnd: 3, keepStart: 2 },
  landline: { keepEnd: 2, keepStart: 4 },
  mobile: { keepEnd: 4, keepStart: 3 },
}

/** Masks the digits (and an ID's X) of `value`, keeping separators so the result reads like the original. */
export function mask(value: string, pattern: MaskPattern): string {
  const total = value.replace(/[^\dXx]/g, '').length
  let seen = 0
  return value.replace(/[\dXx]/g, (ch) => {
    seen++
    return seen <= pattern.keepStart || seen > total - pattern.keepEnd ? ch : '*'
  })
}
