import path from 'node:path'
import { type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ARTIFACTS, browserMissing, PHONE, type ShippedAdmin, shippedAdmin, shows, signIn as signInAs } from '../helpers/browser'

/**
 * The real admin in Debian's Chromium: an editor submits, a reviewer passes, an approver approves, and the
 * item is published. Runs the production build (made by the global set-up) on a fresh SQLite database with the demo users.
 */
describe.skipIf(Boolean(browserMissing))(`admin workflow in Chromium${browserMissing}`, () => {
  let admin: ShippedAdmin
  let base = ''

  beforeAll(async () => {
    admin = await shippedAdmin('workflow')
    base = admin.base
  }, 600_000)
  afterAll(() => admin?.close())

  const signIn = async (email: string): Promise<Page> => (await signInAs(admin, email, { viewport: { height: 900, width: 1400 } })).page

  async function press(page: Page, label: string, comment?: string) {
    if (comment) await page.fill('.workflow-panel__comment', comment)
    await page.getByRole('button', { exact: true, name: label }).click()
  }

  it('editor submits, reviewer passes, approver approves: the item is published', async () => {
    const editor = await signIn('editor@qingshi.example')
    const itemUrl = await draft(editor, '浏览器测试：秋季防火巡查', '各村护林员已完成秋季防火巡查。')
    const id = itemUrl.split('/').pop()
    await press(editor, '提交审核')
    await shows(editor.locator('.workflow-panel__state'), '待审核')
    // The header says what the panel says (Payload's own status would say 草稿).
    await shows(editor.locator('.doc-controls .status__value'), '待审核')
    // The version under review is locked: its fields take no focus, until the editor chooses to change it anyway.
    const titleTakesFocus = () =>
      editor.evaluate(() => {
        const title = document.querySelector<HTMLInputElement>('#field-title')
        title?.focus()
        return document.activeElement === title
      })
    await shows(editor.locator('.workflow-panel__locked'), '内容已锁定')
    expect(await titleTakesFocus()).toBe(false)
    await editor.getByRole('button', { exact: true, name: '修改内容' }).click()
    await shows(editor.locator('.workflow-panel__locked'), '本轮审核作废')
    expect(await titleTakesFocus()).toBe(true)
    await editor.screenshot({ path: path.join(ARTIFACTS, 'workflow-1-submitted.png') })

    // On a phone, an item in review opens on its decisions: the workflow panel above the form.
    const { page: phone } = await signInAs(admin, 'reviewer@qingshi.example', { viewport: PHONE })
    await phone.goto(itemUrl)
    await shows(phone.locator('.workflow-panel__state'), '待审核')
    const [panelTop, titleTop] = [(await phone.locator('.workflow-panel').boundingBox())!.y, (await phone.locator('#field-title').boundingBox())!.y]
    expect(panelTop).toBeLessThan(titleTop)
    await phone.screenshot({ path: path.join(ARTIFACTS, 'workflow-phone-in-review.png') })
    await phone.context().close()

    const reviewer = await signIn('reviewer@qingshi.example')
    await shows(reviewer.locator('.my-queue'), '浏览器测试：秋季防火巡查')
    await reviewer.goto(itemUrl)
    // Never published: everything is new.
    await shows(reviewer.locator('.review-changes h5'), '新增内容')
    await shows(reviewer.locator('.review-changes ins'), '浏览器测试：秋季防火巡查')
    await press(reviewer, '审核通过', '已审查，无涉密信息')
    await shows(reviewer.locator('.workflow-panel__state'), '待审签')

    const approver = await signIn('approver@qingshi.example')
    await approver.goto(itemUrl)
    await press(approver, '审签通过', '同意发布')
    await shows(approver.locator('.workflow-panel__state'), '已发布')
    await shows(approver.locator('.workflow-panel__history'), '王建国（保密审查）')
    // The website delivery was queued with the publication and run by the server at once.
    await approver.reload()
    await shows(approver.locator('.workflow-panel__deliveries'), '政府网站 · 发布 · 已送达')
    await approver.screenshot({ path: path.join(ARTIFACTS, 'workflow-2-published.png'), fullPage: true })

    // The versions are named by what made them, newest first, not all 草稿.
    await approver.goto(`${itemUrl}/versions`, { waitUntil: 'networkidle' })
    const events = await approver.locator('.versions-by-event__table tbody tr td:nth-child(2)').allInnerTexts()
    const approval = events.findIndex((e) => e.startsWith('审签通过'))
    expect(events.slice(approval, approval + 3)).toEqual([
      expect.stringMatching(/^审签通过 · 张海峰（分管领导）：同意发布/),
      '审核通过 · 王建国（保密审查）：已审查，无涉密信息',
      '提交审核 · 李文静（党政办）',
    ])
    // Publication is its own version, or the approval's when it went out at once.
    expect(events[0]).toMatch(/^(发布|审签通过 · 张海峰（分管领导）：同意发布（同时发布）)$/)
    expect(events.at(-1)).toBe('创建')
    await approver.screenshot({ path: path.join(ARTIFACTS, 'workflow-3-versions.png'), fullPage: true })

    const publicRead = await fetch(`${base}/api/news/${id}`)
    expect(publicRead.status).toBe(200)
    expect((await publicRead.json()).title).toBe('浏览器测试：秋季防火巡查')

    // The editor corrects the published item: the reviewer reads 本次修改, the insertion marked.
    await editor.goto(itemUrl, { waitUntil: 'networkidle' })
    await editor.fill('#field-title', '浏览器测试：秋季防火巡查（更正）')
    await editor.waitForFunction(() => (document.querySelector('#field-title') as HTMLInputElement | null)?.value.endsWith('（更正）'))
    const saved = editor.waitForResponse((r) => r.url().includes(`/api/news/${id}`) && r.request().method() === 'PATCH')
    await editor.locator('#action-save-draft').click()
    expect((await saved).status()).toBe(200)
    await editor.reload({ waitUntil: 'networkidle' })
    await press(editor, '提交审核')
    await shows(editor.locator('.workflow-panel__state'), '待审核')
    await reviewer.goto(itemUrl)
    await shows(reviewer.locator('.review-changes h5'), '本次修改')
    await shows(reviewer.locator('.review-changes dt'), '标题')
    await shows(reviewer.locator('.review-changes ins'), '（更正）')
    await reviewer.locator('.workflow-panel').screenshot({ path: path.join(ARTIFACTS, 'workflow-3-changes.png') })
  }, 300_000)

  /**
   * A new news item saved as a draft by the editor; returns its admin URL. Waits for the form to be hydrated
   * and checks what was typed, since text typed before React takes over the inputs is silently dropped.
   */
  async function draft(editor: Page, title: string, body: string) {
    await editor.goto(`${base}/admin/collections/news/create`, { waitUntil: 'networkidle' })
    const lexical = editor.locator('[data-lexical-editor="true"]').first()
    await lexical.waitFor()
    await editor.fill('#field-title', title)
    await lexical.click()
    await editor.keyboard.type(body)
    try {
      await editor.waitForFunction(
        ([t, b]) =>
          (document.querySelector('#field-title') as HTMLInputElement | null)?.value === t &&
          (document.querySelector('[data-lexical-editor="true"]')?.textContent ?? '').includes(b!),
        [title, body],
        { timeout: 10_000 },
      )
      await editor.locator('#action-save-draft').click()
      await editor.waitForURL(/\/admin\/collections\/news\/\d+/, { timeout: 60_000 })
    } catch (error) {
      await editor.screenshot({ path: path.join(ARTIFACTS, 'draft-failed.png'), fullPage: true })
      throw error
    }
    await shows(editor.locator('.workflow-panel'), '草稿')
    return editor.url()
  }

  it('检查 shows findings inline; a block stops the submission; a warning needs the reviewer’s confirmation', async () => {
    const editor = await signIn('editor@qingshi.example')
    await draft(editor, '浏览器测试：低保公示', '李某，身份证号350121198503124026。')
    await editor.getByRole('button', { exact: true, name: '检查' }).click()
    await shows(editor.locator('.check-findings__suggestion'), '35*************026')
    // The finding names the field by its label, says it in Chinese only, and shows the number starred.
    const finding = editor.locator('.check-findings__item').first()
    await shows(finding, '正文')
    expect(await finding.innerText()).not.toMatch(/body|personal information|350121198503124026/)
    await press(editor, '提交审核')
    await shows(editor.locator('.workflow-panel__error'), '机器初审发现1处须修改的问题')
    await shows(editor.locator('.workflow-panel__state'), '草稿')
    await editor.screenshot({ path: path.join(ARTIFACTS, 'checks-1-blocked.png'), fullPage: true })

    const itemUrl = await draft(editor, '浏览器测试：乡村振兴', '推進鄉村振興工作。')
    await press(editor, '提交审核')
    await shows(editor.locator('.workflow-panel__state'), '待审核')

    const reviewer = await signIn('reviewer@qingshi.example')
    await reviewer.goto(itemUrl)
    await shows(reviewer.locator('.check-findings'), '繁体字')
    await press(reviewer, '审核通过', '已核对')
    await shows(reviewer.locator('.workflow-panel__error'), '须逐条核对')
    await reviewer.getByLabel('我已逐条核对以上提示').check()
    await press(reviewer, '审核通过')
    await shows(reviewer.locator('.workflow-panel__state'), '待审签')
    await reviewer.screenshot({ path: path.join(ARTIFACTS, 'checks-2-acknowledged.png'), fullPage: true })
  }, 300_000)
})
