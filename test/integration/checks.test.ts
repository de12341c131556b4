import { expect, it } from 'vitest'

import { richText } from '../../src/richText'
import { docxDocument, pdfDocument } from '../helpers/files'
import { withServer } from '../helpers/server'

// Valid by GB 11643, fictitious.
const ID = '350121198503124026'

type Finding = { excerpt: string; field?: string; file?: string; rule: string; severity: string; start: number; suggestion: null | string }

withServer('the machine first pass (机器初审)', (s) => {
  const upload = async (file: Buffer, filename: string, contentType: string) => {
    const { agent } = await s().as('editor')
    const res = await agent
      .post('/api/media')
      .field('_payload', JSON.stringify({ caption: filename }))
      .attach('file', file, { contentType, filename })
    expect(res.status).toBe(201)
    return res.body.doc.id as number
  }

  it('POST /api/checks finds problems in a text, for staff only', async () => {
    const { agent: editor } = await s().as('editor')
    const text = `清石乡政府低保公示：张某，身份证号${ID}，中国入民。`
    const res = await editor.post('/api/checks').send({ text })
    expect(res.status).toBe(200)
    const findings = res.body.findings as Finding[]
    expect(findings.map((f) => [f.rule, f.severity, text.slice(f.start, f.start + (f.suggestion?.length ?? 0))])).toEqual([
      ['organ-name', 'block', '清石乡政府'],
      ['personal-info', 'block', ID],
      ['wording', 'block', '中国入民'],
    ])
    expect(findings[1]!.suggestion).toBe('35*************026')

    const { agent: reviewer } = await s().as('reviewer')
    expect((await reviewer.post('/api/checks').send({ text })).status).toBe(200)
    const { agent: printer } = await s().as('printer')
    expect((await printer.post('/api/checks').send({ text })).status).toBe(403)
    expect((await s().request.post('/api/checks').send({ text })).status).toBe(401)
    const bad = await editor.post('/api/checks').send({ collection: 'users', id: 1 })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toMatch(/collection/)
  })

  it('a submission with a real ID number is refused with the finding, stays a draft, and the refusal is on record', async () => {
    const { agent: editor } = await s().as('editor')
    const created = await editor.post('/api/news').send({ body: richText('经审核，拟将以下人员纳入低保：', `李某，${ID}。`), title: '低保公示' })
    const id = created.body.doc.id

    const res = await editor.post(`/api/news/${id}/workflow`).send({ action: 'submit' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].code).toBe('checks')
    expect(res.body.findings).toContainEqual(
      expect.objectContaining({ field: 'body', rule: 'personal-info', severity: 'block', suggestion: '35*************026' }),
    )

    const item = await editor.get(`/api/news/${id}?draft=true`)
    expect(item.body.workflow.state).toBe('draft')
    expect(item.body.workflow.checks.findings).toEqual(res.body.findings)
    const log = await s().payload.find({ collection: 'audit-log', where: { document: { equals: String(id) } } })
    expect(log.docs.map((d) => d.action)).toEqual(['check'])
    // The audit entry names the field in the form's words and never keeps the number it stopped.
    expect(log.docs[0]!.comment).toContain('【正文】身份证号码：个人信息须去标识化后公开')
    expect(log.docs[0]!.comment).toContain('*'.repeat(ID.length))
    expect(log.docs[0]!.comment).not.toContain(ID)

    // Masked as suggested, it goes through.
    await editor.patch(`/api/news/${id}?draft=true`).send({ body: richText('经审核，拟将以下人员纳入低保：', '李某，35*************026。') })
    expect((await editor.post(`/api/news/${id}/workflow`).send({ action: 'submit' })).status).toBe(200)
  })

  it('warnings let the item reach review, and the reviewer must confirm them; the confirmation is on record', async () => {
    const { agent: editor } = await s().as('editor')
    const { agent: reviewer } = await s().as('reviewer')
    const created = await editor.post('/api/news').send({ body: richText('推進鄉村振興。'), title: '乡村振兴工作' })
    const id = created.body.doc.id

    const submitted = await editor.post(`/api/news/${id}/workflow`).send({ action: 'submit' })
    expect(submitted.status).toBe(200)
    const item = await reviewer.get(`/api/news/${id}?draft=true`)
    expect(item.body.workflow.checks.findings).toEqual([expect.objectContaining({ field: 'body', rule: 'traditional', severity: 'warn' })])

    const unconfirmed = await reviewer.post(`/api/news/${id}/workflow`).send({ action: 'pass-review' })
    expect(unconfirmed.status).toBe(409)
    expect(unconfirmed.body.errors[0].code).toBe('acknowledge')
    expect((await reviewer.post(`/api/news/${id}/workflow`).send({ acknowledgeWarnings: 'yes', action: 'pass-review' })).status).toBe(400)

    const passed = await reviewer
      .post(`/api/news/${id}/workflow`)
      .send({ acknowledgeWarnings: true, action: 'pass-review', comment: '人名用字，保留' })
    expect(passed.status).toBe(200)
    expect(passed.body.state).toBe('pending-approval')
    const log = await s().payload.find({ collection: 'audit-log', sort: 'createdAt', where: { document: { equals: String(id) } } })
    expect(log.docs.map((d) => d.action)).toEqual(['submit', 'acknowledge', 'pass-review'])
    expect(log.docs[1]!.comment).toContain('推進鄉村振興')
    expect(log.docs[1]!.role).toBe('reviewer')

    // The approver is not asked again.
    const { agent: approver } = await s().as('approver')
    expect((await approver.post(`/api/news/${id}/workflow`).send({ action: 'approve' })).status).toBe(200)
  })

  it('dictionary and organ settings edited in the admin take effect at the next check, without a restart', async () => {
    const { agent: admin } = await s().as('admin')
    const { agent: editor } = await s().as('editor')
    const check = async (text: string) => (await editor.post('/api/checks').send({ text })).body.findings as Finding[]

    expect(await check('请勿使用某违禁词。')).toEqual([])
    const term = await admin.post('/api/check-terms').send({ kind: 'sensitive', replacement: '规范用语', severity: 'block', term: '某违禁词' })
    expect(term.status).toBe(201)
    expect(await check('请勿使用某违禁词。')).toEqual([
      expect.objectContaining({ rule: 'sensitive-term', severity: 'block', suggestion: '规范用语' }),
    ])
    await admin.patch(`/api/check-terms/${term.body.doc.id}`).send({ severity: 'warn' })
    expect((await check('请勿使用某违禁词。'))[0]!.severity).toBe('warn')
    await admin.delete(`/api/check-terms/${term.body.doc.id}`)
    expect(await check('请勿使用某违禁词。')).toEqual([])

    // A wording entry needs its right form; editors cannot change the dictionary.
    expect((await admin.post('/api/check-terms').send({ kind: 'correction', term: '某错词' })).status).toBe(400)
    expect((await editor.post('/api/check-terms').send({ kind: 'sensitive', term: '某词' })).status).toBe(403)

    // The organ's details are in force once reviewed: a saved draft of a new wrong spelling changes no check yet.
    const organ = await admin.get('/api/globals/organ')
    await admin.post('/api/globals/organ').send({ wrongNames: [{ name: '青石香' }] })
    expect(await check('青石香人民政府')).toEqual([])
    await s().reviewOrgan({ wrongNames: [{ name: '青石香' }] })
    expect((await check('青石香人民政府'))[0]).toMatchObject({ rule: 'organ-name', severity: 'block', suggestion: '青石乡' })
    await s().reviewOrgan({ wrongNames: (organ.body.wrongNames ?? []).map(({ name }: { name: string }) => ({ name })) })

    await admin
      .post('/api/globals/check-settings')
      .send({ masks: { mobile: { keepEnd: 2, keepStart: 3 } }, names: [{ kind: 'person', name: '林建华' }] })
    const found = await check('林建化同志手机13812345678')
    expect(found.map((f) => [f.rule, f.suggestion])).toEqual([
      ['organ-name', '林建华'],
      ['personal-info', '138******78'],
    ])
  })

  it('checks the text of attached PDF and DOCX files, naming the file', async () => {
    const pdf = await upload(pdfDocument(`ID ${ID}`), '名单.pdf', 'application/pdf')
    const docx = await upload(
      await docxDocument(['机密★1年', '关于调整补助标准的通知']),
      '通知.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    const { agent: editor } = await s().as('editor')
    const created = await editor.post('/api/policies').send({
      attachments: [pdf, docx],
      body: richText('第一条 为规范管理，制定本办法。'),
      documentNumber: '青政〔2026〕9号',
      kind: 'normative',
      title: '补助标准',
    })
    expect(created.status).toBe(201)
    const res = await editor.post(`/api/policies/${created.body.doc.id}/workflow`).send({ action: 'submit' })
    expect(res.status).toBe(400)
    const findings = res.body.findings as Finding[]
    expect(findings.filter((f) => f.field === 'attachments').map((f) => [f.file, f.rule])).toEqual([
      ['名单.pdf', 'personal-info'],
      ['通知.docx', 'secrecy'],
    ])
  })

  it('warns about links to items that are not public or do not exist', async () => {
    const { agent: editor } = await s().as('editor')
    const draftPolicy = await editor.post('/api/policies').send({ body: richText('第一条'), title: '尚未发布的文件' })
    const link = (value: unknown, text: string) => ({
      children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
      direction: 'ltr',
      fields: { doc: { relationTo: 'policies', value }, linkType: 'internal', newTab: false },
      format: '',
      indent: 0,
      type: 'link',
      version: 3,
    })
    const body = richText('详见')
    body.root.children[0]!.children = [
      ...(body.root.children[0]!.children as object[]),
      link(draftPolicy.body.doc.id, '相关文件'),
      link(999999, '旧文件'),
    ] as never
    const res = await editor.post('/api/checks').send({ collection: 'news', data: { body, title: '链接测试' } })
    expect(res.status).toBe(200)
    const found = res.body.findings as Finding[]
    expect(found.map((f) => [f.rule, f.field, f.excerpt])).toEqual([
      ['dead-link', 'body', '详见相关文件旧文件'],
      ['dead-link', 'body', '详见相关文件旧文件'],
    ])
    expect(found.map((f) => f.start)).toEqual([2, 6])
  })

  it('the built-in wording list is seeded at the first start only: an entry an admin deleted stays deleted', async () => {
    const { agent: admin } = await s().as('admin')
    const entries = async (term: string) =>
      (await admin.get(`/api/check-terms?where[term][equals]=${encodeURIComponent(term)}&limit=10`)).body.docs as { id: number | string }[]
    expect(await entries('中国入民')).toHaveLength(1)
    const [removed] = await entries('共产觉')
    expect((await admin.delete(`/api/check-terms/${removed!.id}`)).status).toBe(200)

    await s().restart()
    expect(await entries('中国入民')).toHaveLength(1)
    expect(await entries('共产觉')).toEqual([])
  }, 180_000)
})
