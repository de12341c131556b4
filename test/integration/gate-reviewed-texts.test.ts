/**
 * Issue #15, class 2: texts the public receives besides the items — WeChat auto-replies and the organ's
 * details (in replies, articles, sheets, the public API) — reach followers and readers only from a version
 * that passed the machine first pass and both reviews. Every other way in is refused with the database unchanged.
 */
import type { Agent } from 'supertest'

import { describe, expect, it } from 'vitest'

import { parseMessageXml, urlSignature } from '../../src/channels/wechat/callbackCrypto'
import { DEMO_ORGAN } from '../../src/seed/demo'
import { createItem } from '../helpers/fixtures'
import { binary, readPdf } from '../helpers/files'
import { withServer } from '../helpers/server'
import { databaseSnapshot } from '../helpers/snapshot'

const TOKEN = 'reviewed-texts-token'
// Valid by GB 11643, fictitious.
const ID = '350121198503124026'

let msgIds = 880_000_000_000_100

const textMessage = (content: string) =>
  `<xml><ToUserName><![CDATA[gh_qingshi]]></ToUserName><FromUserName><![CDATA[oReviewed]]></FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${msgIds++}</MsgId></xml>`

type Workflow = { state: string }

withServer(
  'gate: auto-replies and the organ’s details pass review (class 2)',
  (s) => {
    /** What a follower gets for a message: the reply's text, or 'success' for none. */
    const ask = async (content: string) => {
      const timestamp = String(Math.floor(Date.now() / 1000))
      const nonce = String(Math.floor(Math.random() * 1e9))
      const query = new URLSearchParams({ nonce, signature: urlSignature(TOKEN, timestamp, nonce), timestamp })
      const res = await s().request.post(`/api/wechat/callback?${query}`).set('content-type', 'text/xml').send(textMessage(content))
      expect(res.status).toBe(200)
      return res.text === 'success' ? 'success' : (parseMessageXml(res.text).Content ?? '')
    }
    const gql = (agent: Agent, query: string) => agent.post('/api/graphql').send({ query })
    const unchanged = async (attempts: () => Promise<void>) => {
      const before = await databaseSnapshot(s().payload, s().mediaDir)
      await attempts()
      expect(await databaseSnapshot(s().payload, s().mediaDir)).toEqual(before)
    }

    /** An admin, a reviewer and an approver signed in over HTTP: the three people a change needs. */
    let people: Promise<Record<'admin' | 'approver' | 'reviewer', Agent>> | undefined
    const staff = () =>
      (people ??= (async () => {
        const [admin, reviewer, approver] = await Promise.all([s().as('admin'), s().as('reviewer'), s().as('approver')])
        return { admin: admin.agent, approver: approver.agent, reviewer: reviewer.agent }
      })())
    /** Submits, passes 保密审查 and 审签 over the workflow endpoint at `path`; each step answers 200. */
    const review = async (path: string) => {
      const { admin, approver, reviewer } = await staff()
      expect((await admin.post(`${path}/workflow`).send({ action: 'submit' })).body).toMatchObject({ state: 'pending-review' })
      expect((await reviewer.post(`${path}/workflow`).send({ action: 'pass-review' })).body).toMatchObject({ state: 'pending-approval' })
      expect((await approver.post(`${path}/workflow`).send({ action: 'approve' })).body).toMatchObject({ state: 'published' })
    }
    const newReply = async (keyword: string, reply: string) => {
      const { admin } = await staff()
      const res = await admin.post('/api/wechat-replies').send({ keyword, match: 'contains', reply })
      expect(res.status).toBe(201)
      return res.body.doc as { _status: string; id: number; workflow: Workflow }
    }

    describe('WeChat auto-replies', () => {
      it('a new reply answers nobody until both reviews pass; then it answers', async () => {
        const reply = await newReply('社保卡', '社保卡请到乡便民服务中心办理。')
        expect(reply).toMatchObject({ _status: 'draft', workflow: { state: 'draft' } })
        expect(await ask('请问社保卡怎么办')).toBe('success')
        const { admin } = await staff()
        await admin.post(`/api/wechat-replies/${reply.id}/workflow`).send({ action: 'submit' })
        expect(await ask('请问社保卡怎么办')).toBe('success')
        const { approver, reviewer } = await staff()
        await reviewer.post(`/api/wechat-replies/${reply.id}/workflow`).send({ action: 'pass-review' })
        expect(await ask('请问社保卡怎么办')).toBe('success')
        expect((await approver.post(`/api/wechat-replies/${reply.id}/workflow`).send({ action: 'approve' })).body).toMatchObject({
          state: 'published',
        })
        expect(await ask('请问社保卡怎么办')).toBe('社保卡请到乡便民服务中心办理。')
        // An approval queues nothing: a reply goes out only as an answer.
        expect((await s().payload.count({ collection: 'deliveries', where: { collection: { equals: 'wechat-replies' } } })).totalDocs).toBe(0)
      })

      it('a reply carrying a 密级 mark or an ID number is refused at submit, naming the field, and never answers', async () => {
        const { admin } = await staff()
        for (const [keyword, text] of [
          ['会议纪要', '会议纪要属机密★，请勿外传。'],
          ['低保名单', `低保对象王某，身份证号${ID}。`],
        ]) {
          const reply = await newReply(keyword!, text!)
          const res = await admin.post(`/api/wechat-replies/${reply.id}/workflow`).send({ action: 'submit' })
          expect(res.status).toBe(400)
          expect(res.body.errors[0].code).toBe('checks')
          expect(res.body.findings.filter((f: { severity: string }) => f.severity === 'block').map((f: { field: string }) => f.field)).toContain(
            'reply',
          )
          const stored = await s().payload.findByID({ collection: 'wechat-replies', draft: true, id: reply.id })
          expect(stored.workflow?.state).toBe('draft')
          expect(await ask(`请问${keyword}`)).toBe('success')
        }
      })

      it('an edit of a published reply is a draft: followers get the reviewed text until the new version passes', async () => {
        const reply = await newReply('医保', '医保缴费截至12月31日。')
        await review(`/api/wechat-replies/${reply.id}`)
        const { admin } = await staff()
        const edited = await admin.patch(`/api/wechat-replies/${reply.id}`).send({ reply: '医保缴费请到银行网点。' })
        expect(edited.status).toBe(200)
        expect(edited.body.doc.workflow.state).toBe('draft')
        expect(await ask('医保怎么交')).toBe('医保缴费截至12月31日。')
        await review(`/api/wechat-replies/${reply.id}`)
        expect(await ask('医保怎么交')).toBe('医保缴费请到银行网点。')
      })

      it('a withdrawn reply answers no more', async () => {
        const reply = await newReply('路灯', '路灯报修请拨打村委会电话。')
        await review(`/api/wechat-replies/${reply.id}`)
        expect(await ask('路灯坏了')).toBe('路灯报修请拨打村委会电话。')
        const { approver } = await staff()
        expect((await approver.post(`/api/wechat-replies/${reply.id}/workflow`).send({ action: 'withdraw', comment: '已过时' })).status).toBe(200)
        expect(await ask('路灯坏了')).toBe('success')
      })

      it('no direct way to publish a reply: REST, bulk, GraphQL, restoring a version; the database is unchanged', async () => {
        const reply = await newReply('农机', '农机补贴请到农业农村办申请。')
        await review(`/api/wechat-replies/${reply.id}`)
        const { admin } = await staff()
        await admin.patch(`/api/wechat-replies/${reply.id}`).send({ reply: '农机补贴未经审核的新说法。' })
        const versions = await admin.get(`/api/wechat-replies/versions?where[parent][equals]=${reply.id}&sort=createdAt&limit=50`)
        const draftVersion = (versions.body.docs as { id: string; version: { _status: string; reply: string } }[]).find((v) =>
          v.version.reply.includes('未经审核'),
        )!
        const { agent: editor } = await s().as('editor')
        await unchanged(async () => {
          expect(
            (await admin.post('/api/wechat-replies').send({ _status: 'published', keyword: '直发', match: 'contains', reply: '未经审核' })).status,
          ).toBe(403)
          expect((await admin.patch(`/api/wechat-replies/${reply.id}`).send({ _status: 'published', reply: '未经审核' })).status).toBe(403)
          expect(
            (await admin.patch(`/api/wechat-replies?where[id][equals]=${reply.id}`).send({ _status: 'published', reply: '未经审核' })).status,
          ).toBe(403)
          const mutation = await gql(admin, `mutation { updateWechatReply(id: ${reply.id}, data: { _status: published, reply: "未经审核" }) { id } }`)
          expect(mutation.body.errors?.length).toBeGreaterThan(0)
          // The draft restored as the published version would publish text nobody reviewed.
          const publishedVersion = (versions.body.docs as { id: string; version: { _status: string } }[]).find(
            (v) => v.version._status === 'published',
          )!
          expect((await admin.post(`/api/wechat-replies/versions/${publishedVersion.id}`)).status).toBe(403)
          expect((await editor.post('/api/wechat-replies').send({ keyword: '编辑', match: 'contains', reply: '编辑不能维护自动回复' })).status).toBe(
            403,
          )
          expect((await s().request.get(`/api/wechat-replies/versions/${draftVersion.id}`)).status).toBe(403)
        })
        expect(await ask('农机补贴')).toBe('农机补贴请到农业农村办申请。')
      })
    })

    describe('the organ’s details', () => {
      it('an admin’s save is a draft: the public API, replies and article previews keep the reviewed details until both reviews pass', async () => {
        const { admin } = await staff()
        const saved = await admin.post('/api/globals/organ').send({ phone: '0591-99998888', shortName: '青石新简称' })
        expect(saved.status).toBe(200)
        const item = await createItem(s(), 'news', 'draft', '预览作者')
        const seenByPublic = async () => {
          const rest = (await s().request.get('/api/globals/organ')).body
          const drafted = (await s().request.get('/api/globals/organ?draft=true')).body
          const graphql = (await gql(s().request, '{ Organ(draft: true) { phone shortName } }')).body.data.Organ
          const preview = (await admin.get(`/api/news/${item.id}/preview/wechat`)).text
          return {
            drafted: drafted.phone,
            graphql: graphql.phone,
            preview: preview.includes('青石新简称'),
            reply: await ask('电话多少'),
            rest: rest.phone,
          }
        }
        expect(await seenByPublic()).toEqual({
          drafted: DEMO_ORGAN.phone,
          graphql: DEMO_ORGAN.phone,
          preview: false,
          reply: expect.stringContaining(DEMO_ORGAN.phone),
          rest: DEMO_ORGAN.phone,
        })
        // Staff see the draft they are working on.
        expect((await admin.get('/api/globals/organ?draft=true')).body.phone).toBe('0591-99998888')
        await review('/api/globals/organ')
        expect(await seenByPublic()).toEqual({
          drafted: '0591-99998888',
          graphql: '0591-99998888',
          preview: true,
          reply: expect.stringContaining('0591-99998888'),
          rest: '0591-99998888',
        })
        const audit = await admin.get('/api/audit-log?where[collection][equals]=organ&sort=sequence&limit=10')
        expect(audit.body.docs.map((e: { action: string }) => e.action)).toEqual(['submit', 'pass-review', 'approve', 'publish'])
      })

      it('contact text with a 密级 mark or a personal number is refused at submit; the public keeps the details in force', async () => {
        const { admin } = await staff()
        const inForce = (await s().request.get('/api/globals/organ')).body
        await admin.post('/api/globals/organ').send({ address: `青石街1号（联系人身份证${ID}）`, officeHours: '机密★ 另行通知' })
        const res = await admin.post('/api/globals/organ/workflow').send({ action: 'submit' })
        expect(res.status).toBe(400)
        expect(res.body.errors[0].code).toBe('checks')
        const fields = res.body.findings.filter((f: { severity: string }) => f.severity === 'block').map((f: { field: string }) => f.field)
        expect(fields).toEqual(expect.arrayContaining(['address', 'officeHours']))
        expect((await s().request.get('/api/globals/organ')).body).toMatchObject({ address: inForce.address, officeHours: inForce.officeHours })
        expect(await ask('地址在哪')).not.toContain(ID)
        // Back to the details in force, for the tests after this one.
        await admin.post('/api/globals/organ').send({ address: inForce.address, officeHours: inForce.officeHours })
      })

      it('no way around the review: publish flags, ?draft=false, GraphQL, restoring a version, withdrawal; the database is unchanged', async () => {
        const { admin } = await staff()
        const inForce = (await s().request.get('/api/globals/organ')).body
        const versions = await admin.get('/api/globals/organ/versions?sort=-createdAt&limit=50')
        expect(versions.status).toBe(200)
        const older = (versions.body.docs as { id: string }[]).at(-1)!
        const { agent: editor } = await s().as('editor')
        await unchanged(async () => {
          expect((await admin.post('/api/globals/organ').send({ _status: 'published', phone: '0591-00000001' })).status).toBe(403)
          const mutation = await gql(admin, 'mutation { updateOrgan(data: { _status: published, phone: "0591-00000002" }) { phone } }')
          expect(mutation.body.errors?.length).toBeGreaterThan(0)
          expect((await admin.post(`/api/globals/organ/versions/${older.id}`)).status).toBe(403)
          expect((await admin.post(`/api/globals/organ/versions/${older.id}?draft=true`)).status).toBe(403)
          expect((await editor.post('/api/globals/organ').send({ phone: '0591-00000003' })).status).toBe(403)
          expect((await s().request.get('/api/globals/organ/versions')).status).toBe(403)
          const withdraw = await (await staff()).approver.post('/api/globals/organ/workflow').send({ action: 'withdraw', comment: '试图撤下' })
          expect(withdraw.status).toBe(409)
        })
        // A save with ?draft=false is a draft all the same: the public API, replies and notice sheets keep what is in force.
        const draftName = '青山县青石乡人民政府（未审核草稿）'
        expect((await admin.post('/api/globals/organ?draft=false').send({ fullName: draftName, phone: '0591-00000004' })).status).toBe(200)
        expect((await s().request.get('/api/globals/organ')).body).toMatchObject({ fullName: inForce.fullName, phone: inForce.phone })
        expect(await ask('电话')).not.toContain('0591-00000004')
        const item = await createItem(s(), 'news', 'draft', '公示页机关名称')
        const sheet = await admin.get(`/api/news/${item.id}/preview/sheet.pdf`).buffer(true).parse(binary)
        expect(sheet.status).toBe(200)
        const { text } = await readPdf(sheet.body as Buffer)
        expect(text.replace(/\s/g, '')).toContain(inForce.fullName)
        expect(text).not.toContain('未审核草稿')
      })
    })
  },
  { env: () => ({ WECHAT_TOKEN: TOKEN }) },
)
