import type { FieldHook } from 'payload'

import { DEFAULT_MASKS, mask } from '../src/checks/mask'

/**
 * Staff other than those who sign answers (collections/DisclosureRequests.ts) read `idNumberMasked`
 * (35*************026) and cannot read, filter, sort or select
 * `idNumber` at all: Payload refuses a query on a field its reader may not read, where a mask applied after
 * reading would still answer `where[idNumber][like]` one digit at a time. The mask is taken from the stored
 * value while it is still there (field hooks run before field read access removes it).
 */
export const maskIdNumber: FieldHook = ({ siblingData, value }) => {
  if (typeof value === 'string' && value) siblingData.idNumberMasked = mask(value, DEFAULT_MASKS.idNumber)
  return value
}
