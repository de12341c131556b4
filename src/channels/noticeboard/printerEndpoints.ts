import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { hasRole, isStaff } from '../../access'
import { errorResponse } from '../../errors'
import { idOf } from '../../relationships'
import { claimNextJob } from './printQueue'

type Job = {
  claimedBy?: null | number | string
  collection: string
  contentHash: string
  document: string
  documentTitle?: null | string
  id: number | string
  kind: 'post' | 'take-down'
  leaseUntil?: null | string
  periodEnd?: null | string
  sheet?: { bytes?: null | number; pages?: null | number; pdf?: null | string; sha256?: null | string }
  status: string
  takesDown?: null | number | string
}

const printerOnly = (req: PayloadRequest) => {
  if (!req.user) return errorResponse(401, 'auth', '请用打印机的 API 密钥认证 / Authenticate with the printer’s API key')
  if (!hasRole(req.user, 'printer')) return errorResponse(403, 'role', '只有打印机可以领取任务 / Only printers take print jobs')
  return null
}

/** A job as stored (depth 0: relationships are ids). */
const readJob = (req: PayloadRequest, id: string) =>
  req.payload.findByID({ id, collection: 'print-jobs', depth: 0, disableErrors: true, overrideAccess: true }) as Promise<Job | null>

/** What a printer needs to know about a job; the sheet itself is fetched from `sheetUrl`. */
const forPrinter = (job: Job) => ({
  collection: job.collection,
  document: job.document,
  id: job.id,
  kind: job.kind,
  leaseUntil: job.leaseUntil,
  periodEnd: job.periodEnd ?? null,
  sheet: { bytes: job.sheet?.bytes, pages: job.sheet?.pages, sha256: job.sheet?.sha256 },
  sheetUrl: `/api/print-jobs/${job.id}/sheet.pdf`,
  takesDown: job.takesDown ?? null,
  title: job.documentTitle,
})

/** The printer API of the outside contract: claim → sheet.pdf → done. */
export const printerEndpoints: Endpoint[] = [
  {
    handler: async (req) => {
      const refused = printerOnly(req)
      if (refused) return refused
      const id = await claimNextJob(req.payload, req.user!.id)
      if (id === null) return new Response(null, { status: 204 })
      return Response.json(forPrinter((await readJob(req, String(id)))!))
    },
    method: 'post',
    path: '/claim',
  },
  {
    handler: async (req) => {
      if (!req.user) return errorResponse(401, 'auth', '请先认证 / Authenticate first')
      if (!isStaff(req.user) && !hasRole(req.user, 'printer')) return errorResponse(403, 'role', '无权读取 / Not allowed')
      const job = await readJob(req, String(req.routeParams?.id))
      // A take-down names the sheet to remove: its PDF is the posted one, for the person at the board to match.
      const source = job?.kind === 'take-down' && job.takesDown ? await readJob(req, idOf(job.takesDown)) : job
      if (!job || !source?.sheet?.pdf) return errorResponse(404, 'not-found', '没有这个打印任务 / No such print job')
      return new Response(new Uint8Array(Buffer.from(source.sheet.pdf, 'base64')), {
        headers: {
          'cache-control': 'private, no-store',
          'content-disposition': `inline; filename="notice-${source.id}.pdf"`,
          'content-type': 'application/pdf',
        },
      })
    },
    method: 'get',
    path: '/:id/sheet.pdf',
  },
  {
    handler: async (req) => {
      const refused = printerOnly(req)
      if (refused) return refused
      await addDataAndFileToRequest(req)
      const { message, result } = (req.data ?? {}) as { message?: unknown; result?: unknown }
      if (result !== 'printed' && result !== 'failed') {
        return errorResponse(400, 'result', 'result 须为 "printed" 或 "failed" / result must be "printed" or "failed"')
      }
      if (message !== undefined && (typeof message !== 'string' || message.length > 2000)) {
        return errorResponse(400, 'message', 'message 须为不超过2000字的文本 / message must be text up to 2000 characters')
      }
      const job = await readJob(req, String(req.routeParams?.id))
      if (!job) return errorResponse(404, 'not-found', '没有这个打印任务 / No such print job')
      // The same report sent twice (a lost answer) is answered again; a job now held by another printer is not yours.
      if (job.status === result && idOf(job.claimedBy) === String(req.user!.id)) return Response.json(forPrinter(job))
      if (job.status !== 'claimed' || idOf(job.claimedBy) !== String(req.user!.id)) {
        return errorResponse(409, 'not-claimed', '该任务未由本打印机领取，或领取已过期 / This job is not claimed by this printer')
      }
      const done = await req.payload.update({
        id: job.id,
        collection: 'print-jobs',
        data: { message: (message as string | undefined) ?? null, reportedAt: new Date().toISOString(), status: result },
        depth: 0,
        overrideAccess: true,
      })
      return Response.json(forPrinter(done as unknown as Job))
    },
    method: 'post',
    path: '/:id/done',
  },
]
