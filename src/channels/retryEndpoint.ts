import type { Endpoint } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { hasRole } from '../access'
import { errorResponse } from '../errors'
import { kickDeliveries } from './runner'

/** `POST /api/deliveries/<id>/retry` (admins): a failed delivery is queued again, from its first attempt. */
export const retryDeliveryEndpoint: Endpoint = {
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) {
      return errorResponse(403, 'role', '只有管理员可以重试投递 / Only admins may retry a delivery')
    }
    const id = req.routeParams?.id as string
    const ownTransaction = await initTransaction(req)
    try {
      const delivery = await req.payload.findByID({ id, collection: 'deliveries', depth: 0, disableErrors: true, overrideAccess: true, req })
      if (!delivery || delivery.status !== 'failed') {
        if (ownTransaction) await killTransaction(req)
        return errorResponse(delivery ? 409 : 404, 'wrong-state', '只能重试失败的投递 / Only a failed delivery can be retried')
      }
      await req.payload.update({
        id,
        collection: 'deliveries',
        data: { attempts: 0, dueAt: null, lastError: null, status: 'queued' },
        overrideAccess: true,
        req,
      })
      if (ownTransaction) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    kickDeliveries(req.payload)
    return Response.json({ id, status: 'queued' })
  },
  method: 'post',
  path: '/:id/retry',
}
