import type supertest from 'supertest'

import { expect, it } from 'vitest'

import { richText } from '../../src/richText'
import { marked } from '../helpers/diffParts'
import { createItem } from '../helpers/fixtures'
import { pngImage } from '../helpers/files'
import { withServer } from '../helpers/server'

type Agent = supertest.Agent
type Part = { op: 'add' | 'del' | 'same'; text: string }
type Change = { after: unknown; before: unknown; field: string; kind: string; label: string; parts?: Part[] }
type Changes = { base: null | { id: null | number | string; publishedAt: null | string }; fields: Change[] }

/** What no reviewer needs to read: the workflow, system-written fields, hashes and audit ids. */
const NOT_SHOWN = ['workflow', 'indexNumber', 'publishedAt', 'updatedAt', 'createdAt', '_status', 'id', 'wrongNames']

withServer('what changed in the version under review (GET …/changes)', (s) => {
  const act = (agent: Agent, path: string, action: string) => agent.post(`${path}/workflow`).send({ action }).expect(200)

  it('an edited published item: exactly the changed fields, with what was inserted and deleted; staff only', async () => {
    const item = await createItem(s(), 'news', 'published', '安全生产会议')
    const { agent: editor } = await s().as('editor')
    const cover = await editor
      .post('/api/media')
      .field('_payload', JSON.stringify({ alt: '会议现场' }))
      .attach('file', await pngImage(60, 40), 'review-changes-cover.png')
      .expect(201)
    await editor
      .patch(`/api/news/${item.id}`)
      .send({ body: richText('青石乡召开安全生产工作会议。', '会议部署了冬季防火工作。'), cover: cover.body.doc.id, title: '安全生产工作会议' })
      .expect(200)
    await act(editor, `/api/news/${item.id}`, 'submit')

    const { agent: reviewer } = await s().as('reviewer')
    const res = await reviewer.get(`/api/news/${item.id}/changes`)
    expect(res.status).toBe(200)
    const body = res.body as Changes
    const published = await s().payload.findVersions({
      collection: 'news',
      limit: 1,
      sort: '-updatedAt',
      where: { and: [{ parent: { equals: item.id } }, { 'version._status': { equals: 'published' } }] },
    })
    expect(body.base).toEqual({ id: published.docs[0]!.id, publishedAt: published.docs[0]!.updatedAt })
    expect(body.fields).toEqual([
      {
        after: '安全生产工作会议',
        before: '安全生产会议',
        field: 'title',
        kind: 'text',
        label: '标题',
        parts: marked('安全生产[+工作]会议'),
      },
      {
        after: '青石乡召开安全生产工作会议。\n会议部署了冬季防火工作。',
        before: '青石乡召开工作会议。',
        field: 'body',
        kind: 'richText',
        label: '正文',
        parts: marked('青石乡召开[+安全生产]工作会议。[+\n会议部署了冬季防火工作。]'),
      },
      {
        after: ['review-changes-cover.png'],
        before: [],
        field: 'cover',
        kind: 'files',
        label: '封面图',
        parts: marked('[+review-changes-cover.png]'),
      },
    ])

    // The same for the editor and the approver who decides next; nothing for the public or a printer.
    expect((await editor.get(`/api/news/${item.id}/changes`)).body).toEqual(body)
    for (const outsider of [s().request, (await s().as('printer')).agent]) {
      const refused = await outsider.get(`/api/news/${item.id}/changes`)
      expect(refused.status).toBe(403)
      expect(refused.text).not.toContain('工作会议')
      expect(refused.text).not.toContain('review-changes-cover')
    }
    expect((await reviewer.get('/api/news/999999/changes')).status).toBe(404)
  })

  it('a never-published item: no base, every field with content new', async () => {
    const item = await createItem(s(), 'meetings', 'draft', '村级财务公开会议')
    const { agent: editor } = await s().as('editor')
    await act(editor, `/api/meetings/${item.id}`, 'submit')
    const { agent: reviewer } = await s().as('reviewer')
    const body = (await reviewer.get(`/api/meetings/${item.id}/changes`).expect(200)).body as Changes
    expect(body.base).toBeNull()
    const byField = Object.fromEntries(body.fields.map((f) => [f.field, f]))
    expect(byField.title).toEqual({
      after: '村级财务公开会议',
      before: null,
      field: 'title',
      kind: 'text',
      label: '标题',
      parts: marked('[+村级财务公开会议]'),
    })
    expect(byField.heldAt).toEqual({ after: '2026-11-18 09:30', before: null, field: 'heldAt', kind: 'value', label: '会议时间' })
    expect(byField.place).toMatchObject({ after: '三楼会议室', parts: marked('[+三楼会议室]') })
    expect(byField.convener).toMatchObject({ after: '乡长', label: '主持人' })
    expect(byField.channels).toMatchObject({ after: '政府网站', kind: 'value', label: '发布渠道' })
    for (const change of body.fields) {
      expect(change.before, change.field).toBeNull()
      for (const part of change.parts ?? []) expect(part.op, change.field).toBe('add')
    }
    for (const hidden of NOT_SHOWN) expect(Object.keys(byField)).not.toContain(hidden)
    // Empty fields are not "new content".
    expect(Object.keys(byField)).not.toContain('attendees')
    expect(Object.keys(byField)).not.toContain('attachments')
  })

  it('the organ’s details: the changed detail only, not the staff-only list of wrong spellings', async () => {
    await s().reviewOrgan({ phone: '0591-7000001' })
    const { agent: admin } = await s().as('admin')
    const before = (await admin.get('/api/globals/organ?draft=true').expect(200)).body
    await admin
      .post('/api/globals/organ')
      .send({ phone: '0591-7000002', wrongNames: [...before.wrongNames.map(({ name }: { name: string }) => ({ name })), { name: '青石相' }] })
      .expect(200)
    await act(admin, '/api/globals/organ', 'submit')

    const { agent: reviewer } = await s().as('reviewer')
    const body = (await reviewer.get('/api/globals/organ/changes').expect(200)).body as Changes
    expect(body.base?.id).toBeTruthy()
    expect(body.fields).toEqual([
      {
        after: '0591-7000002',
        before: '0591-7000001',
        field: 'phone',
        kind: 'text',
        label: '联系电话',
        parts: marked('0591-700000[-1][+2]'),
      },
    ])
    const refused = await s().request.get('/api/globals/organ/changes')
    expect(refused.status).toBe(403)
    expect(refused.text).not.toContain('7000002')
  })
})
