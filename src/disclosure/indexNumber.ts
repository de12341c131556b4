/**
 * 索引号 = 前段码/后段码: the organ's 统一社会信用代码, then the year and a 5-digit serial that runs across all
 * of the organ's disclosed items in that year, e.g. 11341702486344515H/2026-00013.
 */
export const SERIAL_DIGITS = 5

export function indexNumberPrefix(creditCode: string, year: number): string {
  return `${creditCode}/${year}`
}

export function formatIndexNumber(creditCode: string, year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial >= 10 ** SERIAL_DIGITS) {
    throw new RangeError(`索引号序号超出范围 / index number serial out of range: ${serial}`)
  }
  return `${indexNumberPrefix(creditCode, year)}-${String(serial).padStart(SERIAL_DIGITS, '0')}`
}

export const INDEX_NUMBER_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}\/\d{4}-\d{5}$/
