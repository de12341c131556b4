/**
 * The annual report's services over Payload: finding a report as the requester may see it, last year's
 * report for the carry-over, compiling from the records, validation against the organ, the calendar, last
 * year's report and the records, and the report rendered with the organ's details in force. They take the
 * request (for its Payload, user and transaction) and return data; the HTTP contract is in ./endpoints.
 */
import type { PayloadRequest } from 'payload'

import type { AnnualReport } from '../payload-types'

import { organInForce } from '../organInForce'
import { publishableSlugs } from '../settings'
import { chinaDate } from '../time'
import { compiledValues, type Kept, mergeCompiled, type PreviousReport } from './compile'
import { nest, valueAt } from './paths'
import { yearRecords, type YearRecords } from './records'
import { renderReportHtml } from './renderHtml'
import { renderReportPdf } from './renderPdf'
import { placeOf } from './places'
import { validateReport, type ValidationError } from './validate'

/** The newest version (`draft`) or the published one, as the requester may read it; null when there is none. */
export async function findReport(req: PayloadRequest, id: number | string, draft: boolean): Promise<AnnualReport | null> {
  return (await req.payload.findByID({
    collection: 'annual-reports',
    depth: 0,
    disableErrors: true,
    draft,
    id,
    overrideAccess: false,
    req,
  })) as AnnualReport | null
}

/** Last year's report as the system has it (its newest version), for the carry-over. */
export async function previousReport(req: PayloadRequest, year: number): Promise<PreviousReport | null> {
  const { docs } = await req.payload.find({
    collection: 'annual-reports',
    depth: 0,
    draft: true,
    limit: 1,
    overrideAccess: true,
    req,
    where: { year: { equals: year - 1 } },
  })
  const row = docs[0]?.requests?.carriedForward
  return row ? { carriedForward: row } : null
}

/**
 * Fills the report's tables and section 一 figures from the records and saves them as a draft, leaving a
 * person's values alone unless `overwrite`. Counting is done by the database (a few dozen COUNT / GROUP BY
 * queries), whatever the number of records.
 */
export async function compileReport(
  req: PayloadRequest,
  report: AnnualReport,
  overwrite: boolean,
): Promise<{ doc: AnnualReport; kept: Kept[]; records: YearRecords }> {
  const [records, previous] = await Promise.all([
    yearRecords(req.payload, report.year, publishableSlugs(req.payload.config)),
    previousReport(req, report.year),
  ])
  const fresh = compiledValues(report.year, records, previous)
  const { kept, values } = mergeCompiled((path) => valueAt(report, path), report.compiled ?? null, fresh, overwrite)
  const data = { ...nest(values, report as unknown as Record<string, unknown>), compiled: fresh, compiledAt: new Date().toISOString() }
  const doc = await req.payload.update({
    collection: 'annual-reports',
    data: data as never,
    depth: 0,
    draft: true,
    id: report.id,
    overrideAccess: true,
    req,
  })
  return { doc: doc as AnnualReport, kept, records }
}

/** A validation error with where it is in the official format's words (./places). */
export type PlacedError = ValidationError & { place: string }
export type PlacedValidation = { errors: PlacedError[]; warnings: PlacedError[] }

const placed = (error: ValidationError): PlacedError => ({ ...error, place: placeOf(error.path) })

/** The report checked against the organ, the calendar, last year's report and the year's records. */
export async function validationOf(req: PayloadRequest, report: AnnualReport, counted?: YearRecords): Promise<PlacedValidation> {
  const [organ, previous, records] = await Promise.all([
    req.payload.findGlobal({ depth: 0, overrideAccess: true, req, slug: 'organ' }),
    previousReport(req, report.year),
    counted ?? yearRecords(req.payload, report.year, publishableSlugs(req.payload.config)),
  ])
  const published = (report as { publishedAt?: null | string }).publishedAt
  const { errors, warnings } = validateReport(report, {
    deadline: `${report.year + 1}-${organ.reportDeadline || '01-31'}`,
    organName: organ.fullName ?? '',
    previousCarriedForward: previous?.carriedForward ?? null,
    publishedOn: published ? chinaDate(published) : null,
    records: { newReceived: records.requests.newReceived.total, published: records.published.total },
    today: chinaDate(new Date()),
  })
  return { errors: errors.map(placed), warnings: warnings.map(placed) }
}

/** The organ's name in force, which signs the report unless the report names its own 落款机关. */
const organNameOf = async (req: PayloadRequest) => (await organInForce(req.payload, req)).fullName ?? ''

/** The report as the website's HTML page. */
export async function reportHtml(req: PayloadRequest, report: AnnualReport): Promise<string> {
  return renderReportHtml(report, { organName: await organNameOf(req) })
}

/** The report as its A4 PDF. */
export async function reportPdf(req: PayloadRequest, report: AnnualReport): Promise<Buffer> {
  return renderReportPdf(report, { organName: await organNameOf(req) })
}
