import type { AddressInfo } from 'node:net'

import { spawn } from 'node:child_process'
import { SMTPServer } from 'smtp-server'
import supertest from 'supertest'
import { afterAll, expect, it } from 'vitest'

import { ROOT } from '../../src/env'
import { PASSWORD_RULE } from '../../src/identity/passwordRule'
import { ownAddress, seenAs } from '../helpers/addresses'
import { sampleData } from '../helpers/fixtures'
import { withServer } from '../helpers/server'

// A real SMTP server receives the reset mail; each message is held `mailDelayMs` before it is accepted, as a
// slow mail server would, to show that nobody's writes wait for it.
const mails: string[] = []
let mailDelayMs = 0
let mailStarted: (() => void) | undefined
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, _session, done) {
    mailStarted?.()
    const chunks: Buffer[] = []
    stream.on('data', (c: Buffer) => chunks.push(c))
    stream.on('end', () => setTimeout(() => (mails.push(Buffer.concat(chunks).toString('utf8')), done()), mailDelayMs))
  },
})
afterAll(() => new Promise<void>((resolve) => smtp.close(resolve)))

const settings = async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  return {
    // The test's own connections (127.0.0.1) count as a proxy in front, so X-Forwarded-For plays other callers;
    // ownAddress() connections (127.0.0.2…) are clients like any other.
    SERVER_URL: 'https://gov.example',
    SESSION_MINUTES: '30',
    SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    TRUSTED_PROXIES: '127.0.0.1',
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const timed = async <T>(run: () => PromiseLike<T>) => {
  const start = performance.now()
  const result = await run()
  return { ms: performance.now() - start, result }
}
/** The text of a received mail (quoted-printable or base64 decoded, soft line breaks joined). */
const bodyOf = (raw: string) => {
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4)
  if (/Content-Transfer-Encoding: base64/i.test(raw)) return Buffer.from(body, 'base64').toString('utf8')
  return body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

withServer(
  'identity and the audit trail',
  (s) => {
    const anon = () => supertest(s().url)
    const audits = async (document: number | string) =>
      (await s().payload.find({ collection: 'audit-log', depth: 0, sort: 'sequence', where: { document: { equals: String(document) } } }))
        .docs as unknown as Record<string, unknown>[]
    const newItem = async (agent: supertest.Agent, title: string) => {
      const created = await agent.post('/api/news').send(await sampleData(s(), 'news', title))
      expect(created.status, created.text).toBe(201)
      return created.body.doc.id as number
    }
    const person = async (roles: string[], password = 'Real-password-2') => {
      const email = `person${Math.random().toString(36).slice(2, 8)}@test.example`
      const user = await s().payload.create({ collection: 'users', data: { email, name: '审签领导', password, roles: roles as never } })
      return { email, id: user.id, password }
    }
    const login = (email: string, password: string, from?: string) => {
      const req = anon().post('/api/users/login')
      if (from) req.set('X-Forwarded-For', from)
      return req.send({ email, password })
    }

    it('the audit IP is the socket’s unless a trusted proxy forwarded it: a forged X-Forwarded-For never is', async () => {
      const { agent: editor } = await s().as('editor')
      const forged = await newItem(editor, '伪造地址')
      const client = ownAddress()
      const submitted = await editor
        .post(`/api/news/${forged}/workflow`)
        .agent(client.agent)
        .set('X-Forwarded-For', '198.51.100.77, 10.0.0.1')
        .send({ action: 'submit' })
      expect(submitted.status, submitted.text).toBe(200)
      expect((await audits(forged))[0]!.ip).toMatch(seenAs(client.address))

      // 127.0.0.1 is a trusted proxy here: the hop it forwarded is the client.
      const proxied = await newItem(editor, '代理地址')
      expect(
        (await editor.post(`/api/news/${proxied}/workflow`).set('X-Forwarded-For', '198.51.100.77, 203.0.113.7').send({ action: 'submit' })).status,
      ).toBe(200)
      expect((await audits(proxied))[0]!.ip).toBe('203.0.113.7')
    })

    it('nobody renames themself: the entry keeps who acted, with their roles at the time', async () => {
      const { agent: editor, user } = await s().as('editor')
      const before = await s().payload.findByID({ collection: 'users', id: user.id })
      const renamed = await editor.patch(`/api/users/${user.id}`).send({ name: '乡长' })
      expect(renamed.status, renamed.text).toBe(403)
      expect(await s().payload.findByID({ collection: 'users', id: user.id })).toEqual(before)

      const item = await newItem(editor, '署名')
      expect((await editor.post(`/api/news/${item}/workflow`).send({ action: 'submit' })).status).toBe(200)
      const { agent: admin } = await s().as('admin')
      expect((await admin.patch(`/api/users/${user.id}`).send({ name: '改名后', roles: ['editor', 'reviewer'] })).status).toBe(200)
      const [entry] = await audits(item)
      expect(entry).toMatchObject({ user: user.id, userName: before.name, userRoles: ['editor'] })
    })

    it('password rules on create, update and reset: a clear 400, nothing saved', async () => {
      const { agent: admin } = await s().as('admin')
      const users = async () => (await s().payload.count({ collection: 'users' })).totalDocs
      const count = await users()
      for (const password of ['Short1!', 'only-lower-case-and-dashes', 'ALLUPPER1234']) {
        const res = await admin.post('/api/users').send({ email: `weak${count}@test.example`, name: '弱密码', password, roles: ['editor'] })
        expect(res.status, password).toBe(400)
        expect(res.body.errors[0].message).toBe(PASSWORD_RULE)
      }
      expect(await users()).toBe(count)
      const { agent: editor, user } = await s().as('editor')
      const weak = await editor.patch(`/api/users/${user.id}`).send({ password: 'password' })
      expect(weak.status).toBe(400)
      expect(weak.body.errors[0].message).toBe(PASSWORD_RULE)
      expect((await login(user.email, 'test-password-1')).status).toBe(200)
    })

    it('a stranger’s wrong passwords refuse the stranger, and never lock the real user out', async () => {
      const approver = await person(['approver'])
      for (let i = 0; i < 5; i++) expect((await login(approver.email, `wrong-Guess-${i}`, '198.51.100.66')).status).toBe(401)
      const refused = await login(approver.email, 'wrong-Guess-x', '198.51.100.66')
      expect(refused.status).toBe(429)
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
      // Even the right password from that address waits; from the user's own address it signs in.
      expect((await login(approver.email, approver.password, '198.51.100.66')).status).toBe(429)
      const real = await login(approver.email, approver.password, '203.0.113.50')
      expect(real.status, real.text).toBe(200)
      // Nothing on the account says it is locked.
      expect(await s().payload.findByID({ collection: 'users', id: approver.id })).not.toHaveProperty('lockUntil', expect.any(String))
    })

    it('a wrong password and an unknown account get the same answer, in about the same time', async () => {
      const known = await person(['reviewer'])
      // Five tries per account, each from its own address (below every limit and slowdown), alternating: a
      // burst of load on the machine then slows both kinds alike instead of one.
      const pairs = []
      for (let i = 0; i < 5; i++) {
        const wrongTry = await timed(() => login(known.email, 'Wrong-password-9', `192.0.2.${i + 1}`))
        pairs.push([wrongTry, await timed(() => login('nobody-here@test.example', 'Wrong-password-9', `198.18.0.${i + 1}`))] as const)
      }
      const [wrong, unknown] = [pairs.map(([w]) => w), pairs.map(([, u]) => u)]
      for (const { result } of [...wrong, ...unknown]) {
        expect(result.status).toBe(401)
        expect(result.body).toEqual(wrong[0]!.result.body)
      }
      const [a, b] = [median(wrong.map((t) => t.ms)), median(unknown.map((t) => t.ms))]
      // Without the equal work an unknown account answered in a twentieth of the time; a quarter leaves room for
      // a loaded CI machine and still fails that.
      expect(b, `known ${a} ms, unknown ${b} ms`).toBeGreaterThan(a * 0.25)
      expect(a, `known ${a} ms, unknown ${b} ms`).toBeGreaterThan(b * 0.25)
    })

    it('forgot-password: the same answer for any address; the mail goes out after the commit, and saves never wait for it', async () => {
      const user = await person(['editor'])
      const ask = (email: string, from: string) => anon().post('/api/users/forgot-password').set('X-Forwarded-For', from).send({ email })
      mailDelayMs = 3000
      const started = new Promise<void>((resolve) => (mailStarted = resolve))
      const [known, unknown] = [await ask(user.email, '192.0.2.200'), await ask('nobody-here@test.example', '192.0.2.201')]
      expect(known.status).toBe(200)
      expect(unknown.status).toBe(200)
      expect(unknown.body).toEqual(known.body)
      // While the mail server takes its time, an editor's save goes through at once.
      await started
      const { agent: editor } = await s().as('editor')
      const save = await timed(async () => editor.post('/api/news').send(await sampleData(s(), 'news', '发邮件时保存')))
      expect(save.result.status).toBe(201)
      expect(save.ms).toBeLessThan(mailDelayMs)
      mailDelayMs = 0
      let mail: string | undefined
      for (let i = 0; i < 100 && !mail; i++) {
        mail = mails.map(bodyOf).find((m) => m.includes('/admin/reset/'))
        if (!mail) await new Promise((r) => setTimeout(r, 100))
      }
      expect(mail, 'no reset mail arrived').toBeDefined()
      expect(mails.join('\n')).not.toContain('nobody-here@test.example')
      const token = /https:\/\/gov\.example\/admin\/reset\/([0-9a-f]+)/.exec(mail!)![1]!

      const weak = await anon().post('/api/users/reset-password').send({ password: 'weakpassword', token })
      expect(weak.status).toBe(400)
      expect(weak.body.errors[0].message).toBe(PASSWORD_RULE)
      expect((await anon().post('/api/users/reset-password').send({ password: 'New-password-3', token })).status).toBe(200)
      expect((await login(user.email, 'New-password-3')).status).toBe(200)

      // Payload's own operation, which held the write lock while mailing, is closed on GraphQL too.
      const graphql = await anon()
        .post('/api/graphql')
        .send({ query: `mutation { forgotPasswordUser(email: "${user.email}") }` })
      expect(graphql.body.errors?.[0]?.message).toMatch(/forgot-password/)
    })

    it('sessions: 30 minutes as configured, HttpOnly Secure cookie behind https', async () => {
      const user = await person(['editor'])
      const res = await login(user.email, user.password)
      expect(res.status).toBe(200)
      expect(res.body.exp - Math.floor(Date.now() / 1000)).toBeGreaterThan(29 * 60)
      expect(res.body.exp - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(30 * 60)
      const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('payload-token='))!
      expect(cookie).toMatch(/;\s*HttpOnly/i)
      expect(cookie).toMatch(/;\s*Secure/i)
      expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    })

    it('nothing may frame the admin or the API', async () => {
      for (const path of ['/admin', '/admin/login', '/api/news', '/api/news', '/api/users/me']) {
        const res = await anon().get(path)
        expect(res.headers['x-frame-options'], path).toBe('DENY')
        expect(res.headers['content-security-policy'], path).toContain("frame-ancestors 'none'")
      }
    })

    it('the hash chain verifies, appends from parallel requests too; a row changed in the database is named by the endpoint and the CLI', async () => {
      const { agent: editor } = await s().as('editor')
      const items = await Promise.all([1, 2, 3, 4].map((i) => newItem(editor, `并发${i}`)))
      const submits = await Promise.all(items.map((id) => editor.post(`/api/news/${id}/workflow`).send({ action: 'submit' })))
      expect(submits.map((r) => r.status)).toEqual([200, 200, 200, 200])
      const { agent: admin } = await s().as('admin')
      expect((await editor.get('/api/audit-log/verify')).status).toBe(403)
      expect((await anon().get('/api/audit-log/verify')).status).toBe(401)
      const intact = await admin.get('/api/audit-log/verify')
      expect(intact.body).toMatchObject({ ok: true, unchained: 0 })
      expect(intact.body.entries).toBeGreaterThanOrEqual(7)

      const [target] = await audits(items[1]!)
      await s().payload.db.updateOne({ collection: 'audit-log', data: { userName: '别人' }, id: target!.id as number })
      const broken = await admin.get('/api/audit-log/verify')
      expect(broken.body).toMatchObject({ broken: { id: target!.id, reason: 'altered', sequence: target!.sequence }, ok: false })

      const cli = await new Promise<{ code: null | number; output: string }>((resolve) => {
        const child = spawn('npm', ['run', '--silent', 'audit:verify'], { cwd: ROOT, env: process.env })
        let output = ''
        child.stdout.on('data', (d) => (output += d))
        child.stderr.on('data', (d) => (output += d))
        child.on('close', (code) => resolve({ code, output }))
      })
      expect(cli.code, cli.output).toBe(1)
      expect(cli.output).toContain(`id=${target!.id} sequence=${target!.sequence}`)
    })
  },
  { env: settings },
)
