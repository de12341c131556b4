import type { Endpoint } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { isValidId } from '../../hooks/strictInput'
import { errorResponse } from '../errors'
import { changesEndpoint, globalChangesEndpoint } from './changesEndpoint'
import { act } from './gate'
import { type ReviewTarget, targetFor } from './target'
import { ACTIONS, type WorkflowAction } from './machine'

type Request = Parameters<Endpoint['handler']>[0]

/** Reads `{ action, comment, acknowledgeWarnings }` and takes the decision on the target the route names. */
async function decideFromRequest(req: Request, targetOf: (req: Request) => null | ReviewTarget): Promise<Response> {
  await addDataAndFileToRequest(req)
  const { acknowledgeWarnings, action, comment } = (req.data ?? {}) as { acknowledgeWarnings?: unknown; action?: unknown; comment?: unknown }
  if (typeof action !== 'string' || !(ACTIONS as readonly string[]).includes(action)) {
    return errorResponse(400, 'action', `未知操作，应为 ${ACTIONS.join(' / ')} / Unknown action`)
  }
  if (comment !== undefined && comment !== null && typeof comment !== 'string') {
    return errorResponse(400, 'comment', '意见须为文字 / comment must be text')
  }
  if (acknowledgeWarnings !== undefined && typeof acknowledgeWarnings !== 'boolean') {
    return errorResponse(400, 'acknowledgeWarnings', 'acknowledgeWarnings 须为 true 或 false / must be a boolean')
  }
  const target = targetOf(req)
  if (!target) return errorResponse(404, 'not-found', '未找到该条目 / Not found')
  const result = await act(req, target, action as WorkflowAction, comment ?? undefined, { acknowledgeWarnings: acknowledgeWarnings === true })
  return Response.json(result.body, { status: result.status })
}

/**
 * `POST /api/<collection>/<id>/workflow` with `{ action, comment, acknowledgeWarnings }`: one decision on one
 * item. `acknowledgeWarnings: true` confirms the machine first pass's warnings were checked.
 */
export const workflowEndpoint = (slug: string): Endpoint => ({
  handler: (req) =>
    decideFromRequest(req, () => {
      const id = req.routeParams?.id as string
      return isValidId(req, id) ? targetFor(req.payload, slug, id) : null
    }),
  method: 'post',
  path: '/:id/workflow',
})

/** `POST /api/globals/<slug>/workflow`: the same decisions on a reviewed global (the organ's details). */
export const globalWorkflowEndpoint = (slug: string): Endpoint => ({
  handler: (req) => decideFromRequest(req, () => targetFor(req.payload, slug, slug)),
  method: 'post',
  path: '/workflow',
})

/** Everything the review adds to a collection's API: the decisions and what changed in the version under review. */
export const reviewEndpoints = (slug: string): Endpoint[] => [workflowEndpoint(slug), changesEndpoint(slug)]

/** The same for a reviewed global. */
export const globalReviewEndpoints = (slug: string): Endpoint[] => [globalWorkflowEndpoint(slug), globalChangesEndpoint(slug)]
