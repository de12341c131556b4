import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { refusal } from '../src/errors'

import { OWN_RESET } from '../src/identity/passwordReset'
import { passwordProblem } from '../src/identity/passwordRule'
import { afterSignIn, beforeSignIn } from '../src/identity/signIn'

/**
 * The users collection's sign-in rules: the password rule on every password set (create, update, reset),
 * sign-in throttling, and the password reset only through our endpoint (src/identity/passwordReset.ts),
 * which keeps mail out of the write transaction — Payload's own operation (also GraphQL's
 * forgotPasswordUsers) is refused.
 */
export const identityRules: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const data = (args as { data?: Record<string, unknown> }).data
  if (operation === 'login') await beforeSignIn(req, data)
  if (operation === 'forgotPassword' && !req.context[OWN_RESET]) {
    throw refusal('请通过 POST /api/users/forgot-password 重置密码 / Use POST /api/users/forgot-password', 403)
  }
  const setsPassword = operation === 'create' || operation === 'update' || operation === 'resetPassword'
  if (setsPassword && data && data.password !== undefined && data.password !== null && data.password !== '') {
    const problem = passwordProblem(data.password)
    if (problem) throw refusal(problem, 400, 'password')
  }
  return args
}

export const identityAfterLogin: CollectionAfterLoginHook = ({ req }) => {
  afterSignIn(req)
}
