import type { Endpoint } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { hasRole } from '../access'
import { checkText } from '../checks'
import { errorResponse } from '../errors'
import { checkItem } from './checkItem'
import { loadCheckSettings } from './settings'
import { targetFor } from '../workflow/target'

/** 2 M characters, about 6 MB of Chinese: far beyond any item, small enough to answer at once. */
const MAX_TEXT = 2_000_000

/**
 * `POST /api/checks`: the machine first pass on demand, for staff writing or reviewing content.
 * `{ text }` checks a text; `{ collection, id }` the saved draft of an item; `{ collection, data }` an item as
 * edited in the form, before it is saved (the admin's 检查 button). `collection` may name a reviewed global.
 */
export const checksEndpoint = (slugs: string[]): Endpoint => ({
  handler: async (req) => {
    if (!req.user) return errorResponse(401, 'auth', '请先登录 / Sign in first')
    if (!hasRole(req.user, 'admin', 'editor', 'reviewer', 'approver')) {
      return errorResponse(403, 'role', '只有编辑和审核人员可以使用检查 / Only staff may run the checks')
    }
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as { collection?: unknown; data?: unknown; id?: unknown; text?: unknown }

    if (typeof body.text === 'string') {
      if (body.text.length > MAX_TEXT) return errorResponse(413, 'too-long', `文本过长（上限${MAX_TEXT}字） / Text too long`)
      return Response.json({ findings: checkText(body.text, await loadCheckSettings(req)) })
    }
    if (typeof body.collection !== 'string' || !slugs.includes(body.collection)) {
      return errorResponse(
        400,
        'input',
        `请提供 text，或 collection（${slugs.join(' / ')}）与 id 或 data / Give text, or a collection with id or data`,
      )
    }
    const hasId = typeof body.id === 'string' || typeof body.id === 'number'
    // A global is named like a collection; its id is its slug.
    const target = targetFor(req.payload, body.collection, hasId ? (body.id as number | string) : body.collection)!
    // The collection's own rules first, as submission lists them (the annual report's validation).
    const firstPass = async (item: Record<string, unknown>) => [
      ...((await target.checks?.(req, item)) ?? []),
      ...(await checkItem(req, target, item)),
    ]
    if (hasId) {
      const item = await target.read(req, true)
      if (!item) return errorResponse(404, 'not-found', '未找到该条目 / Not found')
      return Response.json({ findings: await firstPass(item) })
    }
    if (body.data && typeof body.data === 'object' && !Array.isArray(body.data)) {
      return Response.json({ findings: await firstPass(body.data as Record<string, unknown>) })
    }
    return errorResponse(400, 'input', '请提供 id 或 data / Give an id or data')
  },
  method: 'post',
  path: '/checks',
})
