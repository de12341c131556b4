import type { ServerProps } from 'payload'

import React from 'react'

import { govPublishingT } from '../../translations'
import { handlesRequests } from '../access'
import { loadWorkCalendar } from '../requests/calendarSupplement'
import { dueStatus, reminderHorizon } from '../requests/dueSoon'
import { chinaDate } from '../time'

/**
 * 依申请公开 due soon or overdue, on the dashboard of those who handle requests: due within five working days
 * (the statutory reminders at 5 and 2), or already late.
 */
export async function DueRequests({ i18n, payload, user }: ServerProps) {
  if (!handlesRequests(user as never)) return null
  const t = govPublishingT(i18n)
  const today = chinaDate(new Date())
  const calendar = await loadWorkCalendar(payload)
  let horizon: string
  try {
    horizon = reminderHorizon(today, calendar)
  } catch (error) {
    return <p className="due-requests__error">{(error as Error).message}</p>
  }
  const { docs } = await payload.find({
    collection: 'disclosure-requests',
    depth: 0,
    limit: 50,
    overrideAccess: false,
    sort: 'dueDate',
    user,
    where: { and: [{ state: { equals: 'open' } }, { dueDate: { less_than_equal: horizon } }] },
  })
  if (!docs.length) return null
  return (
    <div className="due-requests" style={{ marginBottom: 24 }}>
      <h2>{t('govPublishing:dueRequests:title')}</h2>
      <ul>
        {docs.map((doc) => {
          const { daysLeft, overdue } = dueStatus(doc.dueDate!, today, calendar)
          const when = overdue
            ? t('govPublishing:dueRequests:daysOverdue', { days: -daysLeft })
            : t('govPublishing:dueRequests:daysLeft', { days: daysLeft })
          return (
            <li data-overdue={overdue} key={doc.id}>
              <a href={`${payload.config.routes.admin}/collections/disclosure-requests/${doc.id}`}>{doc.trackingNumber}</a> · {doc.applicantName} ·{' '}
              {t('govPublishing:dueRequests:due')} {doc.dueDate} · {when}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
