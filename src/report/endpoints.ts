import type { Endpoint, PayloadRequest } from 'payload'

import type { AnnualReport } from '../payload-types'

import { hasRole, isStaff } from '../access'
import { errorResponse } from '../errors'
import { publishableSlugs } from '../settings'
import { chinaDate } from '../time'
import { type Compiled, compiledValues, type Kept, mergeCompiled, type PreviousReport } from './compile'
import { nest, valueAt } from './paths'
import { yearRecords, type YearRecords } from './records'
import { renderReportHtml } from './renderHtml'
import { renderReportPdf } from './renderPdf'
import { validateReport, type ValidationResult } from './validate'
import { organInForce } from '../organInForce'

const idOf = (req: PayloadRequest) => String(req.routeParams?.id)

/** The newest version for staff, the published one for everyone else (404 until it is published). */
async function reportFor(req: PayloadRequest, draft: boolean): Promise<AnnualReport | null> {
  return (await req.payload.findByID({ collection: 'annual-reports', depth: 0, disableErrors: true, draft, id: idOf(req), overrideAccess: false, req })) as AnnualReport | null
}

/** Last year's report as the system has it (its newest version), for the carry-over. */
async function previousReport(req: PayloadRequest, year: number): Promise<PreviousReport | null> {
  const { docs } = await req.payload.find({ collection: 'annual-reports', depth: 0, draft: true, limit: 1, overrideAccess: true, req, where: { year: { equals: year - 1 } } })
  const row = docs[0]?.requests?.carriedForward
  return row ? { carriedForward: row } : null
}

/**
 * Fills the report's tables and section 一 figures from the records and saves them as a draft, leaving a
 * person's values alone unless `overwrite`. Counting is done by the database (a few dozen COUNT / GROUP BY
 * queries), whatever the number of records.
 */
export async function compileReport(req: PayloadRequest, report: AnnualReport, overwrite: boolean): Promise<{ doc: AnnualReport; kept: Kept[]; records: YearRecords }> {
  const [records, previous] = await Promise.all([yearRecords(req.payload, report.year, publishableSlugs(req.payload.config)), previousReport(req, report.year)])
  const fresh = compiledValues(report.year, records, previous)
  const { kept, values } = mergeCompiled((path) => valueAt(report, path), (report.compiled as Compiled | null) ?? null, fresh, overwrite)
  const data = { ...nest(values, report as unknown as Record<string, unknown>), compiled: fresh, compiledAt: new Date().toISOString() }
  const doc = await req.payload.update({ collection: 'annual-reports', data: data as never, depth: 0, draft: true, id: report.id, overrideAccess: true, req })
  return { doc: doc as AnnualReport, kept, records }
}

/** The report checked against the organ, the calendar, last year's report and the year's records. */
export async function validationOf(req: PayloadRequest, report: AnnualReport, counted?: YearRecords): Promise<ValidationResult> {
  const [organ, previous, records] = await Promise.all([
    req.payload.findGlobal({ depth: 0, overrideAccess: true, req, slug: 'organ' }),
    previousReport(req, report.year),
    counted ?? yearRecords(req.payload, report.year, publishableSlugs(req.payload.config)),
  ])
  const published = (report as { publishedAt?: null | string }).publishedAt
  return validateReport(report, {
    deadline: `${report.year + 1}-${organ.reportDeadline || '01-31'}`,
    organName: organ.fullName ?? '',
    previousCarriedForward: previous?.carriedForward ?? null,
    publishedOn: published ? chinaDate(published) : null,
    records: { newReceived: records.requests.newReceived.total, published: records.published.total },
    today: chinaDate(new Date()),
  })
}

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
  rendered('/:id/report.html', 'text/html; charset=utf-8', (report, organName) => renderReportHtml(report, { organName })),
  rendered('/:id/report.pdf', 'application/pdf', async (report, organName) => new Uint8Array(await renderReportPdf(report, { organName }))),
]

/** The report rendered: the published version for anyone, the newest for staff with `?draft=true`. */
function rendered(path: string, type: string, render: (report: AnnualReport, organName: string) => Promise<Uint8Array<ArrayBuffer>> | string): Endpoint {
  return {
    handler: async (req) => {
      const report = await renderable(req)
      if (report instanceof Response) return report
      const organ = await organInForce(req.payload, req)
      return new Response(await render(report, organ.fullName ?? ''), { headers: headersFor(req, type) })
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
