import type { EmailAdapter, Payload } from 'payload'

import nodemailer from 'nodemailer'

const SMTP = 'smtp'

/** `SMTP_URL`, `SMTP_FROM`, `SMTP_FROM_NAME`. */
export type MailSettings = { from?: string; fromName?: string; url?: string }

/**
 * Payload's mail (password reset) and our reminders share one transport: SMTP when `SMTP_URL` is set (e.g.
 * `smtps://user:pass@smtp.example.gov.cn:465`), from `SMTP_FROM`. Without it no mail can leave: each message
 * is logged by recipient and subject (never its body, which may hold a reset link) so the operator sees what
 * was not sent, and reminders stay on the dashboard.
 */
export function mailAdapter(settings: MailSettings): EmailAdapter {
  const address = settings.from || 'noreply@localhost'
  const name = settings.fromName || '政务信息发布系统'
  return ({ payload }) => {
    const transport = settings.url ? nodemailer.createTransport(settings.url) : undefined
    return {
      defaultFromAddress: address,
      defaultFromName: name,
      name: transport ? SMTP : 'log',
      sendEmail: async (message) => {
        // Payload leaves the sender to the adapter.
        if (transport) return transport.sendMail({ ...message, from: message.from ?? { address, name } })
        payload.logger.warn({ msg: `邮件未发送（未配置 SMTP_URL）/ mail not sent (no SMTP_URL): ${String(message.subject ?? '')}`, to: message.to })
      },
    }
  }
}

/** Whether mail really leaves the system, rather than going to the log. */
export const mailConfigured = (payload: Payload) => payload.email?.name === SMTP
