import { expect, it } from 'vitest'

import { addCalendarDays, workingDaysBetween } from '../../src/requests/calendar'
import { richText } from '../../src/richText'
import { chinaDate } from '../../src/time'
import { withServer } from '../helpers/server'

/** The calendar day `n` working days before `date`. */
function workingDaysBefore(date: string, n: number): string {
  let day = date
  while (workingDaysBetween(day, date) < n) day = addCalendarDays(day, -1)
  return day
}

withServer(
  'deployment options of the shipped server: 三审 (REVIEW_LEVELS=3) and the organ’s correction period',
  (s) => {
    it('三审 end to end over HTTP: two reviews by two people, then 审签; one person cannot take two levels', async () => {
      const [{ agent: editor }, { agent: first }, { agent: second }, { agent: approver }] = await Promise.all([
        s().as('editor'),
        s().as('reviewer'),
        s().as('reviewer'),
        s().as('approver'),
      ])
      const created = await editor.post('/api/news').send({ body: richText('青石乡开展三审测试。'), title: '三审流程测试' })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      const act = (agent: typeof editor, action: string) => agent.post(`/api/news/${id}/workflow`).send({ action })

      expect((await act(editor, 'submit')).body).toMatchObject({ level: 0, state: 'pending-review' })
      expect((await act(first, 'pass-review')).body).toMatchObject({ level: 1, state: 'pending-review' })
      // The reviewer of the first level may not also pass the second.
      const twice = await act(first, 'pass-review')
      expect(twice.status).toBe(403)
      // 审签 waits for the second review.
      expect((await act(approver, 'approve')).status).toBe(409)
      expect((await act(second, 'pass-review')).body).toMatchObject({ level: 2, state: 'pending-approval' })
      expect((await act(approver, 'approve')).body).toMatchObject({ state: 'published' })

      const shown = await s().request.get(`/api/news/${id}`)
      expect(shown.status).toBe(200)
      expect(shown.body).toMatchObject({ title: '三审流程测试', workflow: { state: 'published' } })
      const history = (await editor.get(`/api/news/${id}`)).body.workflow.history as { action: string; level: null | number }[]
      expect(history.map((d) => [d.action, d.level])).toEqual([
        ['submit', null],
        ['pass-review', 0],
        ['pass-review', 1],
        ['approve', 2],
      ])
    })

    it('a correction not made within the organ’s period (机关信息 补正期限) closes the request as abandoned', async () => {
      const [{ agent: admin }, { agent: editor }] = await Promise.all([s().as('admin'), s().as('editor')])
      const today = chinaDate(new Date())
      const asked = workingDaysBefore(today, 8)
      const file = async () => {
        const filed = await editor.post('/api/disclosure-requests').send({
          applicantName: '张某某',
          applicantType: 'natural-person',
          contact: '13805912345',
          description: '请提供青石乡2025年度农村低保资金发放明细。',
          receivedAt: asked,
        })
        expect(filed.status).toBe(201)
        const id = filed.body.doc.id
        const log = [
          { on: asked, step: 'received' },
          { on: asked, step: 'correction-requested' },
        ]
        const saved = await editor.patch(`/api/disclosure-requests/${id}`).send({ caseLog: log })
        expect(saved.status).toBe(200)
        return saved.body.doc
      }
      // The default 15 working days have not run out after 8.
      expect(await file()).toMatchObject({ state: 'awaiting-correction' })
      expect((await admin.post('/api/globals/organ').send({ correctionPeriodDays: 0 })).status).toBe(400)
      expect((await admin.post('/api/globals/organ').send({ correctionPeriodDays: 5 })).status).toBe(200)
      // The organ's details are in force once reviewed (here by 三审): until then the period is still 15 days.
      expect(await file()).toMatchObject({ state: 'awaiting-correction' })
      await s().reviewOrgan({ correctionPeriodDays: 5 })
      expect(await file()).toMatchObject({ outcome: 'noCorrection', state: 'abandoned' })
    })
  },
  { env: () => ({ REVIEW_LEVELS: '3' }) },
)
