import type { EmailAdapter } from 'payload'

import nodemailer from 'nodemailer'

/**
 * Outgoing mail over SMTP when `SMTP_URL` is set (e.g. `smtps://user:pass@smtp.example.gov.cn:465`), from
 * `SMTP_FROM`. Without it Payload keeps its console adapter and our reminders stay in the admin only.
 */
export function smtpAdapter(env: NodeJS.ProcessEnv = process.env): EmailAdapter | undefined {
  if (!env.SMTP_URL) return undefined
  const address = env.SMTP_FROM || 'noreply@localhost'
  const name = env.SMTP_FROM_NAME || '政务信息发布系统'
  return () => {
    const transport = nodemailer.createTransport(env.SMTP_URL)
    return {
      defaultFromAddress: address,
      defaultFromName: name,
      name: 'smtp',
      // Payload leaves the sender to the adapter.
      sendEmail: (message) => transport.sendMail({ ...message, from: message.from ?? { address, name } }),
    }
  }
}

/** Whether mail really leaves the system (an adapter was configured), rather than going to the log. */
export const mailConfigured = (config: { email?: unknown }) => Boolean(config.email)
