import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Browser, chromium, type Locator, type Page } from 'playwright-core'

import { ROOT } from '../../src/env'
import { freePort } from '../../src/freePort'

export const ARTIFACTS = path.join(ROOT, 'test/artifacts')
const CHROMIUM = '/usr/bin/chromium'
/** Why the browser tests cannot run here ('' when they can). */
export const browserMissing = existsSync(CHROMIUM) ? '' : ' — skipped: install Debian chromium (apt-get install chromium fonts-noto-cjk)'

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')}: ${code}\n${output}`))))
  })
}

/** The first admin's password, set for the seed (the demo users' one is generated and printed). */
const ADMIN_PASSWORD = 'Browser-admin-2026'

export type ShippedAdmin = { base: string; browser: Browser; close: () => Promise<void>; password: string }

/**
 * The shipped server (the production build, started as `npm start` starts it: the read cache in front of Next)
 * on a fresh SQLite database seeded with the demo users, and Debian's Chromium. Its output goes to
 * test/artifacts/<name>-server.log for when a test fails.
 */
export async function shippedAdmin(name: string): Promise<ShippedAdmin> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gov-browser-'))
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    ADMIN_EMAIL: 'admin@qingshi.example',
    ADMIN_PASSWORD,
    DATABASE_URL: `file:${dir}/cms.db`,
    MEDIA_DIR: path.join(dir, 'media'),
    NODE_ENV: 'production',
    PAYLOAD_DB_PUSH: '',
    PAYLOAD_SECRET: 'browser-test-secret',
    SERVER_URL: base,
  } as NodeJS.ProcessEnv
  mkdirSync(env.MEDIA_DIR!, { recursive: true })
  mkdirSync(ARTIFACTS, { recursive: true })
  const seeded = await run('npm', ['run', '--silent', 'seed'], env)
  const password = /Demo users' password: (\S+)/.exec(seeded)![1]!
  const log = openSync(path.join(ARTIFACTS, `${name}-server.log`), 'w')
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', '--conditions=production', 'src/cli/start.ts'], {
    cwd: ROOT,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', log, log],
  })
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${base}/api/globals/organ`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    await new Promise((r) => setTimeout(r, 500))
  }
  const browser = await chromium.launch({
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-dev-shm-usage'],
    executablePath: CHROMIUM,
  })
  return {
    base,
    browser,
    close: async () => {
      await browser.close()
      server.kill('SIGTERM')
      rmSync(dir, { force: true, recursive: true })
    },
    password,
  }
}

export const DESKTOP = { height: 900, width: 1440 }
export const PHONE = { height: 844, width: 390 }

/** What went wrong on a page while a test used it: console errors, page errors, requests to other hosts. */
export type PageFaults = { consoleErrors: string[]; outsideRequests: string[] }

/**
 * Signs in through the login form by its visible labels, in a fresh context of the given size. Every console
 * error and every request to a host other than the server's is recorded in `faults`; the latter is refused, as
 * an office network without internet would.
 */
export async function signIn(
  admin: ShippedAdmin,
  email: string,
  options: { locale?: string; viewport?: { height: number; width: number } } = {},
): Promise<{ faults: PageFaults; page: Page }> {
  const context = await admin.browser.newContext({ locale: options.locale ?? 'zh-CN', viewport: options.viewport ?? DESKTOP })
  const faults: PageFaults = { consoleErrors: [], outsideRequests: [] }
  const own = new URL(admin.base).host
  await context.route(
    (url) => url.host !== own && url.protocol.startsWith('http'),
    (route) => {
      faults.outsideRequests.push(route.request().url())
      return route.abort()
    },
  )
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') faults.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => faults.consoleErrors.push(String(error)))
  await page.goto(`${admin.base}/admin/login`)
  await page.getByLabel('电子邮件').fill(email)
  await page.getByLabel('密码').fill(email.startsWith('admin@') ? ADMIN_PASSWORD : admin.password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
  return { faults, page }
}

/** Waits until the element shows the text (playwright-core has no expect of its own). */
export const shows = (locator: Locator, text: string) => locator.filter({ hasText: text }).first().waitFor({ timeout: 30_000 })

/**
 * English words a zh reader sees on the page (its visible text and placeholders), apart from proper names, file
 * formats and codes: a zh admin must read Chinese throughout. (Tooltips and screen-reader labels are not read yet:
 * Payload's own dashboard labels its create buttons "创建新的 [object Object]", a defect of Payload's we have not
 * worked around.)
 */
export async function englishWords(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const placeholders = [...document.querySelectorAll('[placeholder]')].map((e) => e.getAttribute('placeholder') ?? '')
    return `${document.body.innerText}\n${placeholders.join('\n')}`
  })
  const allowed = /^(PDF|HTML|API|ID|URL|WeChat|Payload|AppID|JSON|CSV|OK)$/i
  const words = text
    // Addresses, e-mails, paths and tracking numbers are not words.
    .replace(/https?:\/\/\S+|[\w.+-]+@[\w.-]+|\/[\w/.-]+|[A-Z]{2,}\d[\w-]*/g, ' ')
    .match(/\b[A-Za-z]{3,}\b/g)
  return [...new Set((words ?? []).filter((w) => !allowed.test(w)))]
}
