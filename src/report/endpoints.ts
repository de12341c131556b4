import type { Endpoint, PayloadRequest } from 'payload'

import type { AnnualReport } from '../payload-types'

import { hasRole, isStaff } from '../access'
import { errorResponse } from '../errors'
import { compileReport, findReport, reportHtml, reportPdf, validationOf } from './service'

const idOf = (req: PayloadRequest) => String(req.routeParams?.id)

/** The newest version for staff, the published one for everyone else (404 until it is published). */
const reportFor = (req: PayloadRequest, draft: boolean) => findReport(req, idOf(req), draft)

const staffOnly = (req: PayloadRequest) => (isStaff(req.user) ? null : errorResponse(req.user ? 403 : 401, 'auth', '仅工作人员可操作 / Staff only'))
const notFound = () => errorResponse(404, 'not-found', '没有这份报告 / No such report')

/**
 * The annual report's contract: compile from the records, validation, and the report as HTML and PDF
 * (public once published; staff see the newest version with `?draft=true`).
 */
export const reportEndpoints: Endpoint[] = [
  {
    handler: async (req) => {
      if (!hasRole(req.user, 'admin', 'editor')) return errorResponse(req.user ? 403 : 401, 'auth', '仅编辑可汇总 / Editors only')
      const report = await reportFor(req, true)
      if (!report) return notFound()
      const raw = (await req.text?.()) ?? ''
      let body: unknown = {}
      try {
        if (raw.trim()) body = JSON.parse(raw)
      } catch {
        return errorResponse(400, 'invalid-request', '请求内容不是有效的 JSON / The request body is not valid JSON')
      }
      const overwrite = (body as { overwrite?: unknown } | null)?.overwrite
      if (typeof body !== 'object' || body === null || Array.isArray(body) || (overwrite !== undefined && typeof overwrite !== 'boolean')) {
        return errorResponse(400, 'invalid-request', '请求体应为 { "overwrite": true | false } / Expected { "overwrite": boolean }')
      }
      const { doc, kept, records } = await compileReport(req, report, overwrite === true)
      return Response.json({
        doc,
        kept,
        message: kept.length
          ? `已汇总；${kept.length}处人工修改的数值未覆盖（如需覆盖，请以 overwrite: true 重新汇总） / Compiled; ${kept.length} value(s) changed by hand were kept`
          : '已汇总 / Compiled',
        validation: await validationOf(req, doc, records),
      })
    },
    method: 'post',
    path: '/:id/compile',
  },
  {
    handler: async (req) => {
      const refused = staffOnly(req)
      if (refused) return refused
      const report = await reportFor(req, true)
      return report ? Response.json(await validationOf(req, report), { headers: { 'cache-control': 'private, no-store' } }) : notFound()
    },
    method: 'get',
    path: '/:id/validation',
  },
  rendered('/:id/report.html', 'text/html; charset=utf-8', reportHtml),
  rendered('/:id/report.pdf', 'application/pdf', async (req, report) => new Uint8Array(await reportPdf(req, report))),
]

/** The report rendered: the published version for anyone, the newest for staff with `?draft=true`. */
function rendered(
  path: string,
  type: string,
  render: (req: PayloadRequest, report: AnnualReport) => Promise<Uint8Array<ArrayBuffer> | string>,
): Endpoint {
  return {
    handler: async (req) => {
      const report = await renderable(req)
      if (report instanceof Response) return report
      return new Response(await render(req, report), { headers: headersFor(req, type) })
    },
    method: 'get',
    path,
  }
}

const wantsDraft = (req: PayloadRequest) => new URL(req.url ?? '', 'http://local').searchParams.get('draft') === 'true'

async function renderable(req: PayloadRequest): Promise<AnnualReport | Response> {
  const draft = wantsDraft(req)
  if (draft) {
    const refused = staffOnly(req)
    if (refused) return refused
  }
  return (await reportFor(req, draft)) ?? notFound()
}

/** Published reports are public and cacheable by revalidation; drafts are private. */
const headersFor = (req: PayloadRequest, type: string) => ({
  'cache-control': wantsDraft(req) ? 'private, no-store' : 'public, no-cache',
  // The page is served from the API's origin: it may style itself and nothing more.
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  'content-type': type,
})
