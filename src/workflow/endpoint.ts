import type { Endpoint } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { errorResponse } from '../errors'
import { answerChanges } from './changesEndpoint'
import { act } from './gate'
import { routedTarget } from './routeTarget'
import type { ReviewTarget } from './target'
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
 * What the review adds to a collection's API, or a reviewed global's (`global`: the organ's details):
 * - `POST /api/<collection>/<id>/workflow` (`/api/globals/<slug>/workflow`) with `{ action, comment,
 *   acknowledgeWarnings }`: one decision; `acknowledgeWarnings: true` confirms the first pass's warnings were checked;
 * - `GET /api/<collection>/<id>/changes` (`/api/globals/<slug>/changes`): what changed in the version under review.
 */
export const reviewEndpoints = (slug: string, global = false): Endpoint[] => {
  const targetOf = routedTarget(slug, global)
  const at = global ? '' : '/:id'
  return [
    { handler: (req) => decideFromRequest(req, () => targetOf(req)), method: 'post', path: `${at}/workflow` },
    { handler: (req) => answerChanges(req, () => targetOf(req)), method: 'get', path: `${at}/changes` },
  ]
}
