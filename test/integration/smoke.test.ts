import type supertest from 'supertest'

import { existsSync, readdirSync } from 'node:fs'
import http from 'node:http'
import PDFDocument from 'pdfkit'
import { type Browser, chromium, type Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { verifyWebhook } from '../../src/channels/webhookSignature'
import { pdfBytes } from '../../src/pdf/bytes'
import { REGULAR, registerFonts } from '../../src/pdf/fonts'
import { sectionHeadings } from '../../src/report/format'
import { CALENDAR_YEARS } from '../../src/requests/calendar'
import { richText } from '../../src/richText'
import { DEMO_ORGAN } from '../../src/seed/demo'
import { type Delivery, settled } from '../helpers/deliveries'
import { type FakeWechat, startFakeWechat } from '../helpers/fakeWechat'
import { binary, docxDocument, pngImage, readPdf } from '../helpers/files'
import { quietYearReport } from '../helpers/fixtures'
import { withServer } from '../helpers/server'

/**
 * The production smoke suite: one pass over everything a user touches, against the build `npm start`
 * serves, each asserted as the user would see it. Code that works under tsx but not once bundled by Next
 * (packages reading their own files, require.resolve, __dirname) fails here first.
 */

const WEBHOOK_SECRET = 'smoke-webhook-secret'
const APPID = 'wx5823bf96d3bd56c7'
const WECHAT_SECRET = 'smoke-wechat-secret'
// Valid by GB 11643, fictitious.
const ID_NUMBER = '350121198503124026'
const CHROMIUM = '/usr/bin/chromium'

/** The public website's side of the refresh webhook: every call, and whether its signature verifies. */
const website: Array<{ body: Record<string, unknown>; signed: boolean }> = []
const receiver = http.createServer((req, res) => {
  let body = ''
  req.on('data', (chunk) => (body += chunk))
  req.on('end', () => {
    const signature = { signature: String(req.headers['x-gov-signature']), timestamp: String(req.headers['x-gov-timestamp']) }
    website.push({ body: JSON.parse(body), signed: verifyWebhook(body, signature, WEBHOOK_SECRET) })
    res.writeHead(200).end()
  })
})
let wechat: FakeWechat | undefined
afterAll(async () => {
  await wechat?.close()
  await new Promise((resolve) => receiver.close(resolve))
})

async function channels() {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  wechat = await startFakeWechat({ appid: APPID, secret: WECHAT_SECRET })
  return {
    DELIVERY_RETRY_BASE_MS: '20',
    WEBSITE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    WEBSITE_WEBHOOK_URL: `http://127.0.0.1:${(receiver.address() as { port: number }).port}/refresh`,
    WECHAT_API_BASE: wechat.url,
    WECHAT_APPID: APPID,
    WECHAT_SECRET,
  }
}

type Agent = supertest.Agent

withServer(
  'production smoke: every channel, report, request, check, upload, GraphQL and admin view on the build',
  (s) => {
    const staff = {} as Record<'admin' | 'approver' | 'editor' | 'reviewer', Agent>
    beforeAll(async () => {
      for (const role of ['admin', 'approver', 'editor', 'reviewer'] as const) staff[role] = (await s().as(role)).agent
    })

    /** What people do in the admin's workflow panel: the editor submits, the reviewer passes, the approver approves. */
    async function publish(collection: string, id: number | string) {
      const act = async (agent: Agent, body: object) => {
        const res = await agent.post(`/api/${collection}/${id}/workflow`).send(body)
        expect(res.status, JSON.stringify(res.body)).toBe(200)
        return res.body as { state: string }
      }
      await act(staff.editor, { action: 'submit' })
      await act(staff.reviewer, { acknowledgeWarnings: true, action: 'pass-review' })
      expect(await act(staff.approver, { action: 'approve' })).toMatchObject({ state: 'published' })
    }

    const upload = async (file: Buffer, filename: string, contentType: string, data: object) => {
      const res = await staff.editor.post('/api/media').field('_payload', JSON.stringify(data)).attach('file', file, { contentType, filename })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      return res.body.doc as { id: number; sizes: Record<string, { filename: string; height: number; url: string; width: number }>; url: string }
    }

    /** An item's deliveries as staff read them over the API, oldest first. */
    const deliveriesSeen = async (collection: string, id: number | string) => {
      const res = await staff.admin.get(
        `/api/deliveries?where[collection][equals]=${collection}&where[document][equals]=${id}&sort=createdAt&depth=0`,
      )
      expect(res.status).toBe(200)
      return (res.body.docs as Delivery[]).map((d) => [d.channel, d.action, d.status])
    }

    let photo: Awaited<ReturnType<typeof upload>>

    it('an image upload is resized by sharp: every size exists as a file and is served', async () => {
      photo = await upload(await pngImage(1200, 800), 'yard.png', 'image/png', { alt: '青石乡政府大院' })
      const expected = { card: [768, 512], square: [200, 200], thumbnail: [300, 200], wechatCover: [900, 383] }
      const files = readdirSync(s().mediaDir)
      for (const [name, [width, height]] of Object.entries(expected)) {
        const size = photo.sizes[name]!
        expect(size, name).toMatchObject({ height, width })
        expect(files).toContain(size.filename)
        const served = await staff.editor.get(new URL(size.url, s().url).pathname).buffer(true).parse(binary)
        expect(served.status, name).toBe(200)
        expect(await sharp(served.body as Buffer).metadata(), name).toMatchObject({ height, width })
      }
      const original = await staff.editor.get(new URL(photo.url, s().url).pathname).buffer(true).parse(binary)
      expect(await sharp(original.body as Buffer).metadata()).toMatchObject({ format: 'png', height: 800, width: 1200 })

      // A refused upload names its error as Payload's API documents it.
      const noAlt = await staff.editor.post('/api/media').attach('file', await pngImage(40, 40), { contentType: 'image/png', filename: 'noalt.png' })
      expect(noAlt.status).toBe(400)
      expect(noAlt.body.errors[0]).toMatchObject({ data: { errors: [expect.objectContaining({ path: 'alt' })] }, name: 'ValidationError' })
    })

    it('POST /api/checks: organ name by sound (pinyin), traditional characters (OpenCC), ID number, wording', async () => {
      const text = `清石乡政府低保公示：张某，身份证号${ID_NUMBER}，推進鄉村振興，中国入民。`
      const res = await staff.editor.post('/api/checks').send({ text })
      expect(res.status).toBe(200)
      const findings = res.body.findings as Array<{ rule: string; severity: string; suggestion: null | string }>
      expect(findings.map((f) => f.rule).sort()).toEqual(['organ-name', 'personal-info', 'traditional', 'wording'])
      expect(findings.find((f) => f.rule === 'organ-name')!.suggestion).toBe('青石乡政府')
      expect(findings.find((f) => f.rule === 'personal-info')!.suggestion).toBe('35*************026')
      expect(findings.find((f) => f.rule === 'traditional')).toMatchObject({ severity: 'warn' })
      expect((await s().request.post('/api/checks').send({ text })).status).toBe(401)
    })

    it('the text inside an attached PDF and DOCX is checked at submit (unpdf, mammoth)', async () => {
      const doc = new PDFDocument({ size: 'A4' })
      registerFonts(doc)
      doc.font(REGULAR).fontSize(14).text(`低保对象名单：李某，身份证号${ID_NUMBER}。`)
      const pdf = await upload(await pdfBytes(doc), '低保名单.pdf', 'application/pdf', { caption: '附件1' })
      const docx = await upload(
        await docxDocument(['机密★1年', '关于调整补助标准的通知']),
        '通知.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        { caption: '附件2' },
      )
      const created = await staff.editor.post('/api/policies').send({
        attachments: [pdf.id, docx.id],
        body: richText('第一条 为规范管理，制定本办法。'),
        documentNumber: '青政〔2026〕9号',
        kind: 'normative',
        title: '关于调整补助标准的通知',
      })
      expect(created.status).toBe(201)
      const res = await staff.editor.post(`/api/policies/${created.body.doc.id}/workflow`).send({ action: 'submit' })
      expect(res.status).toBe(400)
      const findings = (res.body.findings as Array<{ field: string; file: string; rule: string }>).filter((f) => f.field === 'attachments')
      expect(findings.map((f) => [f.file, f.rule])).toEqual([
        ['低保名单.pdf', 'personal-info'],
        ['通知.docx', 'secrecy'],
      ])
    })

    it('one item on every channel: signed webhook, WeChat article, a printed sheet; withdrawal takes it off all three', async () => {
      const apiKey = `smoke-printer-key-${Date.now()}`
      await s().payload.create({
        collection: 'users',
        data: {
          apiKey,
          email: 'smoke-printer@test.example',
          enableAPIKey: true,
          name: '公示栏打印机',
          password: 'printer-password-1',
          roles: ['printer'],
        },
      })
      const printer = (req: supertest.Test) => req.set('Authorization', `users API-Key ${apiKey}`)
      const sheet = async (url: string) => {
        const res = await printer(s().request.get(url)).buffer(true).parse(binary)
        expect(res.status).toBe(200)
        expect(res.headers['content-type']).toBe('application/pdf')
        return (await readPdf(res.body as Buffer)).text
      }

      const title = '青石乡开展秋季森林防火巡查'
      const body = richText('11月20日，青石乡组织开展秋季森林防火巡查。', '各村护林员已全部到岗。')
      body.root.children.push({ fields: {}, format: '', relationTo: 'media', type: 'upload', value: photo.id, version: 3 } as never)
      const created = await staff.editor
        .post('/api/news')
        .send({ abstract: '青石乡开展秋季森林防火巡查', body, channels: ['website', 'wechat', 'noticeboard'], cover: photo.id, title })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const id = created.body.doc.id
      await publish('news', id)
      await settled(s(), 'news', id, 3)
      expect(await deliveriesSeen('news', id)).toEqual(
        expect.arrayContaining([
          ['website', 'publish', 'delivered'],
          ['wechat', 'publish', 'delivered'],
          ['noticeboard', 'publish', 'delivered'],
        ]),
      )
      expect((await s().request.get(`/api/news/${id}`)).body).toMatchObject({ title, workflow: { state: 'published' } })

      // The website got a signed publish call.
      expect(website).toEqual([
        {
          body: expect.objectContaining({
            items: [expect.objectContaining({ action: 'publish', collection: 'news', id: String(id), path: `/news/${id}` })],
            paths: [`/news/${id}`],
          }),
          signed: true,
        },
      ])

      // WeChat: the photo through media/uploadimg, the cover as permanent material, draft/add, freepublish/submit.
      const paths = wechat!.calls.map((c) => c.path)
      for (const step of [
        '/cgi-bin/media/uploadimg',
        '/cgi-bin/material/add_material',
        '/cgi-bin/draft/add',
        '/cgi-bin/freepublish/submit',
        '/cgi-bin/freepublish/get',
      ]) {
        expect(paths, step).toContain(step)
      }
      const article = (wechat!.calls.find((c) => c.path === '/cgi-bin/draft/add')!.body as { articles: Array<Record<string, string>> }).articles[0]!
      expect(article.title).toBe(title)
      expect(article.content).toContain(wechat!.uploadedImages[0]!)
      expect(article.content).toContain('各村护林员已全部到岗。')
      expect(wechat!.materials.has(article.thumb_media_id!)).toBe(true)
      const [published] = [...wechat!.publishes.values()]
      expect(published).toMatchObject({ status: 0 })

      // The printer claims the sheet, downloads it (A4, the Chinese text embedded) and reports it printed.
      const claim = await printer(s().request.post('/api/print-jobs/claim'))
      expect(claim.status).toBe(200)
      expect(claim.body).toMatchObject({ kind: 'post', title })
      const posted = await sheet(claim.body.sheetUrl)
      for (const expected of [title, '各村护林员已全部到岗。', DEMO_ORGAN.fullName]) expect(posted).toContain(expected)
      expect((await printer(s().request.post(`/api/print-jobs/${claim.body.id}/done`)).send({ message: '已张贴', result: 'printed' })).status).toBe(
        200,
      )
      expect((await printer(s().request.post('/api/print-jobs/claim'))).status).toBe(204)

      // Withdrawal: the website is told, the WeChat article deleted, the sheet's take-down queued for the printer.
      const withdrawn = await staff.approver.post(`/api/news/${id}/workflow`).send({ action: 'withdraw', comment: '信息有误，撤回' })
      expect(withdrawn.status).toBe(200)
      await settled(s(), 'news', id, 6)
      expect(
        (await deliveriesSeen('news', id))
          .filter(([, action]) => action === 'withdraw')
          .map(([channel, , status]) => [channel, status])
          .sort(),
      ).toEqual([
        ['noticeboard', 'withdrawn'],
        ['website', 'withdrawn'],
        ['wechat', 'withdrawn'],
      ])
      expect((await s().request.get(`/api/news/${id}`)).status).toBe(404)
      expect(website.at(-1)).toEqual({
        body: expect.objectContaining({ items: [expect.objectContaining({ action: 'withdraw', id: String(id) })] }),
        signed: true,
      })
      const deleted = wechat!.calls.find((c) => c.path === '/cgi-bin/freepublish/delete')!.body as { article_id: string }
      expect(deleted.article_id).toBe(published!.articleId)
      expect(published!.status).toBe(5)
      const takeDown = await printer(s().request.post('/api/print-jobs/claim'))
      expect(takeDown.status).toBe(200)
      expect(takeDown.body).toMatchObject({ kind: 'take-down', takesDown: claim.body.id, title })
      expect(await sheet(takeDown.body.sheetUrl)).toContain(title)
      expect((await printer(s().request.post(`/api/print-jobs/${takeDown.body.id}/done`)).send({ result: 'printed' })).status).toBe(200)
    })

    it('annual report: compile → submit (renders the PDF) → review → publish; the public report.html and report.pdf', async () => {
      const year = 2024
      const title = `${DEMO_ORGAN.fullName}${year}年政府信息公开工作年度报告`
      const created = await staff.editor.post('/api/annual-reports').send(quietYearReport(year, title))
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const id = created.body.doc.id
      const compiled = await staff.editor.post(`/api/annual-reports/${id}/compile`).send({ overwrite: true })
      expect(compiled.status, JSON.stringify(compiled.body)).toBe(200)
      expect(compiled.body.doc.overview).toContain(`本报告所列数据的统计期限为${year}年1月1日至${year}年12月31日`)
      const validation = await staff.editor.get(`/api/annual-reports/${id}/validation`)
      expect(validation.body.errors).toEqual([])

      await publish('annual-reports', id)
      const live = await s().request.get(`/api/annual-reports/${id}?depth=1`)
      expect(live.body.reportPdf).toMatchObject({ mimeType: 'application/pdf' })

      const html = await s().request.get(`/api/annual-reports/${id}/report.html`)
      expect(html.status).toBe(200)
      expect(html.headers['content-type']).toContain('text/html')
      const pdf = await s().request.get(`/api/annual-reports/${id}/report.pdf`).buffer(true).parse(binary)
      expect(pdf.status).toBe(200)
      expect(pdf.headers['content-type']).toBe('application/pdf')
      const { text } = await readPdf(pdf.body as Buffer)
      for (const expected of [title, ...Object.values(sectionHeadings), DEMO_ORGAN.fullName, `${year + 1}年1月20日`]) {
        expect(html.text, expected).toContain(expected)
        expect(text, expected).toContain(expected)
      }
    })

    it('依申请公开: the public form, the status lookup, and the answer letter PDF', async () => {
      // Near a year's end the due date falls into the next year: its notice is entered as an admin would.
      const next = CALENDAR_YEARS.last + 1
      await s().payload.updateGlobal({
        slug: 'work-calendar',
        data: { years: [{ holidays: `${next}-01-01\n${next}-01-02`, workdays: '', year: next }] },
      })
      const application = {
        applicantName: '张某某',
        applicantType: 'natural-person',
        contact: '13805912345',
        description: '请提供青石乡2025年度农村低保资金发放明细。',
        formWanted: 'electronic',
      }
      const filed = await s().request.post('/api/disclosure-requests').set('X-Forwarded-For', '203.0.113.7').send(application)
      expect(filed.status, JSON.stringify(filed.body)).toBe(201)
      const { dueDate, trackingNumber } = filed.body
      expect(trackingNumber).toMatch(/^YSQ\d{8}-[A-Z2-9]{6}$/)
      expect(dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      const status = () => s().request.get(`/api/disclosure-requests/status?tracking=${trackingNumber}&contact=${application.contact}`)
      expect((await status()).body).toEqual({ dueDate, state: 'open', trackingNumber })
      expect((await s().request.get(`/api/disclosure-requests/status?tracking=${trackingNumber}&contact=13900000000`)).status).toBe(404)

      const [request] = (await staff.editor.get(`/api/disclosure-requests?where[trackingNumber][equals]=${trackingNumber}`)).body.docs
      const answeredOn = request.receivedOn as string
      const answered = await staff.editor.patch(`/api/disclosure-requests/${request.id}`).send({
        caseLog: [
          { on: request.receivedOn, step: 'received' },
          { on: answeredOn, step: 'answered' },
        ],
        outcome: 'granted',
      })
      expect(answered.status, JSON.stringify(answered.body)).toBe(200)
      expect((await status()).body).toMatchObject({ state: 'answered' })

      const letter = await staff.editor.get(`/api/disclosure-requests/${request.id}/answer.pdf`).buffer(true).parse(binary)
      expect(letter.status).toBe(200)
      expect(letter.headers['content-type']).toBe('application/pdf')
      const { text } = await readPdf(letter.body as Buffer)
      for (const expected of ['政府信息公开申请答复书', '张某某：', '六十日内', '六个月内']) expect(text).toContain(expected)
      expect((await s().request.get(`/api/disclosure-requests/${request.id}/answer.pdf`)).status).toBe(401)
    })

    it('GraphQL: the anonymous reader sees published items only; staff see drafts', async () => {
      const published = await staff.editor
        .post('/api/meetings')
        .send({ convener: '乡长', heldAt: '2026-11-18T01:30:00.000Z', place: '三楼会议室', title: '乡长办公会议（已发布）' })
      await publish('meetings', published.body.doc.id)
      const draft = await staff.editor
        .post('/api/meetings')
        .send({ convener: '乡长', heldAt: '2026-11-25T01:30:00.000Z', place: '三楼会议室', title: '乡长办公会议（草稿）' })
      expect(draft.status).toBe(201)
      const query = '{ Meetings(limit: 100, draft: true) { docs { title } } }'
      const titles = (res: supertest.Response) => {
        expect(res.status).toBe(200)
        expect(res.body.errors).toBeUndefined()
        return res.body.data.Meetings.docs.map((d: { title: string }) => d.title)
      }
      expect(titles(await s().request.post('/api/graphql').send({ query }))).toEqual(['乡长办公会议（已发布）'])
      expect(titles(await staff.editor.post('/api/graphql').send({ query })).sort()).toEqual(
        ['乡长办公会议（已发布）', '乡长办公会议（草稿）'].sort(),
      )
    })

    const noChromium = existsSync(CHROMIUM) ? undefined : `skipped: ${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)`
    it.skipIf(Boolean(noChromium))(
      `every admin list and edit view renders in Chromium without an error${noChromium ? ` — ${noChromium}` : ''}`,
      async () => {
        const { config, payload } = s()
        const admin = (await payload.find({ collection: 'users', limit: 1, where: { email: { equals: 'admin@test.example' } } })).docs[0]!
        const visible = (hidden: unknown) => !(typeof hidden === 'function' ? hidden({ user: admin }) : hidden)
        const views: Array<{ marker: string; path: string }> = [
          { marker: '.dashboard', path: '/admin' },
          { marker: '.collection-edit', path: '/admin/account' },
        ]
        for (const collection of config.collections.filter((c) => visible(c.admin?.hidden))) {
          views.push({ marker: '.collection-list', path: `/admin/collections/${collection.slug}` })
          const [doc] = (await payload.find({ collection: collection.slug, depth: 0, limit: 1 })).docs
          views.push({ marker: '.collection-edit', path: `/admin/collections/${collection.slug}/${doc ? doc.id : 'create'}` })
        }
        for (const global of config.globals.filter((g) => visible(g.admin?.hidden))) {
          views.push({ marker: '.collection-edit', path: `/admin/globals/${global.slug}` })
        }

        let browser: Browser | undefined
        try {
          browser = await chromium.launch({
            args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-dev-shm-usage'],
            executablePath: CHROMIUM,
          })
          const context = await browser.newContext({ locale: 'zh-CN', viewport: { height: 900, width: 1400 } })
          const problems: string[] = []
          /** A tab that reports its page and console errors under the view it shows. */
          const tab = async () => {
            const page: Page = await context.newPage()
            let current = '/admin/login'
            page.on('pageerror', (error) => problems.push(`${current}: page error: ${error.message}`))
            page.on('console', (message) => {
              if (message.type() === 'error') problems.push(`${current}: console error: ${message.text()}`)
            })
            return { page, show: (path: string) => ((current = path), page.goto(`${s().url}${path}`, { waitUntil: 'networkidle' })) }
          }
          const first = await tab()
          await first.show('/admin/login')
          // The login page names the organ (its details in force) and the product, not Payload.
          const logo = await first.page.locator('.gov-logo').innerText()
          expect(logo).toContain(DEMO_ORGAN.fullName)
          expect(logo).toContain('政务信息公开发布系统')
          await first.page.fill('#field-email', 'admin@test.example')
          await first.page.fill('#field-password', 'test-password-1')
          await first.page.click('button[type=submit]')
          await first.page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })

          // Three tabs take the views in turn: the server renders one while the browser hydrates another.
          const queue = [...views]
          const visit = async ({ page, show }: Awaited<ReturnType<typeof tab>>) => {
            for (let view = queue.shift(); view; view = queue.shift()) {
              const response = await show(view.path)
              if (response?.status() !== 200) problems.push(`${view.path}: HTTP ${response?.status()}`)
              const shown = await page
                .locator(view.marker)
                .first()
                .waitFor({ timeout: 15_000 })
                .then(
                  () => true,
                  () => false,
                )
              if (!shown) problems.push(`${view.path}: ${view.marker} not shown`)
              const errorView = await page.locator('.not-found, .unauthorized').count()
              const text = await page.locator('body').innerText()
              if (errorView || /Application error|Something went wrong|出错了/.test(text))
                problems.push(`${view.path}: error view: ${text.slice(0, 200)}`)
            }
          }
          await Promise.all([first, await tab(), await tab()].map(visit))
          expect(problems).toEqual([])
        } finally {
          await browser?.close()
        }
      },
      240_000,
    )

    it('the server logged no error', () => {
      // Payload's pretty log colours the level: "\x1b[31mERROR\x1b[39m".
      const errors = s()
        .log()
        // eslint-disable-next-line no-control-regex -- the terminal colour codes in the log
        .replace(/\x1b\[[0-9;]*m/g, '')
        .split('\n')
        // The cache front's own errors: a request it could not pass on.
        .filter((line) => /\bERROR\b|"level":\s*50\b|failed upstream|public read .* failed/.test(line))
      expect(errors).toEqual([])
    })
  },
  { env: channels },
)
