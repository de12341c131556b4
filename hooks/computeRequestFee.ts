import type { CollectionBeforeChangeHook, Where } from 'payload'

import { APIError } from 'payload'

import { applicantKey, type FeeChoice, FEE_METHODS, methodOf, requestFee } from '../src/requests/fees'

type FeeFields = {
  applicantName: string
  contact: string
  createdAt?: string
  feeItems?: null | number
  feeMethod?: FeeChoice | null
  feePages?: null | number
  id?: number | string
  idNumber?: null | string
  receivedOn: string
}

const nameOf = (choice: FeeChoice) => FEE_METHODS.find((m) => m.value === choice)!.zh

/**
 * 信息处理费 of a request, from the applicant's other charged requests of the same calendar month: one method
 * for the applicant-month (a mix is refused with the request it clashes with), 按件 counted cumulatively.
 */
export const computeRequestFee: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const request = { ...originalDoc, ...data } as FeeFields
  const key = applicantKey(request)
  if (!request.feeMethod) return { ...data, applicantKey: key, feeAmount: null }
  const month = request.receivedOn.slice(0, 7)
  const where: Where[] = [
    { applicantKey: { equals: key } },
    { receivedOn: { greater_than_equal: `${month}-01` } },
    { receivedOn: { less_than_equal: `${month}-31` } },
    { feeMethod: { exists: true } },
  ]
  if (originalDoc?.id !== undefined) where.push({ id: { not_equals: originalDoc.id } })
  const { docs } = await req.payload.find({
    collection: 'disclosure-requests',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { createdAt: true, feeItems: true, feeMethod: true, receivedOn: true, trackingNumber: true },
    where: { and: where },
  })
  const clash = docs.find((other) => other.feeMethod && other.feeMethod !== request.feeMethod)
  if (clash) {
    throw new APIError(
      `同一申请人同一自然月只能采用一种计收方式：${clash.trackingNumber} 已${nameOf(clash.feeMethod as FeeChoice)} / One fee method per applicant and month`,
      400,
      { code: 'fee-method' },
      true,
    )
  }
  // Requests received earlier that month come first in the count; on the same day, the one registered first.
  const before = (other: { createdAt: string; receivedOn?: null | string }) =>
    (other.receivedOn ?? '') < request.receivedOn ||
    (other.receivedOn === request.receivedOn && (!request.createdAt || other.createdAt < request.createdAt))
  const earlier = docs.filter(before)
  const earlierItems = earlier.reduce((sum, other) => sum + (other.feeItems ?? 1), 0)
  try {
    const feeAmount = requestFee(methodOf(request.feeMethod), { items: request.feeItems, pages: request.feePages }, earlierItems)
    return { ...data, applicantKey: key, feeAmount }
  } catch (error) {
    throw new APIError((error as Error).message, 400, { code: 'fee' }, true)
  }
}
