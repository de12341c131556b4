import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { extractText } from 'unpdf'
import { describe, expect, it } from 'vitest'

import type { AnnualReport } from '../../src/payload-types'

import { section2Tables, section3Columns, section3Rows, section4Columns, section4Groups, sectionHeadings } from '../../src/report/format'
import { type Cell, formatNumber, placeCells, reportDocument } from '../../src/report/layout'
import { renderReportHtml } from '../../src/report/renderHtml'
import { renderReportPdf } from '../../src/report/renderPdf'
import { readPdf } from '../helpers/files'

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url))
const ORGAN = { organName: '青石乡人民政府' }
const squash = (text: string) => text.replace(/\s+/g, '')

/** Table 三 rows as 自然人 and the five kinds of organisation; 总计 is their sum. */
const requestCounts: Record<string, number[]> = {
  carriedOver: [2, 0, 0, 0, 0, 0],
  granted: [12, 2, 0, 1, 1, 0],
  needsCreation: [1, 0, 0, 0, 0, 0],
  newReceived: [23, 3, 0, 1, 2, 0],
  notHeld: [2, 0, 0, 0, 0, 0],
  partial: [3, 1, 0, 0, 0, 0],
  petition: [1, 0, 0, 0, 0, 0],
  processInfo: [1, 0, 0, 0, 0, 0],
  queryMatter: [1, 0, 0, 0, 0, 0],
  thirdParty: [1, 0, 0, 0, 1, 0],
  threeSecurity: [1, 0, 0, 0, 0, 0],
  internalAffairs: [1, 0, 0, 0, 0, 0],
  resultTotal: [24, 3, 0, 1, 2, 0],
  carriedForward: [1, 0, 0, 0, 0, 0],
}

function requests() {
  const rows = section3Rows.map(({ key }) => {
    const counts = requestCounts[key] ?? [0, 0, 0, 0, 0, 0]
    const values = [...counts, counts.reduce((a, b) => a + b, 0)]
    return [key, Object.fromEntries(section3Columns.map((column, i) => [column.key, values[i]]))]
  })
  return Object.fromEntries(rows) as AnnualReport['requests']
}

const appeal = (upheld: number, corrected: number, otherOutcome: number, pending: number) => ({
  corrected,
  otherOutcome,
  pending,
  total: upheld + corrected + otherOutcome + pending,
  upheld,
})

/** A fully filled report of 青石乡 for 2026, consistent by the validator's rules. */
function sampleReport(changes: Partial<AnnualReport> = {}): AnnualReport {
  return {
    appeals: { directSuit: appeal(1, 0, 0, 0), reconsideration: appeal(1, 0, 0, 1), suitAfterReview: appeal(0, 0, 0, 0) },
    createdAt: '2027-01-20T02:00:00.000Z',
    id: 1,
    otherMatters: '本年度未收取信息处理费。',
    overview: [
      '本报告所列数据的统计期限为2026年1月1日至2026年12月31日。',
      '2026年，青石乡人民政府坚持以公开为常态、不公开为例外，围绕乡村振兴、民生保障等重点领域，扎实推进政府信息公开工作。',
      '（一）主动公开。全年通过乡政府网站、政务公开栏和微信公众号主动公开政府信息312条，其中行政规范性文件2件。',
      '（二）依申请公开。全年新收政府信息公开申请29件，上年结转2件，均在法定期限内答复。',
      '（三）政府信息管理。严格落实公开前保密审查制度，及时清理失效文件。',
      '（四）平台建设。完善乡政府网站政府信息公开专栏，更新公开指南和公开目录。',
      '（五）监督保障。将政务公开纳入年度工作考核，未发生责任追究情形。',
    ].join('\n'),
    problems:
      '一是公开内容不够全面，部分栏目更新不及时；二是工作人员业务能力有待提高。\n\n下一步，我乡将加强业务培训，完善信息发布审核机制，提升公开质量。',
    proactive: {
      enforcement: { coercion: { decisions: 0 }, penalty: { decisions: 14 } },
      fees: { adminFees: { amount: 1.2 } },
      licensing: { licensing: { decisions: 36 } },
      regulations: { normativeDocs: { inForce: 9, issued: 2, repealed: 1 }, rules: { inForce: 0, issued: 0, repealed: 0 } },
    },
    requests: requests(),
    // The date field as the admin's day picker stores 2027-01-20 (midnight in China).
    signedAt: '2027-01-19T16:00:00.000Z',
    signedBy: '青石乡人民政府',
    title: '青山县青石乡人民政府2026年政府信息公开工作年度报告',
    updatedAt: '2027-01-20T02:00:00.000Z',
    year: 2026,
    ...changes,
  } as AnnualReport
}

/** Every label of the official layout, as format.ts has it (a 行政诉讼 group's label is "行政诉讼 · X"). */
const officialLabels = [
  ...Object.values(sectionHeadings),
  ...Object.values(section2Tables).flatMap((table) => [table.title, ...table.columns.map((c) => c.label.zh), ...table.rows.map((r) => r.label.zh)]),
  ...section3Columns.map((c) => c.label.zh),
  ...section3Rows.flatMap((row) => [row.label.zh, ...('group' in row ? [row.group] : [])]),
  ...section4Groups.flatMap((group) => group.label.zh.split(' · ')),
  ...section4Columns.map((c) => c.label.zh),
  '信息内容',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  '申请人情况',
  '法人或其他组织',
]

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/** Columns each row covers, spans from rows above included: every row of a sound grid covers them all. */
function coverage(rows: Cell[][]): number[] {
  const covered = rows.map(() => 0)
  for (const cell of placeCells(rows).cells) for (let r = cell.row; r < cell.row + cell.rowSpan; r++) covered[r]! += cell.colSpan
  return covered
}

describe('annual report layout', () => {
  it('builds rectangular grids: every head and body row covers the table width', () => {
    const tables = reportDocument(sampleReport(), ORGAN).sections.flatMap((section) => (section.table ? [section.table] : []))
    expect(tables.map((table) => placeCells([...table.head, ...table.body]).columns)).toEqual([4, 10, 15])
    for (const table of tables) {
      const columns = placeCells(table.body).columns
      expect(new Set([...coverage(table.head), ...coverage(table.body)])).toEqual(new Set([columns]))
    }
  })

  it('prints a blank cell blank, 0 as 0, and the fee with up to four decimals', () => {
    expect([null, undefined, 0, 36, 1.2, 2.5, 1.23456, 0.00001].map(formatNumber)).toEqual(['', '', '0', '36', '1.2', '2.5', '1.2346', '0'])
  })

  it('signs with the report’s organ when filled in, else the organ’s name, and the day in China', () => {
    expect(reportDocument(sampleReport(), { organName: '青石乡' }).signature).toEqual({ date: '2027年1月20日', organ: '青石乡人民政府' })
    expect(reportDocument(sampleReport({ signedAt: null, signedBy: ' ' }), ORGAN).signature).toEqual({ date: '', organ: '青石乡人民政府' })
  })
})

describe('renderReportHtml', () => {
  const html = renderReportHtml(sampleReport(), ORGAN)

  it('is a standalone HTML5 document without scripts or external resources', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain('<title>青山县青石乡人民政府2026年政府信息公开工作年度报告</title>')
    expect(html).toContain('<h1>青山县青石乡人民政府2026年政府信息公开工作年度报告</h1>')
    expect(html).not.toMatch(/<script|<link|\bsrc=|\bhref=|url\(|@import|https?:/i)
    expect(html.trimEnd().endsWith('</html>')).toBe(true)
  })

  it('has every official label verbatim and the six headings in order', () => {
    for (const label of officialLabels) expect(html).toContain(escapeHtml(label))
    const positions = Object.values(sectionHeadings).map((heading) => html.indexOf(`<h2>${heading}</h2>`))
    expect(positions.every((p) => p > 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  it('has semantic tables with captions, heads and the official merged header cells', () => {
    expect(html.match(/<table>/g)).toHaveLength(3)
    expect(html.match(/<caption>/g)).toHaveLength(3)
    expect(html.match(/<thead>/g)).toHaveLength(3)
    expect(html).toContain('<caption>收到和处理政府信息公开申请情况</caption>')
    expect(html).toContain(
      '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><th scope="col" colspan="7">申请人情况</th></tr>\n' +
        '<tr><th scope="col" rowspan="2">自然人</th><th scope="col" colspan="5">法人或其他组织</th><th scope="col" rowspan="2">总计</th></tr>\n' +
        '<tr><th scope="col">商业企业</th><th scope="col">科研机构</th><th scope="col">社会公益组织</th><th scope="col">法律服务机构</th><th scope="col">其他</th></tr>',
    )
    expect(html.match(/rowspan="22"/g)).toHaveLength(1)
    expect(html).toContain('<th scope="row" rowspan="22">三、本年度办理结果</th>')
    for (const [group, rows] of [
      ['（三）不予公开', 8],
      ['（四）无法提供', 3],
      ['（五）不予处理', 5],
      ['（六）其他处理', 3],
    ] as const) {
      expect(html).toContain(`<th scope="row" rowspan="${rows}">${group}</th>`)
    }
    for (const label of ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '四、结转下年度继续办理']) {
      expect(html).toContain(`<th scope="row" colspan="3">${label}</th>`)
    }
    expect(html).toContain('<th scope="row" colspan="2">（七）总计</th>')
    expect(html).toContain('<tr><th scope="col" colspan="5">行政复议</th><th scope="col" colspan="10">行政诉讼</th></tr>')
    expect(html).toContain('<th scope="col" colspan="5">未经复议直接起诉</th><th scope="col" colspan="5">复议后起诉</th>')
    expect(html.match(/<th scope="col" rowspan="2">结果维持<\/th>/g)).toHaveLength(1)
  })

  it('puts the numbers in their cells', () => {
    const row = (label: string) => {
      const match = new RegExp(`>${label.replace(/[()（）]/g, '\\$&')}</th>((?:<td[^>]*>[^<]*</td>)+)</tr>`).exec(html)
      return [...(match?.[1] ?? '').matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1])
    }
    expect(row('（一）予以公开')).toEqual(['12', '2', '0', '1', '1', '0', '16'])
    expect(row('（七）总计')).toEqual(['24', '3', '0', '1', '2', '0', '30'])
    expect(row('行政规范性文件')).toEqual(['2', '1', '9'])
    expect(row('行政事业性收费')).toEqual(['1.2'])
    expect(html).toContain('<th scope="row">行政事业性收费</th><td colspan="3" class="number">1.2</td>')
    expect(html).toMatch(/<tbody>\n<tr>(<td class="number">\d+<\/td>){15}<\/tr>/)
    const blank = renderReportHtml(sampleReport({ proactive: { licensing: { licensing: { decisions: null } } } }), ORGAN)
    expect(blank).toContain('<th scope="row">行政许可</th><td colspan="3" class="number"></td>')
  })

  it('splits narrative into paragraphs, escapes it, and signs right-aligned', () => {
    const report = sampleReport({ otherMatters: '　　无。\n\n<script>alert("x")</script> & \'q\'' })
    const page = renderReportHtml(report, ORGAN)
    expect(page).toContain('<p>无。</p>\n<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p>')
    expect(page).not.toContain('<script>')
    expect(html.match(/<p>/g)!.length).toBeGreaterThanOrEqual(7 + 2 + 1 + 2)
    expect(html).toContain('<div class="signature"><p>青石乡人民政府</p><p>2027年1月20日</p></div>')
    expect(html).toMatch(/\.signature \{[^}]*text-align: right/)
  })
})

// The first render reads and parses the font files (about a second on a busy machine).
describe('renderReportPdf', { timeout: 60_000 }, () => {
  it('renders the sample with every label, the numbers and the signature', async () => {
    const started = performance.now()
    const pdf = await renderReportPdf(sampleReport(), ORGAN)
    const elapsed = performance.now() - started
    mkdirSync(ARTIFACTS, { recursive: true })
    writeFileSync(`${ARTIFACTS}annual-report-sample.pdf`, pdf)
    console.log(`annual-report-sample.pdf: ${(pdf.length / 1024).toFixed(1)} KB in ${elapsed.toFixed(0)} ms`)

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const { pdf: document, text } = await readPdf(pdf)
    for (const label of officialLabels) expect(text).toContain(squash(label))
    expect(text).toContain('青山县青石乡人民政府2026年政府信息公开工作年度报告')
    expect(text).toContain('（一）予以公开122011016')
    expect(text).toContain('行政规范性文件219')
    expect(text).toContain('行政事业性收费1.2')
    expect(text).toContain('青石乡人民政府2027年1月20日')
    // The signature does not stand alone on its page (tighter line spacing brings it back to the text).
    const pages = ((await extractText(document, { mergePages: false })).text as string[]).map(squash)
    expect(pages.at(-1)).toContain('本年度未收取信息处理费。青石乡人民政府2027年1月20日')
    expect(text).toContain('—1—')
    expect(text).toContain(`—${document.numPages}—`)
    expect(pdf.length).toBeLessThan(200 * 1024)
  })

  it('runs a long report over pages, with the header rows in force on every page a table continues on', async () => {
    const blocks = Object.values(section2Tables).map((table) => ({
      header: squash([table.title, '信息内容', ...table.columns.map((c) => c.label.zh)].join('')),
      rows: table.rows.map((r) => r.label.zh),
    }))
    const requestsHead = squash('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业')
    const pagesWith = (pages: string[], labels: readonly string[]) => pages.filter((page) => labels.some((label) => page.includes(label)))
    let blockSplit = false
    let requestsSplit = false
    // Narratives growing a line at a time under a one- and a two-line title move the page breaks through
    // tables 二 and 三, in steps smaller than a row.
    for (const title of ['青石乡2026年政府信息公开工作年度报告', '青山县青石乡人民政府2026年政府信息公开工作年度报告']) {
      for (let lines = 0; lines <= 20; lines++) {
        const overview = Array.from({ length: lines }, () => '各站所、各村按要求及时发布惠民政策信息。').join('\n')
        const { pdf: document } = await readPdf(await renderReportPdf(sampleReport({ overview, title }), ORGAN))
        const pages = ((await extractText(document, { mergePages: false })).text as string[]).map(squash)
        pages.forEach((page, i) => expect(page).toContain(`—${i + 1}—`))
        for (const { header, rows } of blocks) {
          const onPages = pagesWith(pages, rows)
          for (const page of onPages) {
            const firstRow = Math.min(...rows.map((row) => page.indexOf(row)).filter((at) => at >= 0))
            expect(page.indexOf(header)).toBeGreaterThanOrEqual(0)
            expect(page.indexOf(header)).toBeLessThan(firstRow)
          }
          blockSplit ||= onPages.length > 1
        }
        const requestPages = pagesWith(
          pages,
          section3Rows.map((row) => row.label.zh),
        )
        for (const page of requestPages) expect(page).toContain(requestsHead)
        requestsSplit ||= requestPages.length > 1
      }
    }
    expect({ blockSplit, requestsSplit }).toEqual({ blockSplit: true, requestsSplit: true })
  })

  it('runs a very long narrative over many pages', async () => {
    const overview = Array.from(
      { length: 60 },
      (_, i) => `（${i + 1}）全年共召开政务公开专题会议，研究部署重点领域信息公开工作，督促各站所、各村及时发布惠民政策、财政资金和重大项目等信息。`,
    ).join('\n')
    const { pdf: document, text } = await readPdf(await renderReportPdf(sampleReport({ overview }), ORGAN))
    expect(document.numPages).toBeGreaterThan(6)
    expect(text).toContain('（60）全年共召开政务公开专题会议')
    expect(text).toContain(`—${document.numPages}—`)
    expect(text).toContain('青石乡人民政府2027年1月20日')
  })
})
