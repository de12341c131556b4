import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'
import { afterAll, expect, it } from 'vitest'

import { addCalendarDays, addWorkingDays, CALENDAR_YEARS, workingDaysBetween } from '../../src/requests/calendar'
import { loadWorkCalendar } from '../../src/requests/calendarSupplement'
import { DEFAULT_CORRECTION_PERIOD_DAYS, dueDateOnReceipt } from '../../src/requests/deadlines'
import { chinaDate } from '../../src/time'
import { ownAddress } from '../helpers/addresses'
import { binary, readPdf } from '../helpers/files'
import { withServer } from '../helpers/server'

const application = {
  applicantName: '张某某',
  applicantType: 'natural-person',
  contact: '13805912345',
  description: '请提供青石乡2025年度农村低保资金发放明细（不含个人身份信息）。',
  formWanted: 'electronic',
  idNumber: '350121198503124026',
}

// A real SMTP server on a local port receives the reminder mail the shipped server sends (SMTP_URL).
const mails: string[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, _session, done) {
    const chunks: Buffer[] = []
    stream.on('data', (c: Buffer) => chunks.push(c))
    stream.on('end', () => (mails.push(Buffer.concat(chunks).toString('utf8')), done()))
  },
})
afterAll(() => new Promise<void>((resolve) => smtp.close(resolve)))
const mailSettings = async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  return {
    // The server's job runner every 5 s instead of each minute: the refresh below waits for it twice.
    JOB_INTERVAL_SECONDS: '5',
    SMTP_FROM: 'gongkai@qingshi.gov.example',
    SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
  }
}

/** A single-part message as received: headers, and the text body decoded (base64 or quoted-printable). */
function readMail(raw: string) {
  const split = raw.indexOf('\r\n\r\n')
  const headers = raw.slice(0, split)
  const body = raw.slice(split + 4)
  if (/Content-Transfer-Encoding: base64/i.test(headers)) return { body: Buffer.from(body, 'base64').toString('utf8'), headers }
  const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  return { body: Buffer.from(bytes, 'latin1').toString('utf8'), headers }
}

withServer(
  '依申请公开: filing, status lookup, case log, outcomes and table 三',
  (s) => {
    const today = chinaDate(new Date())

    it('the website files an application anonymously and gets a tracking number and the statutory due date', async () => {
      // Near a year's end the due date falls into the next year: its notice is entered as an admin would.
      const next = CALENDAR_YEARS.last + 1
      await s().payload.updateGlobal({
        slug: 'work-calendar',
        data: { years: [{ holidays: `${next}-01-01\n${next}-01-02`, workdays: '', year: next }] },
      })
      // The server reads it at each filing; this process counts the expected date with it too.
      const calendar = await loadWorkCalendar(s().payload)
      const res = await s().request.post('/api/disclosure-requests').agent(ownAddress().agent).send(application)
      expect(res.status).toBe(201)
      expect(Object.keys(res.body).sort()).toEqual(['dueDate', 'message', 'trackingNumber'])
      expect(res.body.trackingNumber).toMatch(/^YSQ\d{8}-[A-Z2-9]{6}$/)
      expect(res.body.dueDate).toBe(dueDateOnReceipt(today, calendar))
      const stored = await s().payload.find({ collection: 'disclosure-requests', where: { trackingNumber: { equals: res.body.trackingNumber } } })
      expect(stored.docs[0]).toMatchObject({ applicantName: '张某某', channel: 'online', receivedOn: today, state: 'open' })
    })

    it('each invalid field gives 400 naming it, in Chinese; nothing is stored', async () => {
      const before = (await s().payload.count({ collection: 'disclosure-requests' })).totalDocs
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ ...application, applicantName: '' }, 'applicantName', '请填写申请人姓名或名称'],
        [{ ...application, applicantType: 'company' }, 'applicantType', '申请人类型应为'],
        [{ ...application, contact: '随便' }, 'contact', '联系方式应为'],
        [{ ...application, description: '查'.repeat(5001) }, 'description', '不能超过5000字'],
        [{ ...application, receivedAt: '2026-01-05' }, 'receivedAt', '收到日期由工作人员登记'],
      ]
      for (const [body, field, message] of cases) {
        const res = await s().request.post('/api/disclosure-requests').agent(ownAddress().agent).send(body)
        expect(res.status).toBe(400)
        expect(res.body.errors).toEqual([expect.objectContaining({ field, message: expect.stringContaining(message) })])
      }
      expect((await s().payload.count({ collection: 'disclosure-requests' })).totalDocs).toBe(before)
    })

    it('one address filing again and again gets 429, whatever X-Forwarded-For it claims; another address may still file; the public cannot list or read applications', async () => {
      // The limit holds in the server's memory, per address as the front saw it on its socket: a client
      // writing a new X-Forwarded-For each time is still one caller.
      const flooder = ownAddress()
      const answers: { retryAfter?: string; status: number }[] = []
      for (let i = 0; i < 7; i++) {
        const res = await s()
          .request.post('/api/disclosure-requests')
          .agent(flooder.agent)
          .set('X-Forwarded-For', `203.0.113.${i + 1}`)
          .send({ applicantName: '' })
        answers.push({ retryAfter: res.headers['retry-after'], status: res.status })
      }
      expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400, 400, 429, 429])
      expect(Number(answers[6]!.retryAfter)).toBeGreaterThan(0)
      expect(Number(answers[6]!.retryAfter)).toBeLessThanOrEqual(600)
      expect((await s().request.post('/api/disclosure-requests').agent(ownAddress().agent).send({ applicantName: '' })).status).toBe(400)

      expect((await s().request.get('/api/disclosure-requests')).status).toBe(403)
      const { docs } = await s().payload.find({ collection: 'disclosure-requests', limit: 1 })
      if (docs[0]) expect((await s().request.get(`/api/disclosure-requests/${docs[0].id}`)).status).toBe(403)
      const { agent: printer } = await s().as('printer')
      expect((await printer.get('/api/disclosure-requests')).status).toBe(403)
    })

    it('staff register a letter with its date of receipt; the status lookup needs tracking number and contact and tells only state and due date', async () => {
      const { agent: editor } = await s().as('editor')
      const res = await editor.post('/api/disclosure-requests').send({ ...application, applicantType: 'commercial', receivedAt: '2026-09-30' })
      expect(res.status).toBe(201)
      // Received the day before the National Day holiday (10-01 … 10-08; 10-10 a working Saturday).
      expect(res.body).toMatchObject({ dueDate: '2026-11-03' })
      expect(res.body.doc).toMatchObject({ channel: 'in-person', receivedOn: '2026-09-30' })
      // The ID number is masked for the editor, whole for the approver who signs the answer.
      expect(res.body.doc.idNumber).toBeUndefined()
      expect(res.body.doc.idNumberMasked).toBe('35*************026')
      const { agent: approver } = await s().as('approver')
      expect((await approver.get(`/api/disclosure-requests/${res.body.doc.id}`)).body.idNumber).toBe('350121198503124026')

      const tracking = res.body.trackingNumber as string
      const status = await s().request.get(`/api/disclosure-requests/status?tracking=${tracking}&contact=138-0591-2345`)
      expect(status.status).toBe(200)
      expect(status.body).toEqual({ dueDate: '2026-11-03', state: 'open', trackingNumber: tracking })
      expect((await s().request.get(`/api/disclosure-requests/status?tracking=${tracking}&contact=13900000000`)).status).toBe(404)
      expect((await s().request.get(`/api/disclosure-requests/status?tracking=YSQ20260930-AAAAAA&contact=13805912345`)).status).toBe(404)
    })

    it('the admin’s registration form files a letter as the endpoint does; every other way of creating a request is refused', async () => {
      const { agent: editor } = await s().as('editor')
      const before = (await s().payload.count({ collection: 'disclosure-requests' })).totalDocs
      // As Payload's admin form posts: multipart with `_payload`, the date under the field's own name.
      const form = (data: Record<string, unknown>) => editor.post('/api/disclosure-requests').field('_payload', JSON.stringify(data))
      const filed = await form({ ...application, caseLog: [], channel: 'post', receivedOn: '2026-09-30' })
      expect(filed.status).toBe(201)
      expect(filed.body.doc).toMatchObject({ channel: 'post', dueDate: '2026-11-03', receivedOn: '2026-09-30', state: 'open' })
      expect(filed.body.doc.caseLog).toMatchObject([{ on: '2026-09-30', step: 'received' }])
      // A wrong field comes back in the shape the admin form marks beside the field.
      const late = await form({ ...application, channel: 'online', receivedOn: '2099-01-01' })
      expect(late.status).toBe(400)
      expect(late.body.errors.map((e: { data: { errors: { path: string }[] } }) => e.data.errors[0]!.path).sort()).toEqual(['channel', 'receivedOn'])
      expect(late.body.errors.find((e: { field: string }) => e.field === 'receivedOn').message).toBe('收到日期不能晚于今天')

      const graphql = await editor.post('/api/graphql').send({
        query: `mutation { createDisclosureRequest(data: { applicantName: "李某", applicantType: natural_person, channel: post, contact: "13805912345", description: "旁路" }) { id } }`,
      })
      expect(graphql.body.errors?.[0]?.message).toMatch(/登记表单/)
      await expect(
        s().payload.create({
          collection: 'disclosure-requests',
          data: { applicantName: '李某', applicantType: 'natural-person', channel: 'post', contact: '13805912345', description: '旁路' },
        }),
      ).rejects.toThrow(/登记表单/)
      expect((await s().payload.count({ collection: 'disclosure-requests' })).totalDocs).toBe(before + 1)
    })

    it('the case log drives the due date: an extension moves it, a second one is refused with the reason', async () => {
      const { agent: editor } = await s().as('editor')
      const filed = await editor.post('/api/disclosure-requests').send({ ...application, receivedAt: '2026-09-30' })
      const id = filed.body.doc.id
      const log = [
        { on: '2026-09-30', step: 'received' },
        { by: '李乡长', days: 10, on: '2026-10-20', step: 'extended' },
      ]
      const extended = await editor.patch(`/api/disclosure-requests/${id}`).send({ caseLog: log })
      expect(extended.status).toBe(200)
      expect(extended.body.doc).toMatchObject({ dueDate: '2026-11-17', state: 'open' })

      const twice = await editor
        .patch(`/api/disclosure-requests/${id}`)
        .send({ caseLog: [...log, { by: '李乡长', days: 5, on: '2026-10-21', step: 'extended' }] })
      expect(twice.status).toBe(400)
      expect(twice.body.errors[0].message).toContain('只能延长一次')
      expect((await s().payload.findByID({ collection: 'disclosure-requests', id })).dueDate).toBe('2026-11-17')

      const answered = await editor
        .patch(`/api/disclosure-requests/${id}`)
        .send({ caseLog: [...log, { on: '2026-11-10', step: 'answered' }], outcome: 'granted' })
      expect(answered.body.doc).toMatchObject({ closedOn: '2026-11-10', state: 'answered' })
    })

    it('an answer needs its outcome, and anything short of full disclosure its legal basis', async () => {
      const { agent: editor } = await s().as('editor')
      const filed = await editor.post('/api/disclosure-requests').send({ ...application, receivedAt: '2026-09-30' })
      const id = filed.body.doc.id
      const log = [
        { on: '2026-09-30', step: 'received' },
        { on: '2026-10-20', step: 'answered' },
      ]
      expect((await editor.patch(`/api/disclosure-requests/${id}`).send({ caseLog: log })).body.errors[0].message).toContain('办理结果')
      const noBasis = await editor.patch(`/api/disclosure-requests/${id}`).send({ caseLog: log, outcome: 'thirdParty' })
      expect(noBasis.status).toBe(400)
      expect(JSON.stringify(noBasis.body)).toContain('legalBasis')
      const ok = await editor
        .patch(`/api/disclosure-requests/${id}`)
        .send({ caseLog: log, legalBasis: '《政府信息公开条例》第十五条', outcome: 'thirdParty' })
      expect(ok.status).toBe(200)
      expect(ok.body.doc).toMatchObject({ closedOn: '2026-10-20', outcome: 'thirdParty', state: 'answered' })

      // The answer letter: the decision, its legal basis and the remedies.
      const letter = await editor.get(`/api/disclosure-requests/${id}/answer.pdf`).buffer(true).parse(binary)
      expect(letter.status).toBe(200)
      const { text } = await readPdf(letter.body as Buffer)
      for (const expected of [
        '政府信息公开申请答复书',
        '张某某：',
        '2026年9月30日',
        '不予公开（保护第三方合法权益）',
        '《政府信息公开条例》第十五条',
        '六十日内',
        '六个月内',
      ]) {
        expect(text).toContain(expected)
      }
      expect((await s().request.get(`/api/disclosure-requests/${id}/answer.pdf`)).status).toBe(401)
    })

    it("the processing fee: 按件 counted over the applicant's month, one method per applicant-month", async () => {
      const { agent: editor } = await s().as('editor')
      const file = async (receivedAt: string) =>
        (await editor.post('/api/disclosure-requests').send({ ...application, idNumber: '350121199001011234', receivedAt })).body.doc.id
      const [first, second, third, nextMonth] = [
        await file('2026-06-02'),
        await file('2026-06-10'),
        await file('2026-06-15'),
        await file('2026-07-01'),
      ]
      const charge = (id: number, data: object) => editor.patch(`/api/disclosure-requests/${id}`).send(data)

      expect((await charge(first, { feeItems: 10, feeMethod: 'per-item' })).body.doc.feeAmount).toBe(0) // 1–10 free
      expect((await charge(second, { feeItems: 3, feeMethod: 'per-item' })).body.doc.feeAmount).toBe(300) // the 11th–13th
      const mixed = await charge(third, { feeMethod: 'per-page', feePages: 40 })
      expect(mixed.status).toBe(400)
      expect(mixed.body.errors[0].message).toContain('同一申请人同一自然月只能采用一种计收方式')
      expect((await s().payload.findByID({ collection: 'disclosure-requests', id: third })).feeMethod ?? null).toBeNull()
      // A new month starts a new count, and may use the other method.
      expect((await charge(nextMonth, { feeMethod: 'per-page', feePages: 40 })).body.doc.feeAmount).toBe(100)
      const noPages = await charge(third, { feeMethod: 'per-item', feeItems: 1 })
      expect(noPages.body.doc.feeAmount).toBe(100) // the 14th 件
      // The editor sees the ID number masked and cannot overwrite it with the mask.
      expect(noPages.body.doc.idNumber).toBeUndefined()
      expect(noPages.body.doc.idNumberMasked).not.toContain('1990')
      expect((await s().payload.findByID({ collection: 'disclosure-requests', id: third })).idNumber).toBe('350121199001011234')
    })

    it('the hourly refresh, run by the server: an expired correction period closes the request, reminders go out once by e-mail', async () => {
      const { agent: editor } = await s().as('editor')
      const today = chinaDate(new Date())
      // The server runs the refresh on its own clock, so the requests are set up relative to today.
      const receivedWithDaysLeft = (left: number) => {
        let day = today
        while (workingDaysBetween(today, dueDateOnReceipt(day)) > left) day = addCalendarDays(day, -1)
        return day
      }
      const file = async (receivedAt: string) => {
        const res = await editor.post('/api/disclosure-requests').send({ ...application, receivedAt })
        expect(res.status).toBe(201)
        return { id: res.body.doc.id as number, trackingNumber: res.body.trackingNumber as string }
      }
      const fiveDays = await file(receivedWithDaysLeft(4))
      const twoDays = await file(receivedWithDaysLeft(1))
      // 补正 asked weeks ago; its 15 working days ran out before today. The record is as it was saved on the day
      // of the request for correction (a save today would already close it).
      const received = addCalendarDays(today, -45)
      const asked = addWorkingDays(received, 2)
      const endOfCorrection = addWorkingDays(asked, DEFAULT_CORRECTION_PERIOD_DAYS)
      expect(endOfCorrection < today).toBe(true)
      const correcting = await file(received)
      await s().payload.update({
        collection: 'disclosure-requests',
        context: { today: asked },
        data: {
          caseLog: [
            { on: received, step: 'received' },
            { on: asked, step: 'correction-requested' },
          ],
        },
        id: correcting.id,
      })
      const stored = async (id: number) => (await editor.get(`/api/disclosure-requests/${id}`)).body
      expect((await stored(correcting.id)).state).toBe('awaiting-correction')

      /**
       * The job is queued as the hourly schedule queues it, and the server's runner — which takes the queue
       * every JOB_INTERVAL_SECONDS — runs it. Not run here: Payload's runner claims jobs without a lock, so a runner in this
       * process could take the job the server takes too and mail twice; and calling refreshRequests here would
       * race the server's own hourly run the same way (both read "not yet reminded" before either records it),
       * with the mail sent from this process instead of the shipped server.
       */
      const runByServer = async () => {
        const job = await s().payload.jobs.queue({ input: {}, queue: 'requests', task: 'refreshRequests' })
        for (let i = 0; i < 500; i++) {
          const left = await s().payload.findByID({ collection: 'payload-jobs', disableErrors: true, id: job.id })
          // Finished jobs are deleted; a failed one stays with its error.
          if (!left) return
          if (left.hasError) throw new Error(`refreshRequests failed in the server: ${JSON.stringify(left.log)}`)
          await new Promise((r) => setTimeout(r, 300))
        }
        throw new Error(`the server did not run the refresh; its log:\n${s().log().slice(-3000)}`)
      }
      const about = (trackingNumber: string) => mails.map(readMail).filter((m) => m.body.includes(trackingNumber))

      await runByServer()
      expect(await stored(correcting.id)).toMatchObject({ closedOn: endOfCorrection, outcome: 'noCorrection', state: 'abandoned' })
      // One message lists every request due soon.
      const [reminder, ...more] = about(fiveDays.trackingNumber)
      expect(more).toEqual([])
      expect(reminder!.body).toContain(twoDays.trackingNumber)
      expect(reminder!.body).toContain(
        `${fiveDays.trackingNumber}（张某某）答复期限 ${dueDateOnReceipt(receivedWithDaysLeft(4))}，剩余 5 个工作日以内`,
      )
      expect(reminder!.body).toContain(
        `${twoDays.trackingNumber}（张某某）答复期限 ${dueDateOnReceipt(receivedWithDaysLeft(1))}，剩余 2 个工作日以内`,
      )
      expect(reminder!.headers).toContain('From: =?UTF-8?') // 政务信息发布系统 <gongkai@…>
      expect(reminder!.headers).toContain('gongkai@qingshi.gov.example')
      expect((await stored(fiveDays.id)).remindedFor).toBe(`${dueDateOnReceipt(receivedWithDaysLeft(4))}:5`)

      // The next run finds nothing new to say.
      await runByServer()
      expect(about(fiveDays.trackingNumber)).toHaveLength(1)
      expect(about(twoDays.trackingNumber)).toHaveLength(1)
    }, 200_000)

    it('table 三 for a generated year of 1,000 requests equals an independent count', async () => {
      const { OUTCOMES } = await import('../../src/requests/outcomes')
      const { requestStatistics } = await import('../../src/requests/statistics')
      const types = ['natural-person', 'commercial', 'research', 'public-interest', 'legal-service', 'other']
      let seed = 7
      const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
      const day = (year: number) => `${year}-${String(1 + random(12)).padStart(2, '0')}-${String(1 + random(28)).padStart(2, '0')}`
      const generated = Array.from({ length: 1000 }, (_, i) => {
        const receivedOn = random(10) === 0 ? day(2024) : day(2025)
        const closed = random(8) !== 0
        const closedOn = closed ? [receivedOn, day(2025), day(2026)].sort()[1 + random(2)]! : null
        return {
          applicantType: types[random(types.length)]!,
          closedOn,
          outcome: closed ? OUTCOMES[random(OUTCOMES.length)]!.key : null,
          receivedOn,
          trackingNumber: `GEN-${i}`,
        }
      })
      for (const r of generated) {
        await s().payload.db.create({
          collection: 'disclosure-requests',
          data: { ...r, applicantName: '生成', channel: 'online', contact: '13800000000', description: '统计测试' },
        })
      }
      const table = await requestStatistics(s().payload, 2025)

      const column = (t: string) => ({ 'legal-service': 'legalService', 'natural-person': 'natural', 'public-interest': 'publicInterest' })[t] ?? t
      const expected = (filter: (r: (typeof generated)[number]) => boolean) => {
        const cells: Record<string, number> = { commercial: 0, legalService: 0, natural: 0, other: 0, publicInterest: 0, research: 0, total: 0 }
        for (const r of generated.filter(filter)) {
          cells[column(r.applicantType)]!++
          cells.total!++
        }
        return cells
      }
      const inYear = (d: null | string) => d !== null && d >= '2025-01-01' && d <= '2025-12-31'
      expect(table.newReceived).toEqual(expected((r) => inYear(r.receivedOn)))
      expect(table.carriedOver).toEqual(expected((r) => r.receivedOn < '2025-01-01' && (r.closedOn === null || r.closedOn >= '2025-01-01')))
      expect(table.carriedForward).toEqual(expected((r) => r.receivedOn <= '2025-12-31' && (r.closedOn === null || r.closedOn > '2025-12-31')))
      for (const { key } of OUTCOMES) expect(table[key]).toEqual(expected((r) => inYear(r.closedOn) && r.outcome === key))
      expect(table.resultTotal).toEqual(expected((r) => inYear(r.closedOn)))
      // The printed check: 一 + 二 = （七） + 四, in every column.
      for (const c of Object.keys(table.newReceived)) {
        expect(table.newReceived[c as 'total'] + table.carriedOver[c as 'total']).toBe(
          table.resultTotal[c as 'total'] + table.carriedForward[c as 'total'],
        )
      }
    }, 120_000)
  },
  { env: mailSettings },
)
