/** Validators for the numbers that identify a person: 居民身份证号码 (GB 11643-1999) and bank cards (Luhn). */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

/** 1–6 mainland regions, 7 Taiwan, 8 Hong Kong/Macao and residence permits; the first two digits are a province. */
const validRegion = (code: string) => /^[1-8][0-9]/.test(code) && code.slice(0, 2) !== '10'

function validBirthDate(year: number, month: number, day: number, now = new Date()): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    year >= 1880 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getTime() <= now.getTime()
  )
}

/** An 18-character 公民身份号码: region, birth date YYYYMMDD, sequence, and the ISO 7064 MOD 11-2 check character. */
export function isValidIdNumber18(value: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(value) || !validRegion(value)) return false
  if (!validBirthDate(+value.slice(6, 10), +value.slice(10, 12), +value.slice(12, 14))) return false
  const sum = ID_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(value[i]), 0)
  return ID_CHECK[sum % 11] === value[17]!.toUpperCase()
}

/** The old 15-digit form (before 1999): region, birth date YYMMDD in the 1900s, sequence; it has no check digit. */
export function isValidIdNumber15(value: string): boolean {
  return /^\d{15}$/.test(value) && validRegion(value) && validBirthDate(1900 + +value.slice(6, 8), +value.slice(8, 10), +value.slice(10, 12))
}

/** Luhn (ISO/IEC 7812) over a card number's digits. */
export function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return digits.length > 0 && sum % 10 === 0
}
