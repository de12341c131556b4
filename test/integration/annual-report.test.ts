import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'

import { section2Tables, section3Columns, section3Rows, section4Columns, section4Groups, sectionHeadings } from '../../src/report/format'
import { DEMO_ORGAN } from '../../src/seed/demo'
import { binary, readPdf } from '../helpers/files'
import { APPLICANT_TYPES, generateYear, insertYear, type Row } from '../helpers/generatedYear'
import { TEST_DB } from '../helpers/database'
import { withServer } from '../helpers/server'

const YEAR = 2025
const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts')

/** Independent counts over the generated rows, written plainly (not with the compiler's code). */
function expectedCounts(data: ReturnType<typeof generateYear>) {
  // China dates of instants: UTC+8.
  const chinaYear = (instant: unknown) => (typeof instant === 'string' ? new Date(Date.parse(instant) + 8 * 3600_000).getUTCFullYear() : null)
  const policy = (kind: string) => {
    const mine = data.policies.filter((p) => p.kind === kind)
    return {
      inForce: mine.filter((p) => chinaYear(p.writtenAt)! <= YEAR && !(p.validity === 'repealed' && chinaYear(p.repealedAt)! <= YEAR)).length,
      issued: mine.filter((p) => chinaYear(p.writtenAt) === YEAR).length,
      repealed: mine.filter((p) => p.validity === 'repealed' && chinaYear(p.repealedAt) === YEAR).length,
    }
  }
  const channel = (c: string) =>
    data.deliveries.filter((d) => d.channel === c && d.action === 'publish' && d.status === 'delivered' && chinaYear(d.deliveredAt) === YEAR).length
  const published = [...data.news, ...data.policies].filter((item) => chinaYear(item.publishedAt) === YEAR).length
  const column = (t: string) => ({ 'legal-service': 'legalService', 'natural-person': 'natural', 'public-interest': 'publicInterest' })[t] ?? t
  const cells = (filter: (r: Row) => boolean) => {
    const out: Record<string, number> = Object.fromEntries([...APPLICANT_TYPES.map(column), 'total'].map((c) => [c, 0]))
    for (const r of data.requests.filter(filter)) {
      out[column(r.applicantType as string)]!++
      out.total!++
    }
    return out
  }
  const inYear = (d: unknown) => typeof d === 'string' && d.startsWith(`${YEAR}-`)
  return {
    carriedForward: cells((r) => (r.receivedOn as string) <= `${YEAR}-12-31` && (r.closedOn === null || (r.closedOn as string) > `${YEAR}-12-31`)),
    carriedOver: cells((r) => (r.receivedOn as string) < `${YEAR}-01-01` && (r.closedOn === null || (r.closedOn as string) >= `${YEAR}-01-01`)),
    channels: { noticeboard: channel('noticeboard'), website: channel('website'), wechat: channel('wechat') },
    granted: cells((r) => inYear(r.closedOn) && r.outcome === 'granted'),
    newReceived: cells((r) => inYear(r.receivedOn)),
    normativeDocs: policy('normative'),
    published,
    resultTotal: cells((r) => inYear(r.closedOn)),
    rules: policy('rule'),
  }
}

withServer('the annual report: compiled from a generated year, validated, rendered, reviewed and published', (s) => {
  it('compiles, keeps a person’s change, refuses submission with errors, publishes HTML and PDF with every official label', async () => {
    const data = generateYear(YEAR, { deliveries: 600, news: 300, policies: 120, requests: 1000 })
    await insertYear(s().payload, data)
    const expected = expectedCounts(data)
    const { agent: editor } = await s().as('editor')

    const created = await editor.post('/api/annual-reports').send({ title: `${DEMO_ORGAN.fullName}${YEAR}年政府信息公开工作年度报告`, year: YEAR })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await s().request.post(`/api/annual-reports/${id}/compile`)).status).toBe(401)

    // Compile: the tables equal the independent counts.
    const compiled = await editor.post(`/api/annual-reports/${id}/compile`).send({})
    expect(compiled.status).toBe(200)
    const doc = compiled.body.doc
    expect(doc.proactive.regulations.rules).toMatchObject(expected.rules)
    expect(doc.proactive.regulations.normativeDocs).toMatchObject(expected.normativeDocs)
    expect(doc.figures).toMatchObject({ ...expected.channels, total: expected.published })
    for (const row of ['newReceived', 'carriedOver', 'granted', 'resultTotal', 'carriedForward'] as const) {
      expect(doc.requests[row], row).toMatchObject(expected[row])
    }
    expect(doc.overview).toContain(`本报告所列数据的统计期限为${YEAR}年1月1日至${YEAR}年12月31日`)
    expect(doc.overview).toContain(`新收政府信息公开申请${expected.newReceived.total}件`)

    // A person's change survives a second compile unless overwriting is asked for.
    await editor.patch(`/api/annual-reports/${id}`).send({ requests: { ...doc.requests, granted: { ...doc.requests.granted, natural: 999 } } })
    const again = await editor.post(`/api/annual-reports/${id}/compile`).send({})
    expect(again.body.kept).toEqual([{ compiled: expected.granted.natural, path: 'requests.granted.natural', value: 999 }])
    expect(again.body.doc.requests.granted.natural).toBe(999)
    expect(again.body.message).toContain('1处人工修改的数值未覆盖')
    const overwritten = await editor.post(`/api/annual-reports/${id}/compile`).send({ overwrite: true })
    expect(overwritten.body.doc.requests.granted.natural).toBe(expected.granted.natural)

    // Blank cells the organ enters: validation lists them and submission is refused with the list.
    const validation = await editor.get(`/api/annual-reports/${id}/validation`)
    expect(validation.status).toBe(200)
    expect(validation.body.errors).toContainEqual(expect.objectContaining({ path: 'proactive.licensing.licensing.decisions', rule: 5 }))
    expect(validation.body.errors).toContainEqual(expect.objectContaining({ path: 'appeals.reconsideration.total', rule: 5 }))
    expect(validation.body.errors).toContainEqual(expect.objectContaining({ expected: DEMO_ORGAN.fullName, path: 'signedBy', rule: 8 }))
    const refused = await editor.post(`/api/annual-reports/${id}/workflow`).send({ action: 'submit' })
    expect(refused.status).toBe(400)
    expect(refused.body.findings.map((f: { field: string }) => f.field)).toContain('proactive.licensing.licensing.decisions')
    expect((await s().request.get(`/api/annual-reports/${id}/report.html`)).status).toBe(404)

    // The organ's own figures, section 四, 五 and the signature: then it validates.
    const appeals = Object.fromEntries(section4Groups.map((g) => [g.key, { corrected: 0, otherOutcome: 1, pending: 0, total: 2, upheld: 1 }]))
    const filled = await editor.patch(`/api/annual-reports/${id}`).send({
      appeals,
      problems: '一是政策解读形式较为单一；二是依申请公开答复质量有待提高。下一步将加强培训。',
      proactive: {
        ...overwritten.body.doc.proactive,
        enforcement: { coercion: { decisions: 0 }, penalty: { decisions: 12 } },
        fees: { adminFees: { amount: 0.35 } },
        licensing: { licensing: { decisions: 48 } },
      },
      signedAt: `${YEAR + 1}-01-20T04:00:00.000Z`,
      signedBy: DEMO_ORGAN.fullName,
    })
    expect(filled.status).toBe(200)
    const valid = await editor.get(`/api/annual-reports/${id}/validation`)
    expect(valid.body.errors).toEqual([])

    // Review and publication: the PDF rendered at submission is attached to the published version.
    const act = (agent: typeof editor, action: string) => agent.post(`/api/annual-reports/${id}/workflow`).send({ action })
    const submitted = await act(editor, 'submit')
    expect(submitted.body).toMatchObject({ state: 'pending-review' })
    const { agent: reviewer } = await s().as('reviewer')
    const inReview = await reviewer.get(`/api/annual-reports/${id}?draft=true&depth=1`)
    expect(inReview.body.reportPdf).toMatchObject({ mimeType: 'application/pdf' })
    expect((await act(reviewer, 'pass-review')).body).toMatchObject({ state: 'pending-approval' })
    const { agent: approver } = await s().as('approver')
    expect((await act(approver, 'approve')).body).toMatchObject({ state: 'published' })
    const live = await s().request.get(`/api/annual-reports/${id}?depth=1`)
    expect(live.body.workflow.state).toBe('published')
    expect(live.body.reportPdf).toMatchObject({ id: inReview.body.reportPdf.id, mimeType: 'application/pdf' })
    const attached = await s().request.get(new URL(live.body.reportPdf.url, s().url).pathname).buffer(true).parse(binary)
    expect(attached.status).toBe(200)
    expect((await readPdf(attached.body as Buffer)).text).toContain(DEMO_ORGAN.fullName)

    const html = await s().request.get(`/api/annual-reports/${id}/report.html`)
    expect(html.status).toBe(200)
    expect(html.headers['content-type']).toContain('text/html')
    const labels = [
      ...Object.values(sectionHeadings),
      ...Object.values(section2Tables).flatMap((t) => [t.title, ...t.rows.map((r) => r.label.zh), ...t.columns.map((c) => c.label.zh)]),
      ...section3Rows.map((r) => r.label.zh),
      ...section3Columns.map((c) => c.label.zh),
      ...section4Groups.flatMap((g) => g.label.zh.split(' · ')),
      ...section4Columns.map((c) => c.label.zh),
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    ]
    for (const label of labels) expect(html.text, label).toContain(label)
    expect(html.text).toContain(`>${expected.newReceived.total}<`)

    const pdf = await s().request.get(`/api/annual-reports/${id}/report.pdf`).buffer(true).parse(binary)
    expect(pdf.status).toBe(200)
    const { text } = await readPdf(pdf.body as Buffer)
    for (const label of labels) expect(text, label).toContain(label.replace(/\s+/g, ''))
    expect(text).toContain(DEMO_ORGAN.fullName)
    expect(text).toContain(`${YEAR + 1}年1月20日`)

    // WeChat and the notice board carry the summary and where the full report is.
    const article = await reviewer.get(`/api/annual-reports/${id}/preview/wechat`)
    expect(article.text).toContain(`新收政府信息公开申请${expected.newReceived.total}件`)
    expect(article.text).toContain(`/api/annual-reports/${id}/report.html`)

    mkdirSync(ARTIFACTS, { recursive: true })
    writeFileSync(path.join(ARTIFACTS, `annual-report-${TEST_DB}.html`), html.text)
    writeFileSync(path.join(ARTIFACTS, `annual-report-${TEST_DB}.pdf`), pdf.body as Buffer)
  }, 180_000)
})
