import path from 'node:path'
import { type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  ARTIFACTS,
  browserMissing,
  DESKTOP,
  englishWords,
  type PageFaults,
  PHONE,
  type ShippedAdmin,
  shippedAdmin,
  shows,
  signIn,
} from '../helpers/browser'

/**
 * Each role does its main task in the zh admin, on a desktop and on a phone, by what the page shows (labels, button
 * names, texts), never Payload's CSS classes. Every step fails on a console error, a request leaving the server, or an
 * English word on the page.
 */
describe.skipIf(Boolean(browserMissing))(`every role in the zh admin${browserMissing}`, () => {
  let admin: ShippedAdmin
  const title = '角色测试：冬季供暖保障'

  beforeAll(async () => {
    admin = await shippedAdmin('roles')
  }, 600_000)
  afterAll(() => admin?.close())

  /** A screenshot, then what the reader would trip on: no console error, nothing fetched from outside, no English. */
  async function looked(page: Page, faults: PageFaults, name: string) {
    await page.screenshot({ fullPage: true, path: path.join(ARTIFACTS, `roles-${name}.png`) })
    expect(faults.consoleErrors, `${name}: console errors`).toEqual([])
    expect(faults.outsideRequests, `${name}: requests to other hosts`).toEqual([])
    expect(await englishWords(page), `${name}: English words on the zh page`).toEqual([])
  }

  for (const [device, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`${device}: the editor writes an item and submits it; the reviewer and the approver pass it from their tasks`, async () => {
      const itemTitle = `${title}（${device}）`
      const editor = await signIn(admin, 'editor@qingshi.example', { viewport })
      await looked(editor.page, editor.faults, `${device}-editor-dashboard`)
      await editor.page.goto(`${admin.base}/admin/collections/news/create`, { waitUntil: 'networkidle' })
      await editor.page.getByLabel('标题').fill(itemTitle)
      const body = editor.page
        .getByRole('textbox')
        .filter({ hasNot: editor.page.locator('input,textarea') })
        .last()
      await body.click()
      await editor.page.keyboard.type('各村已完成供暖设施检修。')
      await editor.page.getByRole('button', { exact: true, name: '保存草稿' }).click()
      await editor.page.waitForURL(/\/admin\/collections\/news\/\d+/, { timeout: 60_000 })
      const itemUrl = editor.page.url()
      await editor.page.getByRole('button', { exact: true, name: '提交审核' }).click()
      await shows(editor.page.getByText('待审核'), '待审核')
      await looked(editor.page, editor.faults, `${device}-editor-submitted`)

      const reviewer = await signIn(admin, 'reviewer@qingshi.example', { viewport })
      await reviewer.page.getByRole('link', { name: itemTitle }).first().click()
      await reviewer.page.waitForURL(itemUrl)
      await reviewer.page.getByRole('button', { exact: true, name: '审核通过' }).click()
      await shows(reviewer.page.getByText('待审签'), '待审签')
      await looked(reviewer.page, reviewer.faults, `${device}-reviewer-passed`)

      const approver = await signIn(admin, 'approver@qingshi.example', { viewport })
      await approver.page.getByRole('link', { name: itemTitle }).first().click()
      await approver.page.waitForURL(itemUrl)
      await approver.page.getByRole('button', { exact: true, name: '审签通过' }).click()
      await shows(approver.page.getByText('已发布'), '已发布')
      await looked(approver.page, approver.faults, `${device}-approver-published`)
      expect((await fetch(`${admin.base}/api/news/${itemUrl.split('/').pop()}`)).status).toBe(200)
    }, 300_000)

    it(`${device}: the admin registers a letter (依申请公开) with its date of receipt and finds its 答复书 place`, async () => {
      const { faults, page } = await signIn(admin, 'admin@qingshi.example', { viewport })
      await looked(page, faults, `${device}-admin-dashboard`)
      await page.goto(`${admin.base}/admin/collections/disclosure-requests/create`, { waitUntil: 'networkidle' })
      await page.getByLabel('申请人', { exact: true }).fill('赵某')
      await page.getByLabel('联系方式').fill('13805912345')
      await page.getByLabel('所需信息的内容描述').fill('请提供本乡2026年冬季供暖补贴发放办法。')
      await page.getByLabel('收到申请日期').fill('2026-09-30')
      await page.getByRole('button', { exact: true, name: '保存' }).click()
      await page.waitForURL(/\/admin\/collections\/disclosure-requests\/\d+/, { timeout: 60_000 })
      await shows(page.getByText('答复书'), '答复书')
      expect(await page.getByLabel('答复期限').inputValue()).toBe('2026-11-03')
      await looked(page, faults, `${device}-admin-request`)
    }, 300_000)
  }
})
