import { expect, it } from 'vitest'

import { DEMO_ORGAN } from '../../src/seed/demo'
import { withServer } from '../helpers/server'

const YEAR = 2024
const ASCII_LETTER = /[A-Za-z]/

type Finding = { field: string; message: string; place?: string; rule: string; severity: string }
/** What an editor reads of a finding: where, what, how serious. */
const shown = (findings: Finding[]) => findings.map(({ message, place, rule, severity }) => ({ message, place, rule, severity }))

withServer('the annual report: 检查 and 提交审核 ask one checker', (s) => {
  it('POST /api/checks lists exactly the problems submission refuses with, each placed in the format’s words', async () => {
    const { agent: editor } = await s().as('editor')
    const created = await editor.post('/api/annual-reports').send({ title: `${DEMO_ORGAN.fullName}${YEAR}年政府信息公开工作年度报告`, year: YEAR })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    // Compiled from (no) records: the organ's own cells, section 四, 五 and the signature are still blank.
    const compiled = await editor.post(`/api/annual-reports/${id}/compile`).send({})
    expect(compiled.status).toBe(200)

    const validation = await editor.get(`/api/annual-reports/${id}/validation`)
    expect(validation.status).toBe(200)
    const errors = validation.body.errors as { path: string; place: string; rule: number }[]
    expect(errors.length).toBeGreaterThan(5)
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: 'proactive.licensing.licensing.decisions',
        place: '二、主动公开政府信息情况 · 第二十条第（五）项 · 行政许可 · 本年处理决定数量',
        rule: 5,
      }),
    )

    // 检查 on the saved draft, and on the form as the admin sends it (the same data, unsaved)
    const bySaved = await editor.post('/api/checks').send({ collection: 'annual-reports', id })
    expect(bySaved.status).toBe(200)
    const byForm = await editor.post('/api/checks').send({ collection: 'annual-reports', data: compiled.body.doc })
    expect(byForm.status).toBe(200)

    const refused = await editor.post(`/api/annual-reports/${id}/workflow`).send({ action: 'submit' })
    expect(refused.status).toBe(400)
    const refusedWith = refused.body.findings as Finding[]
    const blocks = refusedWith.filter((f) => f.severity === 'block')
    expect(refused.body.errors[0].message).toContain(`机器初审发现${blocks.length}处须修改的问题`)

    expect(shown(bySaved.body.findings)).toEqual(shown(refusedWith))
    expect(shown(byForm.body.findings)).toEqual(shown(refusedWith))
    // every validation error is one of them, at the same place
    const reportFindings = refusedWith.filter((f) => f.rule === 'report-consistency')
    expect(reportFindings.map((f) => f.place)).toEqual(errors.map((e) => e.place))
    for (const finding of reportFindings) {
      expect(finding.place, finding.field).not.toMatch(ASCII_LETTER)
      expect(finding.message, finding.field).not.toMatch(ASCII_LETTER)
    }

    // Once the organ fills in its part, both say nothing is wrong: 检查 is no stricter than submission.
    const appeals = { corrected: 0, otherOutcome: 0, pending: 0, total: 0, upheld: 0 }
    const filled = await editor.patch(`/api/annual-reports/${id}`).send({
      appeals: { directSuit: appeals, reconsideration: appeals, suitAfterReview: appeals },
      problems: '无。',
      proactive: {
        ...compiled.body.doc.proactive,
        enforcement: { coercion: { decisions: 0 }, penalty: { decisions: 0 } },
        fees: { adminFees: { amount: 0 } },
        licensing: { licensing: { decisions: 0 } },
      },
      signedAt: `${YEAR + 1}-01-20T04:00:00.000Z`,
      signedBy: DEMO_ORGAN.fullName,
    })
    expect(filled.status).toBe(200)
    const clean = await editor.post('/api/checks').send({ collection: 'annual-reports', id })
    expect(clean.body.findings.filter((f: Finding) => f.severity === 'block')).toEqual([])
    const submitted = await editor.post(`/api/annual-reports/${id}/workflow`).send({ action: 'submit' })
    expect(submitted.status).toBe(200)
    expect(submitted.body).toMatchObject({ state: 'pending-review' })
  }, 120_000)
})
