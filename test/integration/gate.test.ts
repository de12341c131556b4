import type supertest from 'supertest'

import { beforeAll, describe, expect, it } from 'vitest'

import type { ContentCollection } from '../helpers/fixtures'

import { richText } from '../../src/richText'
import { actAs } from '../../src/workflow/gate'
import { createItem, readyForApproval, sampleData } from '../helpers/fixtures'
import { pngImage } from '../helpers/files'
import { withServer } from '../helpers/server'

type Agent = supertest.Agent
type Workflow = { hash: string; history: { action: string; hash: string; userId: string }[]; state: string }

withServer(
  'the publishing gate',
  (s) => {
    /** Everything an attempt could have changed: the live version, the newest version, the audit log. */
    const state = async (collection: ContentCollection, id: number | string) => {
      const live = await s().payload.findByID({ collection, depth: 0, disableErrors: true, id })
      const latest = await s().payload.findByID({ collection, depth: 0, draft: true, id })
      const audits = await s().payload.count({ collection: 'audit-log' })
      const strip = (d: unknown) => d && { ...(d as object), updatedAt: undefined }
      return JSON.stringify({ audits: audits.totalDocs, latest: strip(latest), live: strip(live) })
    }
    const workflowOf = async (collection: ContentCollection, id: number | string) =>
      ((await s().payload.findByID({ collection, draft: true, id })) as unknown as { workflow: Workflow }).workflow
    const act = (agent: Agent, collection: string, id: unknown, action: string, comment?: string) =>
      agent.post(`/api/${collection}/${id}/workflow`).send({ action, comment })

    /** Runs an attempt and checks it was refused with a 4xx and changed nothing. */
    const refused = async <R extends { status: number }>(
      collection: ContentCollection,
      id: number | string,
      attempt: () => Promise<R>,
      status?: number,
    ) => {
      const before = await state(collection, id)
      const res = await attempt()
      if (status) expect(res.status).toBe(status)
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      expect(await state(collection, id)).toBe(before)
      return res
    }

    it('happy path: editor → reviewer → approver → published, with the audit log showing each, hashes equal', async () => {
      const { agent: editor, user: author } = await s().as('editor')
      const { agent: reviewer } = await s().as('reviewer')
      const { agent: approver } = await s().as('approver')
      const created = await editor.post('/api/news').send({ body: richText('青石乡召开安全生产会议。'), title: '安全生产会议' })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      expect(created.body.doc.workflow.state).toBe('draft')

      expect((await act(editor, 'news', id, 'submit')).body).toMatchObject({ state: 'pending-review' })
      expect((await s().request.get(`/api/news/${id}`)).status).toBe(404)
      expect((await act(reviewer, 'news', id, 'pass-review', '无涉密内容')).body).toMatchObject({ state: 'pending-approval' })
      expect((await s().request.get(`/api/news/${id}`)).status).toBe(404)
      const approved = await act(approver, 'news', id, 'approve', '同意发布')
      expect(approved.status).toBe(200)
      expect(approved.body.state).toBe('published')

      const live = await s().request.get(`/api/news/${id}`)
      expect(live.status).toBe(200)
      expect(live.body.title).toBe('安全生产会议')
      expect(live.body.workflow.state).toBe('published')

      const { agent: admin } = await s().as('admin')
      const log = await admin.get(`/api/audit-log?where[document][equals]=${id}&where[collection][equals]=news&sort=createdAt&limit=10`)
      expect(log.status).toBe(200)
      expect(log.body.docs.map((e: { action: string }) => e.action)).toEqual(['submit', 'pass-review', 'approve', 'publish'])
      expect(log.body.docs.map((e: { role: string }) => e.role)).toEqual(['editor', 'reviewer', 'approver', null])
      expect(new Set(log.body.docs.map((e: { contentHash: string }) => e.contentHash)).size).toBe(1)
      expect(log.body.docs[0].contentHash).toMatch(/^[0-9a-f]{64}$/)
      expect(log.body.docs[1].comment).toBe('无涉密内容')
      expect(log.body.docs[0].user).toMatchObject({ id: author.id })

      const wf = (await editor.get(`/api/news/${id}?draft=true`)).body.workflow as Workflow
      expect(wf.history.map((d) => d.action)).toEqual(['submit', 'pass-review', 'approve'])
      expect(new Set(wf.history.map((d) => d.hash))).toEqual(new Set([wf.hash]))
    })

    it('two approvers pressing approve at once: one publishes, the other is refused', async () => {
      const item = await createItem(s(), 'news', 'draft', '同时审签')
      await readyForApproval(s(), 'news', item.id)
      const [{ agent: first }, { agent: second }] = await Promise.all([s().as('approver'), s().as('approver')])
      const results = await Promise.all([act(first, 'news', item.id, 'approve'), act(second, 'news', item.id, 'approve')])
      expect(results.map((r) => r.status).sort()).toEqual([200, 409])
      const approvals = await s().payload.count({
        collection: 'audit-log',
        where: { and: [{ document: { equals: String(item.id) } }, { action: { in: ['approve', 'publish'] } }] },
      })
      expect(approvals.totalDocs).toBe(2)
      expect((await s().request.get(`/api/news/${item.id}`)).status).toBe(200)
    })

    it('rejection returns the item to draft with the reason; withdrawal hides it everywhere', async () => {
      const item = await createItem(s(), 'policies', 'draft', '待退回的文件')
      const { agent: editor } = await s().as('editor')
      await readyForApproval(s(), 'policies', item.id)
      const { agent: approver } = await s().as('approver')
      const rejected = await act(approver, 'policies', item.id, 'reject', '文号有误，请核实')
      expect(rejected.body).toMatchObject({ state: 'draft' })
      const draft = (await editor.get(`/api/policies/${item.id}?draft=true`)).body
      expect(draft.workflow).toMatchObject({ reason: '文号有误，请核实', state: 'draft' })

      const published = await createItem(s(), 'news', 'published', '将被撤回')
      expect((await s().request.get(`/api/news/${published.id}`)).status).toBe(200)
      const withdrawn = await act(approver, 'news', published.id, 'withdraw', '信息已过时')
      expect(withdrawn.body).toMatchObject({ state: 'withdrawn' })
      expect((await s().request.get(`/api/news/${published.id}`)).status).toBe(404)
      const list = await s().request.get(`/api/news?limit=100&where[id][equals]=${published.id}`)
      expect(list.body.docs).toEqual([])
    })

    // ── The bypass matrix: every attempt is a 4xx and leaves the database as it was. ──

    it('editor sets _status: published on a draft (PATCH), or creates an item published (POST)', async () => {
      const item = await createItem(s(), 'news', 'draft')
      const { agent } = await s().as('editor')
      const res = await refused('news', item.id, () => agent.patch(`/api/news/${item.id}`).send({ _status: 'published' }), 403)
      expect(res.body.errors[0].message).toContain('保密审查')
      await refused('news', item.id, () => agent.patch(`/api/news/${item.id}?draft=false`).send({ _status: 'published', title: 'x' }), 403)
      const before = await s().payload.count({ collection: 'news' })
      const created = await agent.post('/api/news').send({ ...(await sampleData(s(), 'news')), _status: 'published' })
      expect(created.status).toBe(403)
      expect((await s().payload.count({ collection: 'news' })).totalDocs).toBe(before.totalDocs)
    })

    it('editor writes workflow fields (state, hash, history), on update and on create', async () => {
      const item = await createItem(s(), 'meetings', 'draft')
      const { agent } = await s().as('editor')
      for (const workflow of [{ state: 'approved' }, { hash: 'f'.repeat(64) }, { history: [], state: 'published' }]) {
        await refused('meetings', item.id, () => agent.patch(`/api/meetings/${item.id}?draft=true`).send({ workflow }), 403)
      }
      const before = await s().payload.count({ collection: 'meetings' })
      const res = await agent.post('/api/meetings').send({ ...(await sampleData(s(), 'meetings')), workflow: { state: 'approved' } })
      expect(res.status).toBe(403)
      expect((await s().payload.count({ collection: 'meetings' })).totalDocs).toBe(before.totalDocs)
    })

    it('the author can neither review nor approve their own item, even holding the roles', async () => {
      const { agent: author, user } = await s().as('editor', 'reviewer', 'approver')
      const created = await author.post('/api/news').send(await sampleData(s(), 'news', '自写自审'))
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      // Someone else submits, so only authorship stands between the author and each decision.
      const chain = await s().chain()
      await actAs(s().payload, chain.submitter, 'news', id, 'submit')
      const review = await refused('news', id, () => act(author, 'news', id, 'pass-review'), 403)
      expect(review.body.errors[0].code).toBe('own-work')
      const { agent: reviewer } = await s().as('reviewer')
      expect((await act(reviewer, 'news', id, 'pass-review')).body).toMatchObject({ state: 'pending-approval' })
      const approval = await refused('news', id, () => act(author, 'news', id, 'approve'), 403)
      expect(approval.body.errors[0].code).toBe('own-work')
      expect((await s().request.get(`/api/news/${id}`)).status).toBe(404)
      const { agent: admin } = await s().as('admin')
      const log = await admin.get(`/api/audit-log?where[document][equals]=${id}&where[collection][equals]=news&sort=createdAt`)
      expect(log.body.docs.map((e: { action: string }) => e.action)).toEqual(['submit', 'pass-review'])
      expect(log.body.docs.filter((e: { user: { id: unknown } }) => e.user.id === user.id)).toEqual([])
    })

    it('one person reviews and approves the same version', async () => {
      const item = await createItem(s(), 'news', 'draft')
      const chain = await s().chain()
      const { agent: both } = await s().as('reviewer', 'approver')
      await actAs(s().payload, chain.submitter, 'news', item.id, 'submit')
      expect((await act(both, 'news', item.id, 'pass-review')).status).toBe(200)
      const res = await refused('news', item.id, () => act(both, 'news', item.id, 'approve'), 403)
      expect(res.body.errors[0].code).toBe('same-person')
    })

    it('approval before review; review of an unsubmitted draft; an admin skipping a level', async () => {
      const item = await createItem(s(), 'news', 'draft')
      const { agent: reviewer } = await s().as('reviewer')
      await refused('news', item.id, () => act(reviewer, 'news', item.id, 'pass-review'), 409)
      const chain = await s().chain()
      await actAs(s().payload, chain.submitter, 'news', item.id, 'submit')
      const { agent: approver } = await s().as('approver')
      await refused('news', item.id, () => act(approver, 'news', item.id, 'approve'), 409)
      const { agent: admin } = await s().as('admin')
      await refused('news', item.id, () => act(admin, 'news', item.id, 'pass-review'), 403)
      await refused('news', item.id, () => act(admin, 'news', item.id, 'approve'), 409)
    })

    it('wrong roles and missing reasons: printer submits, anonymous acts, reject or withdraw without a reason, editor withdraws', async () => {
      const item = await createItem(s(), 'news', 'draft')
      const { agent: printer } = await s().as('printer')
      await refused('news', item.id, () => act(printer, 'news', item.id, 'submit'))
      await refused('news', item.id, () => act(s().request, 'news', item.id, 'submit'), 401)
      await refused('news', item.id, () => act(printer, 'news', item.id, 'publish'), 400)
      await readyForApproval(s(), 'news', item.id)
      const { agent: approver } = await s().as('approver')
      await refused('news', item.id, () => act(approver, 'news', item.id, 'reject', '  '), 400)
      const live = await createItem(s(), 'news', 'published')
      await refused('news', live.id, () => act(approver, 'news', live.id, 'withdraw'), 400)
      const { agent: editor } = await s().as('editor')
      await refused('news', live.id, () => act(editor, 'news', live.id, 'withdraw', '想撤'), 403)
    })

    it('restoring an old published version over a rejected one', async () => {
      const chain = await s().chain()
      const item = await createItem(s(), 'news', 'published', '原发布版本')
      await s().payload.update({ collection: 'news', data: { title: '被退回的修改' }, draft: true, id: item.id, user: chain.submitter })
      await readyForApproval(s(), 'news', item.id)
      const { agent: approver } = await s().as('approver')
      await act(approver, 'news', item.id, 'reject', '不同意修改')
      const { agent: editor } = await s().as('editor')
      const versions = await editor.get(`/api/news/versions?where[parent][equals]=${item.id}&where[version._status][equals]=published&limit=1`)
      expect(versions.status).toBe(200)
      const versionId = versions.body.docs[0].id
      await refused('news', item.id, () => editor.post(`/api/news/versions/${versionId}`), 403)
      expect((await s().request.get(`/api/news/${item.id}`)).body.title).toBe('原发布版本')
    })

    it('bulk PATCH via where, publishing or writing workflow', async () => {
      const a = await createItem(s(), 'policies', 'draft', '批量甲')
      const b = await createItem(s(), 'policies', 'draft', '批量乙')
      const { agent } = await s().as('editor')
      const where = `where[id][in]=${a.id},${b.id}`
      await refused('policies', a.id, () => agent.patch(`/api/policies?${where}`).send({ _status: 'published' }))
      await refused('policies', b.id, () => agent.patch(`/api/policies?${where}&draft=true`).send({ workflow: { state: 'approved' } }))
      expect((await s().request.get(`/api/policies/${a.id}`)).status).toBe(404)
    })

    it('GraphQL mutations: publish by update, create published', async () => {
      const item = await createItem(s(), 'news', 'draft')
      const { agent } = await s().as('editor')
      const before = await state('news', item.id)
      const update = await agent.post('/api/graphql').send({
        query: `mutation { updateNews(id: ${JSON.stringify(item.id)}, data: { _status: published }) { id _status } }`,
      })
      expect(update.body.errors?.[0]?.extensions?.statusCode).toBe(403)
      const create = await agent.post('/api/graphql').send({
        query: 'mutation ($data: mutationNewsInput!) { createNews(data: $data) { id } }',
        variables: { data: { ...(await sampleData(s(), 'news', 'GraphQL直接发布')), _status: 'published' } },
      })
      expect(create.body.errors?.[0]?.extensions?.statusCode).toBe(403)
      expect(await state('news', item.id)).toBe(before)
    })

    it('Local API with a user and overrideAccess: false: publishing and workflow writes', async () => {
      const item = await createItem(s(), 'news', 'draft')
      const chain = await s().chain()
      const before = await state('news', item.id)
      await expect(
        s().payload.update({ collection: 'news', data: { _status: 'published' }, id: item.id, overrideAccess: false, user: chain.submitter }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(
        s().payload.update({
          collection: 'news',
          data: { workflow: { state: 'approved' } },
          draft: true,
          id: item.id,
          overrideAccess: false,
          user: chain.submitter,
        }),
      ).rejects.toMatchObject({ status: 403 })
      expect(await state('news', item.id)).toBe(before)
      expect((await s().request.get(`/api/news/${item.id}`)).status).toBe(404)
    })

    it('the audit log is append-only for everyone, through REST, GraphQL and the Local API', async () => {
      await createItem(s(), 'news', 'published')
      const { agent: admin } = await s().as('admin')
      const entry = (await admin.get('/api/audit-log?limit=1')).body.docs[0]
      const before = JSON.stringify(await s().payload.findByID({ collection: 'audit-log', id: entry.id }))
      expect((await admin.patch(`/api/audit-log/${entry.id}`).send({ comment: '改写记录' })).status).toBe(403)
      expect((await admin.delete(`/api/audit-log/${entry.id}`)).status).toBe(403)
      expect((await admin.post('/api/audit-log').send({ action: 'approve', collection: 'news', document: '1' })).status).toBe(403)
      const gql = await admin.post('/api/graphql').send({ query: `mutation { deleteAuditLog(id: ${JSON.stringify(entry.id)}) { id } }` })
      expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
      await expect(s().payload.delete({ collection: 'audit-log', id: entry.id })).rejects.toMatchObject({ status: 403 })
      await expect(s().payload.update({ collection: 'audit-log', data: { comment: 'x' }, id: entry.id })).rejects.toMatchObject({ status: 403 })
      expect(JSON.stringify(await s().payload.findByID({ collection: 'audit-log', id: entry.id }))).toBe(before)
      const { agent: editor } = await s().as('editor')
      expect((await s().request.get('/api/audit-log')).status).toBe(403)
      expect((await editor.get('/api/audit-log')).status).toBe(200)
    })

    it('anonymous readers never see an item in review: by id, ?draft=true, /versions, GraphQL', async () => {
      const item = await createItem(s(), 'news', 'draft', '审核中的稿件')
      await readyForApproval(s(), 'news', item.id)
      expect((await s().request.get(`/api/news/${item.id}?draft=true`)).status).toBe(404)
      expect((await s().request.get(`/api/news/versions?where[parent][equals]=${item.id}`)).status).toBe(403)
      const gql = await s()
        .request.post('/api/graphql')
        .send({ query: `{ News(id: ${JSON.stringify(item.id)}, draft: true) { title } }` })
      expect(gql.body.data?.News ?? null).toBeNull()
      const list = await s().request.get('/api/news?draft=true&limit=200')
      expect(list.body.docs.map((d: { title: string }) => d.title)).not.toContain('审核中的稿件')
    })

    it('an edit to a published item is a new draft: the live version stays until the new one passes both reviews', async () => {
      const item = await createItem(s(), 'news', 'published', '已上线标题')
      const { agent: editor } = await s().as('editor')
      // Even without ?draft=true, and even asking to unpublish, an editor's write only makes a draft.
      await editor.patch(`/api/news/${item.id}`).send({ title: '修改中的标题' }).expect(200)
      await editor.patch(`/api/news/${item.id}`).send({ _status: 'draft' }).expect(200)
      expect((await s().request.get(`/api/news/${item.id}`)).body.title).toBe('已上线标题')
      expect((await workflowOf('news', item.id)).state).toBe('draft')
      await readyForApproval(s(), 'news', item.id)
      expect((await s().request.get(`/api/news/${item.id}`)).body.title).toBe('已上线标题')
      const { agent: approver } = await s().as('approver')
      expect((await act(approver, 'news', item.id, 'approve')).body.state).toBe('published')
      const live = (await s().request.get(`/api/news/${item.id}`)).body
      expect(live.title).toBe('修改中的标题')
      expect(live.indexNumber).toBe(item.indexNumber)
    })

    // ── 定时发布: the server's own job, every JOB_INTERVAL_SECONDS (5 s here), publishes what is approved and due, and nothing else. ──
    describe('scheduled publication, by the server', () => {
      /** When every item of this block is due. */
      let at: Date
      const ids = {} as Record<'due' | 'edited' | 'swapped' | 'unapproved' | 'withdrawn', number | string>
      let approver: Agent
      let reviewedFile: string

      /** An item approved by the approver to go out at `at`. */
      const scheduled = async (collection: ContentCollection, title: string, data: Record<string, unknown> = {}) => {
        const chain = await s().chain()
        const item = await createItem(s(), collection, 'draft', title)
        await s().payload.update({ collection, data: { ...data, publishAt: at.toISOString() }, draft: true, id: item.id, user: chain.submitter })
        await readyForApproval(s(), collection, item.id)
        expect((await act(approver, collection, item.id, 'approve')).body).toMatchObject({ state: 'approved' })
        return item.id
      }

      beforeAll(async () => {
        // Far enough ahead for the set-up to be done before it.
        at = new Date(Date.now() + 30_000)
        approver = (await s().as('approver')).agent
        const { agent: editor } = await s().as('editor')
        const chain = await s().chain()

        ids.unapproved = (await createItem(s(), 'news', 'draft', '未审核的定时稿')).id
        const past = new Date(Date.now() - 60_000).toISOString()
        await s().payload.update({ collection: 'news', data: { publishAt: past }, draft: true, id: ids.unapproved, user: chain.submitter })

        ids.edited = await scheduled('news', '审签后被修改的定时稿')
        await editor.patch(`/api/news/${ids.edited}?draft=true`).send({ title: '审签后偷偷修改' }).expect(200)

        ids.withdrawn = await scheduled('news', '撤回的定时稿')
        expect((await act(approver, 'news', ids.withdrawn, 'withdraw', '暂缓发布')).body).toMatchObject({ state: 'withdrawn' })

        const photo = await editor
          .post('/api/media')
          .field('_payload', JSON.stringify({ alt: '现场照片' }))
          .attach('file', await pngImage(60, 40), 'photo.png')
          .expect(201)
        ids.swapped = await scheduled('news', '带图的定时稿', { cover: photo.body.doc.id })
        reviewedFile = photo.body.doc.sha256
        // The reviewed file is frozen (src/workflow/mediaGate.ts): a swap is refused, the reviewed file goes out.
        await editor
          .patch(`/api/media/${photo.body.doc.id}`)
          .attach('file', await pngImage(80, 40), 'photo2.png')
          .expect(409)

        // Meetings come after news in the job's pass: once this one is live, that run has seen every item above.
        ids.due = await scheduled('meetings', '定时发布的会议')
        expect(Date.now(), 'set-up finished before the items were due').toBeLessThan(at.getTime())
        expect((await s().request.get(`/api/meetings/${ids.due}`)).status).toBe(404)
        const deadline = at.getTime() + 150_000
        while ((await s().request.get(`/api/meetings/${ids.due}`)).status !== 200) {
          if (Date.now() > deadline) throw new Error(`the server's scheduled publication did not run; its log:\n${s().log().slice(-4000)}`)
          await new Promise((r) => setTimeout(r, 1000))
        }
      }, 300_000)

      it('an approved item publishes at its time, not before', async () => {
        const live = await s().request.get(`/api/meetings/${ids.due}`)
        expect(live.status).toBe(200)
        expect(live.body.title).toBe('定时发布的会议')
        expect(live.body.workflow.state).toBe('published')
        expect(new Date(live.body.publishedAt).getTime()).toBeGreaterThanOrEqual(at.getTime())
        expect(live.body.indexNumber).toMatch(/\/\d{4}-\d{5}$/)
      })

      it('an item never approved does not publish, whatever its publishAt', async () => {
        expect((await s().request.get(`/api/news/${ids.unapproved}`)).status).toBe(404)
        expect((await workflowOf('news', ids.unapproved)).state).toBe('draft')
      })

      it('an edit after approval voids it: nothing publishes at publishAt, and approving again is refused', async () => {
        expect((await s().request.get(`/api/news/${ids.edited}`)).status).toBe(404)
        expect((await workflowOf('news', ids.edited)).state).toBe('draft')
        const voided = await s().payload.count({
          collection: 'audit-log',
          where: { and: [{ document: { equals: String(ids.edited) } }, { action: { equals: 'void' } }] },
        })
        expect(voided.totalDocs).toBe(1)
        await refused('news', ids.edited, () => act(approver, 'news', ids.edited, 'approve'), 409)
      })

      it('withdrawing an approved item before its publishAt cancels the publication', async () => {
        expect((await s().request.get(`/api/news/${ids.withdrawn}`)).status).toBe(404)
        expect((await workflowOf('news', ids.withdrawn)).state).toBe('withdrawn')
      })

      it('a file swap after approval is refused: the item publishes at its time with the reviewed file', async () => {
        const live = await s().request.get(`/api/news/${ids.swapped}?depth=1`)
        expect(live.status).toBe(200)
        expect(live.body.workflow.state).toBe('published')
        expect(live.body.cover.sha256).toBe(reviewedFile)
      })
    })
  },
  { env: () => ({ JOB_INTERVAL_SECONDS: '5' }) },
)
