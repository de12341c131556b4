import type { ApprovedItem } from '../channels/approvedItem'

import { richText } from '../richText'
import { paragraphs } from './layout'

/**
 * What WeChat and the notice board carry of an annual report: section 一 (the summary with its figures) and
 * where the full report with every table is — the tables do not fit a phone screen or a notice sheet.
 */
export function reportSummary(item: ApprovedItem, { serverURL }: { serverURL: string }): unknown {
  const base = serverURL.replace(/\/$/, '')
  return richText(...paragraphs(item.overview as null | string | undefined), `报告全文：${base}/api/annual-reports/${item.id}/report.html`)
}
