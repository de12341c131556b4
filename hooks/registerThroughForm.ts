import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { REGISTRATION } from '../src/requests/registration'

/**
 * A request exists only as the registration endpoint made it (validated, with its tracking number, date of
 * receipt and statutory due date): the admin's form posts there, and any other create (GraphQL, a REST call
 * past the form) is refused rather than stored half-made.
 */
export const registerThroughForm: CollectionBeforeChangeHook = ({ context, data, operation }) => {
  if (operation === 'create' && context[REGISTRATION] !== true) {
    throw new APIError('依申请公开申请须通过登记表单登记 / Register requests through the registration form', 403, { code: 'registration' }, true)
  }
  return data
}
