import { expect, it } from 'vitest'

import { richText } from '../../src/richText'
import { reviewAndPublish } from '../../src/seed/reviewAndPublish'
import { actAs } from '../../src/workflow/gate'
import { settled } from '../helpers/deliveries'
import { binary, readPdf } from '../helpers/files'
import { withServer } from '../helpers/server'

type Job = { id: number | string; kind: string; sheetUrl: string; takesDown: null | number | string; title: string }

withServer('notice board: sheets rendered, claimed by printers once, taken down', (s) => {
  let printers = 0
  /** A printer account with an API key, as the board's print client authenticates. */
  async function printer() {
    const apiKey = `printer-key-${++printers}-${Date.now()}`
    await s().payload.create({
      collection: 'users',
      data: {
        apiKey,
        email: `printer${printers}@test.example`,
        enableAPIKey: true,
        name: `公示栏打印机${printers}`,
        password: 'printer-password-1',
        roles: ['printer'],
      },
    })
    const auth = `users API-Key ${apiKey}`
    return {
      auth,
      claim: () => s().request.post('/api/print-jobs/claim').set('Authorization', auth),
      done: (id: number | string, body: object) => s().request.post(`/api/print-jobs/${id}/done`).set('Authorization', auth).send(body),
      get: (url: string) => s().request.get(url).set('Authorization', auth).buffer(true).parse(binary),
    }
  }

  /** Claims until the queue is empty; everything the printer got. */
  async function drain(p: Awaited<ReturnType<typeof printer>>) {
    const got: Job[] = []
    for (let res = await p.claim(); res.status === 200; res = await p.claim()) got.push(res.body)
    return got
  }

  async function publishNotice(title: string, period?: { end: string; start: string }) {
    const chain = await s().chain()
    const doc = await s().payload.create({
      collection: 'news',
      data: {
        body: richText('经村民申请、村委会评议、乡人民政府审核，拟认定以下家庭为2026年度农村低保对象。', '公示期间如有异议，请向乡民政办反映。'),
        category: 'public-notice',
        channels: ['noticeboard'],
        noticePeriod: period ? { ...period, objectionContact: '乡民政办，电话0591-22334455' } : undefined,
        title,
      } as never,
      draft: true,
      user: chain.submitter,
    })
    await reviewAndPublish(s().payload, 'news', doc.id, chain)
    return doc.id
  }

  it('publishing renders an A4 sheet with the Chinese text and queues it; a printer claims, downloads and reports it', async () => {
    const a = await printer()
    await drain(a)
    const id = await publishNotice('关于2026年度农村低保对象拟认定名单的公示', { end: '2026-12-07', start: '2026-12-01' })
    // The take-down at the end of the 公示期 waits for its day.
    const [delivery, takeDown] = await settled(s(), 'news', id, 2, (d) => d.action === 'withdraw')
    expect(delivery).toMatchObject({ channel: 'noticeboard', status: 'delivered' })
    expect(takeDown).toMatchObject({ action: 'withdraw', status: 'queued' })

    const claim = await a.claim()
    expect(claim.status).toBe(200)
    expect(claim.body).toMatchObject({ kind: 'post', title: '关于2026年度农村低保对象拟认定名单的公示' })
    const sheet = await a.get(claim.body.sheetUrl)
    expect(sheet.status).toBe(200)
    expect(sheet.headers['content-type']).toBe('application/pdf')
    const { pdf, text } = await readPdf(sheet.body as Buffer)
    expect(pdf.numPages).toBe(1)
    const [x, y, width, height] = (await pdf.getPage(1)).view
    expect([x, y, Math.round(width!), Math.round(height!)]).toEqual([0, 0, 595, 842])
    for (const expected of [
      '关于2026年度农村低保对象拟认定名单的公示',
      '拟认定以下家庭为2026年度农村低保对象',
      '公示期',
      '2026年12月7日',
      '乡民政办，电话0591-22334455',
      '青石乡人民政府',
    ]) {
      expect(text).toContain(expected)
    }

    expect((await a.done(claim.body.id, { result: 'maybe' })).status).toBe(400)
    const done = await a.done(claim.body.id, { message: '已张贴于乡政府公示栏', result: 'printed' })
    expect(done.status).toBe(200)
    // A repeated report (its answer was lost) is answered again; the job stays printed.
    expect((await a.done(claim.body.id, { result: 'printed' })).status).toBe(200)
    const job = await s().payload.findByID({ id: claim.body.id, collection: 'print-jobs' })
    expect(job).toMatchObject({ message: '已张贴于乡政府公示栏', status: 'printed' })
    expect((await a.claim()).status).toBe(204)
  })

  it('two printers claiming at the same time never get the same job', async () => {
    const [a, b] = await Promise.all([printer(), printer()])
    await drain(a)
    const ids = await Promise.all(['一', '二', '三', '四', '五', '六'].map((n) => publishNotice(`并发领取测试${n}`)))
    await Promise.all(ids.map((id) => settled(s(), 'news', id)))
    const claims = await Promise.all(Array.from({ length: 16 }, (_, i) => (i % 2 ? a : b).claim()))
    const jobs = claims.filter((c) => c.status === 200).map((c) => String(c.body.id))
    expect(claims.every((c) => c.status === 200 || c.status === 204)).toBe(true)
    expect(jobs).toHaveLength(6)
    expect(new Set(jobs).size).toBe(6)
  })

  it('a job not reported within the lease returns to the queue; the first printer can no longer report it', async () => {
    const [a, b] = await Promise.all([printer(), printer()])
    await drain(a)
    await settled(s(), 'news', await publishNotice('租约过期测试'))
    const first = await a.claim()
    expect(first.status).toBe(200)
    // The lease is PRINT_LEASE_SECONDS (600) from the claim.
    const lease = new Date(first.body.leaseUntil).getTime() - Date.now()
    expect(lease).toBeGreaterThan(590_000)
    expect(lease).toBeLessThanOrEqual(600_000)
    expect((await b.claim()).status).toBe(204)
    // Ten minutes pass without a report: the lease runs out.
    await s().payload.update({ id: first.body.id, collection: 'print-jobs', data: { leaseUntil: new Date(Date.now() - 1000).toISOString() } })
    const second = await b.claim()
    expect(second.status).toBe(200)
    expect(second.body.id).toBe(first.body.id)
    expect((await a.done(first.body.id, { result: 'printed' })).status).toBe(409)
    expect((await b.done(second.body.id, { result: 'printed' })).status).toBe(200)
  })

  it('the end of the 公示期 takes the sheet down; a later withdrawal does not take it down twice', async () => {
    const a = await printer()
    await drain(a)
    const id = await publishNotice('公示期满撤下测试', { end: '2026-01-10', start: '2026-01-03' })
    await settled(s(), 'news', id, 2)
    const [posted, takeDown] = await drain(a)
    expect(posted).toMatchObject({ kind: 'post' })
    expect(takeDown).toMatchObject({ kind: 'take-down', takesDown: posted!.id })
    // The take-down's sheet is the posted one, for the person at the board to find it.
    expect(((await a.get(takeDown!.sheetUrl)).body as Buffer).equals((await a.get(posted!.sheetUrl)).body as Buffer)).toBe(true)

    const { approver } = await s().chain()
    expect((await actAs(s().payload, approver, 'news', id, 'withdraw', '公示结束后撤回')).status).toBe(200)
    await settled(s(), 'news', id, 3)
    expect(await drain(a)).toEqual([])
    expect((await s().payload.count({ collection: 'print-jobs', where: { takesDown: { equals: posted!.id } } })).totalDocs).toBe(1)
  })

  it('withdrawing an item takes its sheet down', async () => {
    const a = await printer()
    await drain(a)
    const id = await publishNotice('撤回撤下测试')
    await settled(s(), 'news', id)
    const [posted] = await drain(a)
    const { approver } = await s().chain()
    expect((await actAs(s().payload, approver, 'news', id, 'withdraw', '信息有误')).status).toBe(200)
    await settled(s(), 'news', id, 2)
    const [takeDown] = await drain(a)
    expect(takeDown).toMatchObject({ kind: 'take-down', takesDown: posted!.id, title: '撤回撤下测试' })
  })

  it('printers reach the print queue through its endpoints only, and nobody else takes jobs', async () => {
    const a = await printer()
    const { agent: editor } = await s().as('editor')
    expect((await editor.post('/api/print-jobs/claim')).status).toBe(403)
    expect((await s().request.post('/api/print-jobs/claim')).status).toBe(401)
    for (const other of ['/api/print-jobs', '/api/deliveries', '/api/audit-log', '/api/wechat-replies']) {
      expect((await s().request.get(other).set('Authorization', a.auth)).status).toBe(403)
    }
  })

  it('staff preview the WeChat article and the notice sheet of a draft before approval; the public cannot', async () => {
    const { agent: reviewer } = await s().as('reviewer')
    const draft = await s().payload.create({
      collection: 'news',
      data: {
        abstract: '低保公示预览',
        body: richText('拟认定名单如下。<script>alert(1)</script>'),
        channels: ['wechat', 'noticeboard'],
        title: '预览测试：低保公示',
      } as never,
      draft: true,
    })
    const article = await reviewer.get(`/api/news/${draft.id}/preview/wechat`)
    expect(article.status).toBe(200)
    expect(article.headers['content-type']).toContain('text/html')
    expect(article.text).toContain('预览测试：低保公示')
    expect(article.text).toContain('拟认定名单如下。&lt;script&gt;')
    expect(article.text).not.toContain('<script>')

    const sheet = await reviewer.get(`/api/news/${draft.id}/preview/sheet.pdf`).buffer(true).parse(binary)
    expect(sheet.status).toBe(200)
    expect((await readPdf(sheet.body as Buffer)).text).toContain('预览测试：低保公示')

    expect((await s().request.get(`/api/news/${draft.id}/preview/wechat`)).status).toBe(401)
    const a = await printer()
    expect((await a.get(`/api/news/${draft.id}/preview/sheet.pdf`)).status).toBe(403)
  })
})
