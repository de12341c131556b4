import { expect, it } from 'vitest'

import { CALENDAR_YEARS } from '../../src/requests/calendar'
import { dueDateOnReceipt } from '../../src/requests/deadlines'
import { chinaDate } from '../../src/time'
import { withServer } from '../helpers/server'

const application = {
  applicantName: '张某某',
  applicantType: 'natural-person',
  contact: '13805912345',
  description: '请提供青石乡2025年度农村低保资金发放明细（不含个人身份信息）。',
  formWanted: 'electronic',
  idNumber: '350121198503124026',
}

let address = 0
/** Each test from its own address, so the per-address limit of one test does not spill into another. */
const from = () => `203.0.113.${++address}`

withServer('依申请公开: public filing, status lookup, staff registration and the case log', (s) => {
  const today = chinaDate(new Date())
  // The calendar package covers whole years; a due date in a year it does not know yet must fail loudly.
  const calendarKnowsDueDate = Number(today.slice(0, 4)) < CALENDAR_YEARS.last || today.slice(5) < '11-25'

  it('the website files an application anonymously and gets a tracking number and the statutory due date', async () => {
    const res = await s().request.post('/api/disclosure-requests').set('X-Forwarded-For', from()).send(application)
    if (!calendarKnowsDueDate && res.status === 503) {
      expect(res.body.errors[0].message).toContain('节假日')
      return
    }
    expect(res.status).toBe(201)
    expect(Object.keys(res.body).sort()).toEqual(['dueDate', 'message', 'trackingNumber'])
    expect(res.body.trackingNumber).toMatch(/^YSQ\d{8}-[A-Z2-9]{6}$/)
    expect(res.body.dueDate).toBe(dueDateOnReceipt(today))
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
      const res = await s().request.post('/api/disclosure-requests').set('X-Forwarded-For', from()).send(body)
      expect(res.status).toBe(400)
      expect(res.body.errors).toEqual([expect.objectContaining({ field, message: expect.stringContaining(message) })])
    }
    expect((await s().payload.count({ collection: 'disclosure-requests' })).totalDocs).toBe(before)
  })

  it('one address filing again and again gets 429; the public cannot list or read applications', async () => {
    const ip = from()
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) statuses.push((await s().request.post('/api/disclosure-requests').set('X-Forwarded-For', ip).send({ applicantName: '' })).status)
    expect(statuses.slice(0, 5).every((st) => st === 400)).toBe(true)
    expect(statuses.slice(5)).toEqual([429, 429])

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
    expect(res.body.doc.idNumber).toBe('35*************026')
    const { agent: approver } = await s().as('approver')
    expect((await approver.get(`/api/disclosure-requests/${res.body.doc.id}`)).body.idNumber).toBe('350121198503124026')

    const tracking = res.body.trackingNumber as string
    const status = await s().request.get(`/api/disclosure-requests/status?tracking=${tracking}&contact=138-0591-2345`)
    expect(status.status).toBe(200)
    expect(status.body).toEqual({ dueDate: '2026-11-03', state: 'open', trackingNumber: tracking })
    expect((await s().request.get(`/api/disclosure-requests/status?tracking=${tracking}&contact=13900000000`)).status).toBe(404)
    expect((await s().request.get(`/api/disclosure-requests/status?tracking=YSQ20260930-AAAAAA&contact=13805912345`)).status).toBe(404)
  })

  it('the case log drives the due date: an extension moves it, a second one is refused with the reason', async () => {
    const { agent: editor } = await s().as('editor')
    const filed = await editor.post('/api/disclosure-requests').send({ ...application, receivedAt: '2026-09-30' })
    const id = filed.body.doc.id
    const log = [{ on: '2026-09-30', step: 'received' }, { by: '李乡长', days: 10, on: '2026-10-20', step: 'extended' }]
    const extended = await editor.patch(`/api/disclosure-requests/${id}`).send({ caseLog: log })
    expect(extended.status).toBe(200)
    expect(extended.body.doc).toMatchObject({ dueDate: '2026-11-17', state: 'open' })

    const twice = await editor.patch(`/api/disclosure-requests/${id}`).send({ caseLog: [...log, { by: '李乡长', days: 5, on: '2026-10-21', step: 'extended' }] })
    expect(twice.status).toBe(400)
    expect(twice.body.errors[0].message).toContain('只能延长一次')
    expect((await s().payload.findByID({ collection: 'disclosure-requests', id })).dueDate).toBe('2026-11-17')

    const answered = await editor.patch(`/api/disclosure-requests/${id}`).send({ caseLog: [...log, { on: '2026-11-10', step: 'answered' }] })
    expect(answered.body.doc).toMatchObject({ state: 'answered' })
  })
})
