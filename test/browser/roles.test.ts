import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ARTIFACTS, browserMissing, DESKTOP, englishWords, PHONE, type ShippedAdmin, shippedAdmin, signIn } from '../helpers/browser'

/**
 * Each demo role signs in as a township office would, at 1440×900 and on a phone, and opens the pages its work
 * starts from. Every page reads Chinese throughout, raises no console error and asks no outside host for anything
 * (an office network has no internet). Screenshots in test/artifacts/roles-*.png.
 */
const PAGES: Record<string, string[]> = {
  'editor@qingshi.example': [
    '',
    'collections/news',
    'collections/news/create',
    'collections/disclosure-requests/create',
    'collections/annual-reports',
  ],
  'reviewer@qingshi.example': ['', 'collections/news', 'collections/audit-log'],
  'approver@qingshi.example': ['', 'collections/policies', 'collections/disclosure-requests'],
  'admin@qingshi.example': ['', 'collections/audit-log', 'collections/deliveries', 'globals/organ', 'collections/users', 'account'],
}

describe.skipIf(Boolean(browserMissing))(`every role’s admin in Chinese, on a desktop and a phone${browserMissing}`, () => {
  let admin: ShippedAdmin

  beforeAll(async () => {
    admin = await shippedAdmin('roles')
  }, 600_000)
  afterAll(() => admin?.close())

  for (const [email, pages] of Object.entries(PAGES)) {
    it(`${email.split('@')[0]}: ${pages.map((p) => p || 'dashboard').join(', ')}`, async () => {
      const seen: Record<string, string[]> = {}
      for (const [size, viewport] of [
        ['desktop', DESKTOP],
        ['phone', PHONE],
      ] as const) {
        const { faults, page } = await signIn(admin, email, { viewport })
        for (const at of pages) {
          await page.goto(`${admin.base}/admin/${at}`, { waitUntil: 'networkidle' })
          // The list's first row, an item's form or the dashboard's cards: the page has drawn its content.
          await page.locator('.template-default__wrap, .template-default').first().waitFor()
          const name = `roles-${email.split('@')[0]}-${size}-${at.replaceAll('/', '_') || 'dashboard'}`
          await page.screenshot({ fullPage: true, path: path.join(ARTIFACTS, `${name}.png`) })
          const english = await englishWords(page)
          if (english.length) seen[`${size} /admin/${at}`] = english
          if (at === '') {
            // The day's work first, the system last; settings only an admin changes are not offered to others.
            const text = await page.locator('body').innerText()
            const places = ['信息发布', '政务公开', '系统管理'].map((group) => text.indexOf(group)).filter((i) => i >= 0)
            expect(text.indexOf('信息发布'), `${email} ${size}`).toBeGreaterThan(-1)
            expect(places, `${email} ${size}`).toEqual([...places].sort((a, b) => a - b))
            expect(text.includes('检查词库'), `${email} ${size}`).toBe(email.startsWith('admin@'))
          }
        }
        expect(faults, `${email} ${size}`).toEqual({ consoleErrors: [], outsideRequests: [] })
        await page.context().close()
      }
      expect(seen).toEqual({})
    }, 300_000)
  }
})
