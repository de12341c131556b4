import type { JobsConfig, Payload, TaskConfig } from 'payload'

import type { DisclosureRequest } from '../payload-types'

import { REQUEST_HANDLERS } from '../access'
import { mailConfigured } from '../email'
import { addJobs, type JobSettings } from '../infra/jobs'
import { chinaDate } from '../time'
import { type CaseLogRow, eventsOf } from './caseLog'
import { deadline } from './deadlines'
import { deadlineSettings } from './deadlineSettings'
import { reminderMark, reminderToSend } from './dueSoon'

export const REQUESTS_QUEUE = 'requests'

type Reminder = { days: 2 | 5; dueDate: string; request: DisclosureRequest }

/**
 * Time moves a request on by itself: the correction period runs out (视为放弃), a third party's 15 days end,
 * a due date comes near. Re-saving lets the case-log hook store the state of today; reminders at 5 and 2
 * working days go by e-mail to those who handle requests when mail is configured (the dashboard shows them
 * in any case), each once per due date.
 */
export async function refreshRequests(payload: Payload, today: string): Promise<{ refreshed: number; reminded: number }> {
  const options = await deadlineSettings(payload)
  const { docs } = await payload.find({
    collection: 'disclosure-requests',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    where: { state: { in: ['open', 'awaiting-correction', 'paused'] } },
  })
  let refreshed = 0
  const reminders: Reminder[] = []
  for (const request of docs) {
    // One request that cannot be evaluated (a calendar year not yet entered, …) must not stop the others.
    try {
      const d = deadline(eventsOf((request.caseLog ?? []) as CaseLogRow[]), today, options)
      if (d.state !== request.state || d.dueDate !== (request.dueDate ?? null)) {
        await payload.update({
          collection: 'disclosure-requests',
          context: { today },
          data: { caseLog: request.caseLog },
          id: request.id,
          overrideAccess: true,
        })
        refreshed++
      }
      const days = reminderToSend(d, request.remindedFor, today, options.calendar)
      if (days && d.dueDate) reminders.push({ days, dueDate: d.dueDate, request })
    } catch (error) {
      payload.logger.error({ err: error, msg: `依申请公开 ${request.trackingNumber}: not refreshed` })
    }
  }
  if (reminders.length) {
    if (mailConfigured(payload)) await mailReminders(payload, reminders)
    for (const { days, dueDate, request } of reminders) {
      await payload.update({
        collection: 'disclosure-requests',
        data: { remindedFor: reminderMark(dueDate, days) },
        id: request.id,
        overrideAccess: true,
      })
    }
  }
  return { refreshed, reminded: reminders.length }
}

/** One message listing every request due soon, to each user who handles requests. */
async function mailReminders(payload: Payload, reminders: Reminder[]) {
  const { docs: handlers } = await payload.find({
    collection: 'users',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    where: { roles: { in: [...REQUEST_HANDLERS] } },
  })
  const to = handlers.map((user) => user.email).filter(Boolean)
  if (!to.length) return
  const adminUrl = `${payload.config.serverURL}${payload.config.routes.admin}/collections/disclosure-requests`
  const lines = reminders.map(
    ({ days, dueDate, request }) =>
      `${request.trackingNumber}（${request.applicantName}）答复期限 ${dueDate}，剩余 ${days} 个工作日以内：${adminUrl}/${request.id}`,
  )
  await payload.sendEmail({
    subject: `依申请公开答复期限提醒：${reminders.length} 件即将到期`,
    text: ['以下政府信息公开申请即将到期，请按时答复（《政府信息公开条例》第三十三条）：', '', ...lines].join('\n'),
    to,
  })
}

export const refreshRequestsTask: TaskConfig<'refreshRequests'> = {
  handler: async ({ req }) => ({ output: await refreshRequests(req.payload, chinaDate(new Date())) }),
  label: '依申请公开期限刷新与提醒 / Disclosure request deadlines and reminders',
  outputSchema: [
    { name: 'refreshed', type: 'number' },
    { name: 'reminded', type: 'number' },
  ],
  retries: 1,
  // Hourly, so a server started mid-day catches up the same day; each reminder still goes once.
  schedule: [{ cron: '0 7 * * * *', queue: REQUESTS_QUEUE }],
  slug: 'refreshRequests',
}

/** Adds the hourly refresh to the jobs config. */
export const withRequestJobs = (jobs: JobsConfig | undefined, settings: JobSettings) =>
  addJobs(jobs, [REQUESTS_QUEUE], [refreshRequestsTask as TaskConfig], settings)
