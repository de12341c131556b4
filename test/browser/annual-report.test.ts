import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ARTIFACTS, browserMissing, DESKTOP, type ShippedAdmin, shippedAdmin, shows, signIn } from '../helpers/browser'

/**
 * The demo's annual report in the real admin at 1440×900: the report's panel heads the sidebar (after the workflow panel), all
 * six section tabs are on screen, 汇总生成 fills the tables and 校验 names each problem by its place in the report.
 */
describe.skipIf(Boolean(browserMissing))(`annual report in the admin${browserMissing}`, () => {
  let admin: ShippedAdmin

  beforeAll(async () => {
    admin = await shippedAdmin('annual-report')
  }, 600_000)
  afterAll(() => admin?.close())

  it('compiles, validates by place and previews the demo report; every tab is visible', async () => {
    const { page } = await signIn(admin, 'editor@qingshi.example', { viewport: DESKTOP })
    await page.goto(`${admin.base}/admin/collections/annual-reports`, { waitUntil: 'networkidle' })
    await page.getByRole('link', { name: '青山县青石乡人民政府2025年政府信息公开工作年度报告' }).first().click()
    await page.waitForURL(/\/admin\/collections\/annual-reports\/\d+/, { timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    await shows(page.locator('.report-panel'), '汇总生成')

    // At the top of the sidebar, under the workflow panel (first on every reviewed item) and above every other field.
    const sidebar = page.locator('.document-fields__sidebar-fields')
    const panel = (await sidebar.locator('.report-panel').boundingBox())!
    expect(panel.y).toBeGreaterThan((await sidebar.locator('.workflow-panel').boundingBox())!.y)
    for (const other of ['#field-reportPdf', '#field-compiledAt']) {
      expect(panel.y, other).toBeLessThan((await sidebar.locator(other).first().boundingBox())!.y)
    }

    // The six sections' tabs (五 and 六 share one) wrap within the window instead of running off its right edge.
    const tabs = page.locator('.tabs-field__tab-button')
    expect((await tabs.allInnerTexts()).map((text) => text.trim())).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、六',
    ])
    // Within the window, and within the form's column: past it a tab is clipped under the sidebar, still inside
    // the window (without the wrap 五、六 starts at x = 984 of a 959 px column).
    const column = (await page.locator('.tabs-field__tabs-wrap').boundingBox())!
    for (const tab of await tabs.all()) {
      const box = (await tab.boundingBox())!
      expect(box.x, await tab.innerText()).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, await tab.innerText()).toBeLessThanOrEqual(Math.min(DESKTOP.width, column.x + column.width))
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'annual-report-1-before.png') })

    await page.getByRole('button', { exact: true, name: '汇总生成' }).click()
    await shows(page.locator('.report-panel__notice'), '已汇总')
    await page.getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click()
    const received = page.locator('#field-requests__newReceived__total')
    await received.waitFor()
    expect(await received.inputValue()).toMatch(/^\d+$/)

    await page.getByRole('button', { exact: true, name: '校验' }).click()
    await shows(page.locator('.report-panel__validation'), '二、主动公开政府信息情况 · 第二十条第（五）项 · 行政许可 · 本年处理决定数量')
    expect(await page.locator('.report-panel__validation').innerText()).not.toContain('proactive.')
    await page.screenshot({ path: path.join(ARTIFACTS, 'annual-report-2-validated.png'), fullPage: true })

    for (const name of ['预览网页版', '预览PDF']) {
      const href = (await page.getByRole('link', { exact: true, name }).getAttribute('href'))!
      expect(href).toContain('draft=true')
      // as the browser opens the link: with the editor's session cookie
      const opened = await page.evaluate(async (url) => {
        const response = await fetch(url, { credentials: 'include' })
        return { status: response.status, type: response.headers.get('content-type') }
      }, href)
      expect(opened, name).toEqual({ status: 200, type: name === '预览PDF' ? 'application/pdf' : 'text/html; charset=utf-8' })
    }
  }, 300_000)
})
