import type { AfterErrorHook } from 'payload'

import { clientError } from '../src/clientErrors'

/** A database error the client caused (src/clientErrors.ts) answers 400 with a message, not 500. */
export const clientErrorsAs400: AfterErrorHook = ({ error }) => {
  const status = (error as { status?: number }).status
  if (status && status !== 500) return
  const known = clientError(error)
  if (!known) return
  return { response: { errors: [{ data: { code: 'invalid-request' }, message: known.message }] } as never, status: 400 }
}
