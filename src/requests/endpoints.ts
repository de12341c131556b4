import type { Endpoint, PayloadRequest } from 'payload'

import { randomInt } from 'node:crypto'
import { addDataAndFileToRequest } from 'payload'

import { isStaff } from '../access'
import { requestAddress } from '../clientAddress'
import { errorResponse } from '../errors'
import { chinaDate } from '../time'
import { renderNoticeSheetOffThread } from '../channels/noticeboard/sheetPool'
import { type AnsweredRequest, answerLetter } from './answerLetter'
import { CalendarError } from './calendar'
import { loadWorkCalendar } from './calendarSupplement'
import { dueDateOnReceipt, receiptDate } from './deadlines'
import { type RateLimiter, rateLimiter } from './rateLimit'
import { settingsOf } from '../settings'
import { validateSubmission } from './submission'
import { organInForce } from '../organInForce'
import { REGISTRATION } from './registration'

const TEN_MINUTES = 10 * 60_000
/** One limiter per config (a test process may hold several servers' configs), sized by the plugin's settings. */
const submissionLimiters = new WeakMap<object, RateLimiter>()
const submissions = (req: PayloadRequest) => {
  const config = req.payload.config
  let limiter = submissionLimiters.get(config)
  if (!limiter) submissionLimiters.set(config, (limiter = rateLimiter(settingsOf(config).requestsPer10Min, TEN_MINUTES)))
  return limiter
}
const lookups = rateLimiter(30, TEN_MINUTES)
/** Larger bodies are refused before parsing: a real application is a few KB. */
const MAX_BODY_BYTES = 64 * 1024

/** Letters a person reads back over the phone without confusing them (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const trackingNumber = (today: string) =>
  `YSQ${today.replaceAll('-', '')}-${Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`

const clientOf = (req: PayloadRequest) => requestAddress(req) ?? 'unknown'

const tooMany = (retryAfterSeconds: number) =>
  Response.json(
    { errors: [{ code: 'rate-limit', message: `提交过于频繁，请${Math.ceil(retryAfterSeconds / 60)}分钟后再试 / Too many requests` }] },
    { headers: { 'retry-after': String(retryAfterSeconds) }, status: 429 },
  )

/** Records name people, not logins: a case log is read by all staff, who must not learn each other's sign-in e-mail. */
const staffName = (user: { id: number | string; name?: null | string }) => user.name?.trim() || `用户 ${user.id} / user ${user.id}`

const normalizeContact = (contact: string) => contact.replace(/[\s-]/g, '').toLowerCase()

/**
 * The outside contract for 依申请公开: the website's form files an application anonymously (validated field by
 * field, rate-limited per address, size-limited) and gets its tracking number and statutory due date; staff
 * register letters and visits the same way with their date of receipt. The status lookup needs the tracking
 * number and the contact given, and tells the state and due date only.
 */
export const requestEndpoints: Endpoint[] = [
  {
    handler: async (req) => {
      const staff = isStaff(req.user)
      if (!staff) {
        const limit = submissions(req)(clientOf(req))
        if (!limit.allowed) return tooMany(limit.retryAfterSeconds)
      }
      if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
        return errorResponse(413, 'too-large', '申请内容过长 / The application is too large')
      }
      await addDataAndFileToRequest(req)
      const today = chinaDate(new Date())
      const checked = validateSubmission(req.data, { staff, today })
      if ('errors' in checked) {
        // `data.errors` is how the admin's form marks each field (the registration form posts here too).
        const errors = checked.errors.map((e) => ({
          code: 'invalid',
          data: { errors: [{ message: e.message, path: e.field }] },
          field: e.field,
          message: e.message,
        }))
        return Response.json({ errors }, { status: 400 })
      }
      const { receivedAt, via, ...applicant } = checked.value
      const calendar = await loadWorkCalendar(req.payload)
      const channel = via ?? 'online'
      const receivedOn = receiptDate(channel, receivedAt ?? today)
      let dueDate: string
      try {
        dueDate = dueDateOnReceipt(receivedOn, calendar)
      } catch (error) {
        if (error instanceof CalendarError) return errorResponse(503, 'calendar', error.message)
        throw error
      }
      const doc = await req.payload.create({
        collection: 'disclosure-requests',
        data: {
          ...applicant,
          caseLog: [{ by: req.user ? staffName(req.user) : '网站', on: receivedOn, step: 'received' }],
          channel,
          dueDate,
          receivedOn,
          state: 'open',
          trackingNumber: trackingNumber(today),
        },
        context: { [REGISTRATION]: true },
        overrideAccess: true,
        req,
      })
      // Staff get the record back as their own access shows it (the ID number masked for most of them).
      const asSeen = staff
        ? { doc: await req.payload.findByID({ collection: 'disclosure-requests', depth: 0, id: doc.id, overrideAccess: false, req }) }
        : {}
      return Response.json(
        { dueDate: doc.dueDate, message: '申请已受理 / Application received', trackingNumber: doc.trackingNumber, ...asSeen },
        { status: 201 },
      )
    },
    method: 'post',
    path: '/',
  },
  {
    handler: async (req) => {
      const limit = lookups(clientOf(req))
      if (!limit.allowed) return tooMany(limit.retryAfterSeconds)
      const url = new URL(req.url ?? '', 'http://local')
      const tracking = url.searchParams.get('tracking')?.trim() ?? ''
      const contact = url.searchParams.get('contact') ?? ''
      const notFound = () => errorResponse(404, 'not-found', '未找到与受理编号和联系方式相符的申请 / No application matches')
      if (!tracking || !contact) return notFound()
      const { docs } = await req.payload.find({
        collection: 'disclosure-requests',
        depth: 0,
        limit: 1,
        overrideAccess: true,
        where: { trackingNumber: { equals: tracking } },
      })
      const found = docs[0]
      if (!found || normalizeContact(found.contact) !== normalizeContact(contact)) return notFound()
      return Response.json(
        { dueDate: found.dueDate, state: found.state, trackingNumber: found.trackingNumber },
        { headers: { 'cache-control': 'private, no-store' } },
      )
    },
    method: 'get',
    path: '/status',
  },
  {
    handler: async (req) => {
      if (!isStaff(req.user)) return errorResponse(req.user ? 403 : 401, 'auth', '仅工作人员可查看 / Staff only')
      const request = await req.payload.findByID({
        id: String(req.routeParams?.id),
        collection: 'disclosure-requests',
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
      })
      if (!request) return errorResponse(404, 'not-found', '没有这个申请 / No such request')
      if (!request.outcome) return errorResponse(409, 'no-outcome', '尚未登记办理结果 / The request has no outcome yet')
      const organ = await organInForce(req.payload, req)
      const pdf = await renderNoticeSheetOffThread(answerLetter(request as AnsweredRequest, organ.fullName ?? ''))
      return new Response(new Uint8Array(pdf), { headers: { 'cache-control': 'private, no-store', 'content-type': 'application/pdf' } })
    },
    method: 'get',
    path: '/:id/answer.pdf',
  },
]
