import type { PayloadRequest } from 'payload'

import type { ItemFinding } from '../itemChecks/checkItem'
import type { AnnualReport } from '../payload-types'

import { hasRole } from '../access'
import { findReport, reportPdf, validationOf } from './service'

/**
 * The report's own rules as first-pass findings: every validation error blocks, placed in the words of the
 * official format. One function for both who ask: the 检查 button (POST /api/checks) and submission below.
 */
export async function reportFindings(req: PayloadRequest, report: AnnualReport): Promise<ItemFinding[]> {
  // An unsaved form without its year has no records or deadline to check against; the form itself asks for the year.
  if (typeof report.year !== 'number') return []
  const { errors } = await validationOf(req, report)
  return errors.map((error) => ({
    end: 0,
    excerpt: error.found === undefined || error.found === null ? '（空）' : String(error.found),
    field: error.path,
    message: `规则${error.rule}：${error.message}`,
    place: error.place,
    rule: 'report-consistency',
    severity: 'block',
    start: 0,
    suggestion: error.expected === undefined ? null : String(error.expected),
  }))
}

/**
 * Before a report goes to review: every validation error blocks it (listed like the other checks' findings);
 * a valid report gets its PDF rendered from this very version and attached, so the reviewers pass, and the
 * channels publish, the file that matches the tables.
 */
export async function beforeReportSubmit(req: PayloadRequest, id: number | string): Promise<ItemFinding[]> {
  const report = await findReport(req, id, true)
  // Only a draft goes to review (the state machine refuses the rest): nothing is rendered for a refusal.
  if (!report || (report.workflow?.state ?? 'draft') !== 'draft' || !hasRole(req.user, 'admin', 'editor')) return []
  const findings = await reportFindings(req, report)
  if (findings.length) return findings
  const pdf = await reportPdf(req, report)
  const media = await req.payload.create({
    collection: 'media',
    data: { alt: report.title },
    file: { data: pdf, mimetype: 'application/pdf', name: `${report.year}年政府信息公开工作年度报告.pdf`, size: pdf.length },
    overrideAccess: true,
    req,
  })
  await req.payload.update({ collection: 'annual-reports', data: { reportPdf: media.id }, depth: 0, draft: true, id, overrideAccess: true, req })
  return []
}

/** The same rules over an item the checks endpoint was given: saved, or as edited in the form. */
export const reportChecks = (req: PayloadRequest, item: Record<string, unknown>) => reportFindings(req, item as unknown as AnnualReport)
