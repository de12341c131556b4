import type { PayloadRequest } from 'payload'

import { isValidId } from '../../hooks/strictInput'
import { type ReviewTarget, targetFor } from './target'

/**
 * The target a review endpoint's route names: `/api/<collection>/<id>/…` (null for an id that cannot be one)
 * or `/api/globals/<slug>/…`, whose id is its slug.
 */
export const routedTarget =
  (slug: string, global: boolean) =>
  (req: PayloadRequest): null | ReviewTarget => {
    if (global) return targetFor(req.payload, slug, slug)
    const id = req.routeParams?.id as string
    return isValidId(req, id) ? targetFor(req.payload, slug, id) : null
  }
