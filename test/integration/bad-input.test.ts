import { expect, it } from 'vitest'

import { richText } from '../../src/richText'
import { ownAddress, seenAs } from '../helpers/addresses'
import { createItem } from '../helpers/fixtures'
import { withServer } from '../helpers/server'

type FieldError = { message: string; path: string }
const fieldErrors = (body: { errors: { data?: { errors?: FieldError[] } }[] }) => body.errors[0]?.data?.errors ?? []

withServer('bad input: clear errors, nothing written', (s) => {
  const count = async (collection: 'annual-reports' | 'meetings' | 'news' | 'policies' | 'users') =>
    (await s().payload.count({ collection })).totalDocs

  it('a missing required field: 400 naming the field, in Chinese by default and English on request', async () => {
    const { agent } = await s().as('editor')
    const before = await count('news')
    const zh = await agent.post('/api/news').send({ body: richText('正文') })
    expect(zh.status).toBe(400)
    expect(fieldErrors(zh.body)).toEqual([{ label: expect.anything(), message: '该字段为必填项目。', path: 'title' }])

    const en = await agent
      .post('/api/news')
      .set('Accept-Language', 'en')
      .send({ body: richText('正文') })
    expect(en.status).toBe(400)
    expect(fieldErrors(en.body)[0]).toMatchObject({ message: 'This field is required.', path: 'title' })
    expect(await count('news')).toBe(before)
  })

  it('wrong types: a text date, a word for a number, an unknown option — each named, nothing stored', async () => {
    const { agent } = await s().as('editor')
    const meetings = await count('meetings')
    const meeting = await agent.post('/api/meetings').send({ convener: '乡长', heldAt: '下周一上午', place: '会议室', title: '日期写成文字' })
    expect(meeting.status).toBe(400)
    expect(fieldErrors(meeting.body).map((e) => e.path)).toContain('heldAt')
    expect(await count('meetings')).toBe(meetings)

    const reports = await count('annual-reports')
    const report = await agent.post('/api/annual-reports').send({ title: '年报', year: '二〇二五' })
    expect(report.status).toBe(400)
    expect(fieldErrors(report.body).map((e) => e.path)).toContain('year')

    const cell = await agent.post('/api/annual-reports').send({ requests: { newReceived: { natural: 2.5 } }, title: '年报', year: 2024 })
    expect(cell.status).toBe(400)
    expect(fieldErrors(cell.body)).toContainEqual(
      expect.objectContaining({ message: '须为整数 / Must be a whole number', path: 'requests.newReceived.natural' }),
    )
    expect(await count('annual-reports')).toBe(reports)

    const news = await count('news')
    const channel = await agent.post('/api/news').send({ body: richText('正文'), channels: ['fax'], title: '未知渠道' })
    expect(channel.status).toBe(400)
    expect(fieldErrors(channel.body).map((e) => e.path)).toContain('channels')
    expect(await count('news')).toBe(news)
  })

  it('an abstract over 100 characters and a repealed policy without its repeal date are refused', async () => {
    const { agent } = await s().as('editor')
    const before = await count('policies')
    const res = await agent.post('/api/policies').send({
      abstract: '概'.repeat(101),
      body: richText('第一条'),
      title: '已废止文件',
      validity: 'repealed',
    })
    expect(res.status).toBe(400)
    const paths = fieldErrors(res.body).map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['abstract', 'repealedAt']))
    expect(fieldErrors(res.body).find((e) => e.path === 'repealedAt')!.message).toContain('废止日期')
    expect(await count('policies')).toBe(before)
  })

  it('malformed JSON is a 400, not a crash', async () => {
    const { agent } = await s().as('editor')
    const res = await agent.post('/api/news').set('Content-Type', 'application/json').send('{"title": "未闭合')
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('Invalid JSON')
  })

  it('a forged X-Forwarded-For is not the address the audit log records: the one the server saw is', async () => {
    const item = await createItem(s(), 'news', 'draft', '审计地址')
    const { agent: editor } = await s().as('editor')
    const client = ownAddress()
    const submitted = await editor
      .post(`/api/news/${item.id}/workflow`)
      .agent(client.agent)
      .set('X-Forwarded-For', '198.51.100.77')
      .send({ action: 'submit' })
    expect(submitted.status, submitted.text).toBe(200)
    const { agent: admin } = await s().as('admin')
    const log = await admin.get(`/api/audit-log?where[collection][equals]=news&where[document][equals]=${item.id}&where[action][equals]=submit`)
    expect(log.body.docs).toHaveLength(1)
    expect(log.body.docs[0].ip).toMatch(seenAs(client.address))
  })

  it('users: an unknown role is refused; an editor cannot grant themselves a role, rename themself or read others', async () => {
    const { agent: admin } = await s().as('admin')
    const before = await count('users')
    const bad = await admin
      .post('/api/users')
      .send({ email: 'new@test.example', name: '新用户', password: 'A-long-password-1', roles: ['superuser'] })
    expect(bad.status).toBe(400)
    expect(fieldErrors(bad.body).map((e) => e.path)).toContain('roles')
    expect(await count('users')).toBe(before)

    const { agent: editor, user } = await s().as('editor')
    const escalate = await editor.patch(`/api/users/${user.id}`).send({ roles: ['admin'] })
    expect(escalate.status).toBe(403)
    expect(escalate.body.errors[0].message).toContain('角色')
    const stored = await s().payload.findByID({ collection: 'users', id: user.id })
    expect(stored.roles).toEqual(['editor'])

    // Sending back what the form shows is fine; a new name for oneself is refused (the audit log records names).
    expect((await editor.patch(`/api/users/${user.id}`).send({ name: stored.name, roles: ['editor'] })).status).toBe(200)
    const rename = await editor.patch(`/api/users/${user.id}`).send({ name: '改名后的编辑' })
    expect(rename.status).toBe(403)
    expect(rename.body.errors[0].message).toContain('姓名')

    const list = await editor.get('/api/users?limit=100')
    expect(list.body.docs.map((u: { id: unknown }) => u.id)).toEqual([user.id])
    expect((await editor.post('/api/users').send({ email: 'x@test.example', name: 'x', password: 'pw-123456', roles: ['editor'] })).status).toBe(403)
  })

  it('the organ: anyone reads it, only an admin changes it, and a bad credit code is refused', async () => {
    const read = await s().request.get('/api/globals/organ')
    expect(read.status).toBe(200)
    expect(read.body.fullName).toBe('青山县青石乡人民政府')

    const { agent: editor } = await s().as('editor')
    expect((await editor.post('/api/globals/organ').send({ fullName: '篡改' })).status).toBe(403)

    const { agent: admin } = await s().as('admin')
    const bad = await admin.post('/api/globals/organ').send({ creditCode: '11339901MB1234567X' })
    expect(bad.status).toBe(400)
    expect(fieldErrors(bad.body)[0]).toMatchObject({ path: 'creditCode' })
    expect((await s().payload.findGlobal({ slug: 'organ' })).creditCode).toBe('11339901MB1234567M')
  })

  it('printers authenticate with an API key; a wrong key is anonymous', async () => {
    const { agent: admin } = await s().as('admin')
    const apiKey = 'printer-key-0123456789abcdef0123456789'
    const created = await admin.post('/api/users').send({
      apiKey,
      email: 'board-printer@test.example',
      enableAPIKey: true,
      name: '公示栏打印机',
      password: 'unused-password-1',
      roles: ['printer'],
    })
    expect(created.status).toBe(201)
    // The key opens the print queue (no job waiting: 204) and nothing else, not even the printer's own account.
    const key = `users API-Key ${apiKey}`
    expect((await s().request.post('/api/print-jobs/claim').set('Authorization', key)).status).toBe(204)
    expect((await s().request.get('/api/users/me').set('Authorization', key)).status).toBe(403)
    const wrong = 'users API-Key wrong-key'
    expect((await s().request.post('/api/print-jobs/claim').set('Authorization', wrong)).status).toBe(401)
    expect((await s().request.get('/api/users/me').set('Authorization', wrong)).body.user).toBeNull()
  })
})
