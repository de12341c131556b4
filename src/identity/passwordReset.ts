import type { Endpoint, Payload } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { requestAddress } from '../clientAddress'
import { errorResponse } from '../errors'
import { rateLimiter } from '../requests/rateLimit'

/** Marks the reset this module runs; Payload's own forgot-password operation is refused otherwise. */
export const OWN_RESET = 'govPublishingPasswordReset'

const HOUR = 60 * 60_000
/** Requests per address per hour, then 429; and at most one mail per account per quarter hour. */
const perAddress = rateLimiter(10, HOUR)
const perAccount = rateLimiter(1, HOUR / 4)

export const RESET_ANSWER =
  '如该邮箱已登记，重置密码的链接已发往该邮箱（1 小时内有效） / If the address is registered, a reset link has been sent to it (valid for 1 hour)'

/**
 * The reset itself, after the answer has gone out: Payload's operation stores the token in its own short
 * transaction (without mail), and the mail goes through the configured adapter after the commit, so no write
 * lock is ever held while a mail server answers. An unknown address does nothing.
 */
async function sendReset(payload: Payload, email: string, origin: string): Promise<void> {
  const token = await payload.forgotPassword({ collection: 'users', context: { [OWN_RESET]: true }, data: { email }, disableEmail: true })
  if (!token) return
  const link = `${origin}${payload.config.routes.admin}/reset/${token}`
  await payload.sendEmail({
    html: `<p>有人（希望是您本人）申请重置政务信息发布系统的登录密码。请在 1 小时内打开以下链接设置新密码：</p><p><a href="${link}">${link}</a></p><p>如非本人操作，请忽略本邮件，原密码继续有效。</p><hr><p>Someone (hopefully you) asked to reset your password. Open the link above within one hour to set a new one; if it was not you, ignore this mail.</p>`,
    subject: '重置密码 / Reset your password',
    to: email,
  })
}

/**
 * `POST /api/users/forgot-password` `{ email }`: the same answer, at once, whether or not the address has an
 * account — the work (token, mail) runs after the answer, so neither the answer nor its time tells accounts
 * apart. 10 requests per address per hour (429 with Retry-After); one mail per account per quarter hour.
 */
export const forgotPasswordEndpoint: Endpoint = {
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = (req.data as { email?: unknown } | undefined)?.email
    if (typeof email !== 'string' || !email.trim()) return errorResponse(400, 'email', '请填写电子邮箱 / Missing email')
    const limit = perAddress(requestAddress(req) ?? 'unknown')
    if (!limit.allowed) {
      return Response.json(
        { errors: [{ code: 'rate-limit', message: `请求过于频繁，请${Math.ceil(limit.retryAfterSeconds / 60)}分钟后再试 / Too many requests` }] },
        { headers: { 'retry-after': String(limit.retryAfterSeconds) }, status: 429 },
      )
    }
    const account = email.toLowerCase().trim()
    // The link's address is the configured SERVER_URL only: one taken from the request's Host header would let
    // anyone have a reset link to their own site mailed to a real user.
    const origin = req.payload.config.serverURL
    if (!origin) req.payload.logger.warn('未配置 SERVER_URL，不发送重置密码邮件 / SERVER_URL is not set: no password reset mail is sent')
    else if (perAccount(account).allowed) {
      sendReset(req.payload, account, origin).catch((error: unknown) =>
        req.payload.logger.error({ err: error, msg: '重置密码邮件未能发送 / the password reset mail could not be sent' }),
      )
    }
    return Response.json({ message: RESET_ANSWER })
  },
  method: 'post',
  path: '/forgot-password',
}
