import { randomBytes } from 'node:crypto'

/** 等保 2.0 口令复杂度: at least 8 characters, from at least 3 of the 4 classes below. */
export const MIN_PASSWORD_LENGTH = 8
const CLASSES = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/]

export const PASSWORD_RULE =
  '密码至少 8 位，且包含大写字母、小写字母、数字、符号中的至少三类 / A password needs at least 8 characters from at least three of: upper-case letters, lower-case letters, digits, symbols'

/** Why a password is refused, or null when it passes. */
export function passwordProblem(password: unknown): null | string {
  if (typeof password !== 'string') return PASSWORD_RULE
  const classes = CLASSES.filter((pattern) => pattern.test(password)).length
  return [...password].length >= MIN_PASSWORD_LENGTH && classes >= 3 ? null : PASSWORD_RULE
}

/** A generated password (first admin, demo users) that passes the rule. */
export function generatePassword(): string {
  for (;;) {
    const candidate = randomBytes(12).toString('base64url')
    if (!passwordProblem(candidate)) return candidate
  }
}
