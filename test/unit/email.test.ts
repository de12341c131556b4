import type { Payload } from 'payload'

import { describe, expect, it } from 'vitest'

import { mailAdapter, mailConfigured } from '../../src/email'

describe('mail: one adapter for Payload’s mail and the reminders', () => {
  it('without SMTP_URL nothing leaves: each mail is logged by recipient and subject, never its body', async () => {
    const logged: Record<string, unknown>[] = []
    const payload = { logger: { warn: (entry: Record<string, unknown>) => logged.push(entry) } } as unknown as Payload
    const adapter = mailAdapter({})({ payload })
    expect(adapter.name).toBe('log')
    expect(mailConfigured({ email: adapter } as unknown as Payload)).toBe(false)
    await adapter.sendEmail({ html: '<a href="https://x/reset/SECRET-TOKEN">重置</a>', subject: '重置密码', to: 'editor@qingshi.example' })
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatchObject({ to: 'editor@qingshi.example' })
    expect(String(logged[0]!.msg)).toContain('重置密码')
    expect(JSON.stringify(logged)).not.toContain('SECRET-TOKEN')
  })

  it('with SMTP_URL the adapter sends over SMTP from SMTP_FROM', () => {
    const adapter = mailAdapter({ from: 'gongkai@qingshi.gov.example', url: 'smtp://127.0.0.1:2525' })({ payload: {} as Payload })
    expect(adapter).toMatchObject({ defaultFromAddress: 'gongkai@qingshi.gov.example', name: 'smtp' })
    expect(mailConfigured({ email: adapter } as unknown as Payload)).toBe(true)
  })
})
