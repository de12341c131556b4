import type { Payload } from 'payload'

import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'

import type { NoticeboardSettings } from '../../settings'
import type { ChannelAdapter, DeliveryInput } from '../types'

import { mediaFilePath } from '../../mediaFiles'
import { chinaDate, endOfChinaDay } from '../../time'
import { approvedItem, type ApprovedItem, bodyMedia, richTextBody } from '../approvedItem'
import { lexicalToSheetBlocks } from './lexicalBlocks'
import { pageCount } from './sheet'
import { renderNoticeSheetOffThread } from './sheetPool'
import { aboutItem } from '../../fields/itemRef'
import { organInForce } from '../../organInForce'

export type NoticeboardExternal = {
  /** the take-down scheduled for the end of the 公示期 */
  expiryDelivery?: string
  printJobId?: string
  /** on a take-down delivery made for the end of the 公示期: only this sheet comes down */
  reason?: 'expired'
  sheet?: string
  takeDownJobs?: string[]
}

export type NoticePeriod = { end?: null | string; objectionContact?: null | string; start?: null | string }
type PrintJob = { id: number | string; key: string }

/** The sheet as a PDF: organ, title, body with its images, 公示期 and whom to object to. */
export async function renderSheet(payload: Payload, item: ApprovedItem, collection: string, period: NoticePeriod): Promise<Buffer> {
  const body = richTextBody(payload, item, collection)
  const images = new Map<string, Buffer>()
  for (const [id, doc] of await bodyMedia(payload, body)) {
    if (!doc.mimeType?.startsWith('image/') || !doc.filename) continue
    images.set(id, await readFile(mediaFilePath(payload, doc.sizes?.card?.filename || doc.filename)))
  }
  const organ = await organInForce(payload)
  return renderNoticeSheetOffThread({
    blocks: lexicalToSheetBlocks(body, images),
    indexNumber: (item.indexNumber as string | undefined) ?? undefined,
    issuedOn: chinaDate(new Date((item.publishedAt as string | undefined) ?? Date.now())),
    objectionContact: period.objectionContact ?? undefined,
    organName: organ.fullName ?? '',
    period: period.start && period.end ? { end: chinaDate(new Date(period.end)), start: chinaDate(new Date(period.start)) } : undefined,
    title: item.title ?? '',
  })
}

/** Creates the job under its key, or finds the one an earlier attempt created: never two for one key. */
async function printJobOnce(payload: Payload, data: Record<string, unknown> & { key: string }): Promise<string> {
  const existing = async () =>
    (
      await payload.find({
        collection: 'print-jobs',
        depth: 0,
        limit: 1,
        overrideAccess: true,
        select: { key: true },
        where: { key: { equals: data.key } },
      })
    ).docs[0] as PrintJob | undefined
  const before = await existing()
  if (before) return String(before.id)
  try {
    const job = await payload.create({ collection: 'print-jobs', data: data as never, depth: 0, overrideAccess: true })
    return String(job.id)
  } catch (error) {
    // Another process created it between the lookup and the insert: the unique key refused the second one.
    const raced = await existing()
    if (raced) return String(raced.id)
    throw error
  }
}

/** Take-down jobs for the item's sheets still on the board (all of them, or those of `only`). */
async function takeDown(payload: Payload, delivery: DeliveryInput, only?: string, keep?: string): Promise<string[]> {
  const posted = await payload.find({
    collection: 'print-jobs',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    where: aboutItem(
      delivery.collection,
      delivery.document,
      { kind: { equals: 'post' } },
      ...(only ? [{ id: { equals: only } }] : []),
      ...(keep ? [{ id: { not_equals: keep } }] : []),
    ),
  })
  const jobs: string[] = []
  for (const sheet of posted.docs) {
    jobs.push(
      await printJobOnce(payload, {
        collection: delivery.collection,
        contentHash: sheet.contentHash,
        delivery: String(delivery.id),
        document: delivery.document,
        documentTitle: sheet.documentTitle,
        key: `down:${sheet.id}`,
        kind: 'take-down',
        status: 'queued',
        takesDown: sheet.id,
      }),
    )
  }
  return jobs
}

/** At the end of the 公示期 (24:00 Beijing time on its last day) a take-down of this sheet. */
async function scheduleExpiry(payload: Payload, delivery: DeliveryInput, sheet: string, end: string): Promise<string> {
  const expiry = await payload.create({
    collection: 'deliveries',
    data: {
      action: 'withdraw',
      channel: 'noticeboard',
      collection: delivery.collection,
      contentHash: delivery.contentHash,
      document: delivery.document,
      dueAt: endOfChinaDay(end).toISOString(),
      external: { reason: 'expired', sheet } satisfies NoticeboardExternal,
      status: 'queued',
    } as never,
    depth: 0,
    overrideAccess: true,
  })
  return String(expiry.id)
}

/**
 * The notice board: the sheet rendered and queued for the printers (a new version's sheet replaces the old
 * one), taken down when the 公示期 ends or the item is withdrawn.
 */
export const deliverToNoticeboard: ChannelAdapter<NoticeboardSettings> = async (delivery, { payload, progress }) => {
  const known = delivery.external as NoticeboardExternal
  if (delivery.action === 'withdraw') {
    return { takeDownJobs: await takeDown(payload, delivery, known.reason === 'expired' ? known.sheet : undefined) }
  }
  const item = await approvedItem(payload, delivery)
  const period = (item.noticePeriod ?? {}) as NoticePeriod
  const printJobId = known.printJobId ?? (await postSheet(payload, delivery, item, period))
  await progress({ printJobId }, printJobId)
  const takeDownJobs = delivery.action === 'update' ? await takeDown(payload, delivery, undefined, printJobId) : []
  const expiryDelivery = known.expiryDelivery ?? (period.end ? await scheduleExpiry(payload, delivery, printJobId, period.end) : undefined)
  return { expiryDelivery, printJobId, takeDownJobs }
}

async function postSheet(payload: Payload, delivery: DeliveryInput, item: ApprovedItem, period: NoticePeriod): Promise<string> {
  const pdf = await renderSheet(payload, item, delivery.collection, period)
  return printJobOnce(payload, {
    collection: delivery.collection,
    contentHash: delivery.contentHash,
    delivery: String(delivery.id),
    document: delivery.document,
    documentTitle: item.title,
    key: `post:${delivery.id}`,
    kind: 'post',
    periodEnd: period.end ?? null,
    sheet: { bytes: pdf.length, pages: pageCount(pdf), pdf: pdf.toString('base64'), sha256: createHash('sha256').update(pdf).digest('hex') },
    status: 'queued',
  })
}
