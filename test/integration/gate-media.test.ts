import type supertest from 'supertest'

import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createLocalReq } from 'payload'
import { expect, it } from 'vitest'

import type { ContentCollection } from '../helpers/fixtures'

import { reviewAndPublish, submitAndReview } from '../../src/seed/reviewAndPublish'
import { actAs, publishDue } from '../../src/workflow/gate'
import { itemHash } from '../../src/workflow/itemHash'
import { adoptExistingMedia } from '../../src/workflow/mediaGate'
import { PUBLISHABLE_SLUGS } from '../../src/publishable'
import { binary, pdfDocument, pngImage } from '../helpers/files'
import { sampleData } from '../helpers/fixtures'
import { withServer } from '../helpers/server'

type Agent = supertest.Agent
type MediaDoc = {
  alt?: null | string
  caption?: null | string
  filename: string
  id: number | string
  sizes?: Record<string, { url?: null | string }>
  url: string
}

withServer('media are part of the reviewed version', (s) => {
  const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
  const pathOf = (url: string) => new URL(url, 'http://x').pathname + new URL(url, 'http://x').search
  /** The file store: every file on disk with its bytes' hash. */
  const store = () =>
    readdirSync(s().mediaDir)
      .sort()
      .map((f) => `${f}:${sha(readFileSync(path.join(s().mediaDir, f)))}`)
  /** Everything a media attempt could change: the media rows, the items' live and newest versions, the audit log, the files. */
  const snapshot = async (items: Array<[ContentCollection, number | string]>) => {
    const media = await s().payload.find({ collection: 'media', depth: 0, pagination: false, sort: 'id' })
    const versions = await Promise.all(
      items.map(async ([collection, id]) => [
        await s().payload.findByID({ collection, depth: 0, disableErrors: true, id }),
        await s().payload.findByID({ collection, depth: 0, draft: true, id }),
      ]),
    )
    const audits = (await s().payload.count({ collection: 'audit-log' })).totalDocs
    return JSON.stringify({ audits, files: store(), media: media.docs, versions })
  }
  /** An attempt refused with a 4xx (or a GraphQL error) that changed nothing in the database or the file store. */
  const refused = async (
    items: Array<[ContentCollection, number | string]>,
    attempt: () => Promise<{ body: unknown; status: number }>,
    name = '',
  ) => {
    const before = await snapshot(items)
    const res = await attempt()
    const graphQLError = res.status === 200 && Array.isArray((res.body as { errors?: unknown[] }).errors)
    if (!graphQLError) {
      expect(res.status, `${name} ${JSON.stringify(res.body)}`).toBeGreaterThanOrEqual(400)
      expect(res.status, name).toBeLessThan(500)
    }
    expect(await snapshot(items), name).toBe(before)
    return res
  }
  const upload = async (agent: Agent, data: Record<string, string>, file: Buffer, filename: string, contentType: string) => {
    const res = await agent.post('/api/media').field('_payload', JSON.stringify(data)).attach('file', file, { contentType, filename })
    expect(res.status).toBe(201)
    return res.body.doc as MediaDoc
  }
  const hidden = (status: number) => status === 403 || status === 404

  /**
   * What an anonymous reader gets of a media document through the server's public address (the cache front):
   * its metadata by id, in the list, by a `where` search, through GraphQL, the original's bytes and one image size.
   */
  const publicView = async (doc: MediaDoc) => {
    const anonymous = s().request
    const byId = await anonymous.get(`/api/media/${doc.id}`)
    const list = await anonymous.get('/api/media?limit=100&depth=0')
    const search = await anonymous.get(`/api/media?where[filename][equals]=${encodeURIComponent(doc.filename)}`)
    const gql = await anonymous
      .post('/api/graphql')
      .send({ query: `{ allMedia(where: { filename: { equals: ${JSON.stringify(doc.filename)} } }) { docs { id alt caption } } }` })
    const file = await anonymous.get(pathOf(doc.url)).buffer(true).parse(binary)
    const sizeUrl = doc.sizes?.thumbnail?.url
    const size = sizeUrl ? await anonymous.get(pathOf(sizeUrl)).buffer(true).parse(binary) : null
    return {
      byId:
        byId.status === 200
          ? { alt: byId.body.alt ?? null, caption: byId.body.caption ?? null, filename: byId.body.filename }
          : hidden(byId.status)
            ? 'hidden'
            : byId.status,
      file: file.status === 200 ? sha(file.body as Buffer) : hidden(file.status) ? 'hidden' : file.status,
      graphQL: (gql.body.data?.allMedia?.docs ?? []).map((d: { alt: string; caption: string }) => [d.alt ?? null, d.caption ?? null]),
      listed: (list.body.docs as MediaDoc[]).filter((d) => d.id === doc.id).map((d) => [d.alt ?? null, d.caption ?? null]),
      searched: (search.body.docs as MediaDoc[]).map((d) => [d.alt ?? null, d.caption ?? null]),
      size: size === null ? null : size.status === 200 ? 'served' : hidden(size.status) ? 'hidden' : size.status,
    }
  }
  const isPrivate = (view: Awaited<ReturnType<typeof publicView>>) =>
    expect(view).toMatchObject({ byId: 'hidden', file: 'hidden', graphQL: [], listed: [], searched: [] })
  const isPublic = (view: Awaited<ReturnType<typeof publicView>>, doc: MediaDoc, bytes: Buffer) =>
    expect(view).toEqual({
      byId: { alt: doc.alt ?? null, caption: doc.caption ?? null, filename: doc.filename },
      file: sha(bytes),
      graphQL: [[doc.alt ?? null, doc.caption ?? null]],
      listed: [[doc.alt ?? null, doc.caption ?? null]],
      searched: [[doc.alt ?? null, doc.caption ?? null]],
      size: doc.sizes?.thumbnail?.url ? 'served' : null,
    })

  /** Every way a client could change or delete a media document: REST, GraphQL, the Local API as a user. */
  const everyChange = (agent: Agent, user: unknown, doc: MediaDoc, replacement: Buffer, type: string) => ({
    'REST PATCH alt': () => agent.patch(`/api/media/${doc.id}`).send({ alt: '改过的替代文字' }),
    'REST PATCH caption': () => agent.patch(`/api/media/${doc.id}`).send({ caption: '改过的说明' }),
    'REST PATCH filename': () => agent.patch(`/api/media/${doc.id}`).send({ filename: 'renamed.png' }),
    'REST PATCH focal point': () => agent.patch(`/api/media/${doc.id}`).send({ focalX: 10, focalY: 10 }),
    'REST PATCH by where': () => agent.patch(`/api/media?where[id][equals]=${doc.id}`).send({ caption: '批量改过' }),
    'REST PATCH with a new file': () =>
      agent
        .patch(`/api/media/${doc.id}`)
        .field('_payload', JSON.stringify({}))
        .attach('file', replacement, { contentType: type, filename: doc.filename }),
    'REST DELETE': () => agent.delete(`/api/media/${doc.id}`),
    'REST DELETE by where': () => agent.delete(`/api/media?where[id][equals]=${doc.id}`),
    'GraphQL update': () =>
      agent.post('/api/graphql').send({
        query: `mutation { updateMedia(id: ${JSON.stringify(doc.id)}, data: { alt: "经GraphQL改过", caption: "经GraphQL改过" }) { id alt } }`,
      }),
    'GraphQL delete': () => agent.post('/api/graphql').send({ query: `mutation { deleteMedia(id: ${JSON.stringify(doc.id)}) { id } }` }),
    'Local API update (overrideAccess: false)': () =>
      s()
        .payload.update({
          id: doc.id,
          collection: 'media',
          data: { alt: '本地改过', caption: '本地改过' },
          overrideAccess: false,
          user: user as never,
        })
        .then(
          () => ({ body: {}, status: 200 }),
          (e: { status?: number }) => ({ body: {}, status: e.status ?? 500 }),
        ),
    'Local API delete (overrideAccess: false)': () =>
      s()
        .payload.delete({ id: doc.id, collection: 'media', overrideAccess: false, user: user as never })
        .then(
          () => ({ body: {}, status: 200 }),
          (e: { status?: number }) => ({ body: {}, status: e.status ?? 500 }),
        ),
  })

  it('a draft’s file is staff-only; frozen from submission; public only while a live version uses it; a change goes live only through review', async () => {
    const chain = await s().chain()
    const { agent: editor } = await s().as('editor')
    const photo = await pngImage(640, 480)
    const cover = await upload(editor, { alt: '乡政府大院', caption: '大院全景' }, photo, 'yard.png', 'image/png')
    const news = await s().payload.create({
      collection: 'news',
      data: { ...(await sampleData(s(), 'news', '封面图测试')), cover: cover.id } as never,
      draft: true,
      user: chain.submitter,
    })
    const item: Array<[ContentCollection, number | string]> = [['news', news.id]]

    // Before submission: staff read it, the public reads nothing of it.
    isPrivate(await publicView(cover))
    expect((await editor.get(`/api/media/${cover.id}`)).status).toBe(200)
    expect((await editor.get(pathOf(cover.url))).status).toBe(200)
    // A draft's file may still be mended: it is not part of any reviewed version yet.
    expect((await editor.patch(`/api/media/${cover.id}`).send({ caption: '大院全景（南向）' })).status).toBe(200)
    cover.caption = '大院全景（南向）'

    // In review: frozen on every path, still private.
    await submitAndReview(s().payload, 'news', news.id, chain)
    isPrivate(await publicView(cover))
    const other = await pngImage(641, 480)
    for (const [name, attempt] of Object.entries(everyChange(editor, chain.submitter, cover, other, 'image/png'))) {
      const res = await refused(item, attempt, name)
      if (name.startsWith('REST') && !name.includes('where')) expect(JSON.stringify(res.body)).toContain('上传新文件')
    }

    // Published: public with exactly the reviewed text and bytes; still frozen on every path.
    const approved = await actAs(s().payload, chain.approver, 'news', news.id, 'approve')
    expect(approved.body).toMatchObject({ state: 'published' })
    isPublic(await publicView(cover), cover, photo)
    expect((await s().request.get(`/api/news/${news.id}?depth=1`)).body.cover).toMatchObject({ alt: '乡政府大院', caption: '大院全景（南向）' })
    for (const [name, attempt] of Object.entries(everyChange(editor, chain.submitter, cover, other, 'image/png'))) await refused(item, attempt, name)
    isPublic(await publicView(cover), cover, photo)

    // The way to change it: a new file in a new draft. The public answer stays the reviewed one until that passes.
    const newCover = await upload(editor, { alt: '乡政府新大楼', caption: '新大楼正面' }, other, 'building.png', 'image/png')
    const edit = await editor.patch(`/api/news/${news.id}`).send({ cover: newCover.id })
    expect(edit.status).toBe(200)
    expect((await s().request.get(`/api/news/${news.id}?depth=1`)).body.cover).toMatchObject({ alt: '乡政府大院', id: cover.id })
    isPublic(await publicView(cover), cover, photo)
    isPrivate(await publicView(newCover))
    const draftAgain = await s().payload.findByID({ collection: 'news', draft: true, id: news.id })
    expect((draftAgain as unknown as { workflow: { state: string } }).workflow.state).toBe('draft')

    await reviewAndPublish(s().payload, 'news', news.id, chain)
    expect((await s().request.get(`/api/news/${news.id}?depth=1`)).body.cover).toMatchObject({ alt: '乡政府新大楼', id: newCover.id })
    isPublic(await publicView(newCover), newCover, other)
    // The old file is no longer in any live version: private again (and still frozen: it was reviewed).
    isPrivate(await publicView(cover))
    await refused(item, () => editor.delete(`/api/media/${cover.id}`))

    // Withdrawal takes the file off the public API with the item; staff still read it.
    const withdrawn = await actAs(s().payload, chain.approver, 'news', news.id, 'withdraw', '信息有误')
    expect(withdrawn.status).toBe(200)
    isPrivate(await publicView(newCover))
    expect((await editor.get(`/api/media/${newCover.id}`)).status).toBe(200)
    expect((await editor.get(pathOf(newCover.sizes!.thumbnail!.url!))).status).toBe(200)
  })

  it('an attachment shared by two published policies stays public until the last one is withdrawn, and cannot be deleted', async () => {
    const chain = await s().chain()
    const { agent: editor } = await s().as('editor')
    const pdf = pdfDocument('Annex')
    const annex = await upload(editor, { caption: '附件：补助标准' }, pdf, 'annex.pdf', 'application/pdf')
    const policies = []
    for (const title of ['补助办法', '补助办法（续）']) {
      const policy = await s().payload.create({
        collection: 'policies',
        data: { ...(await sampleData(s(), 'policies', title)), attachments: [annex.id] } as never,
        draft: true,
        user: chain.submitter,
      })
      policies.push(policy.id)
    }
    isPrivate(await publicView(annex))
    for (const id of policies) await reviewAndPublish(s().payload, 'policies', id, chain)
    isPublic(await publicView(annex), annex, pdf)
    const items = policies.map((id) => ['policies', id] as [ContentCollection, number | string])
    await refused(items, () => editor.delete(`/api/media/${annex.id}`))
    await refused(items, () => editor.patch(`/api/media/${annex.id}`).send({ caption: '附件：新标准' }))

    expect((await actAs(s().payload, chain.approver, 'policies', policies[0]!, 'withdraw', '已废止')).status).toBe(200)
    isPublic(await publicView(annex), annex, pdf)
    expect((await actAs(s().payload, chain.approver, 'policies', policies[1]!, 'withdraw', '已废止')).status).toBe(200)
    isPrivate(await publicView(annex))
    await refused(items, () => editor.delete(`/api/media/${annex.id}`))
  })

  it('the review binds each file’s text as well as its bytes: a same-bytes document with other text is another version', async () => {
    const chain = await s().chain()
    const { agent: editor } = await s().as('editor')
    const photo = await pngImage(320, 240)
    const first = await upload(editor, { alt: '村道硬化工程', caption: '完工照片' }, photo, 'road.png', 'image/png')
    const twin = await upload(editor, { alt: '张三家门口（身份证号见说明）', caption: '另一段说明' }, photo, 'road-copy.png', 'image/png')
    const make = async (title: string, publishAt?: string) =>
      s().payload.create({
        collection: 'news',
        data: { ...(await sampleData(s(), 'news', title)), cover: first.id, ...(publishAt ? { publishAt } : {}) } as never,
        draft: true,
        user: chain.submitter,
      })
    const req = await createLocalReq({}, s().payload)
    const config = s().payload.collections.news.config
    const a = await make('同一文件换说明')
    const doc = (await s().payload.findByID({ collection: 'news', depth: 0, draft: true, id: a.id })) as unknown as Record<string, unknown>
    const hash = await itemHash(req, config, doc)
    for (const [field, value] of Object.entries({ alt: '别的替代文字', caption: '别的说明', filename: 'other.png', mimeType: 'image/jpeg' })) {
      const kept = (first as unknown as Record<string, unknown>)[field]
      await s().payload.db.updateOne({ id: first.id, collection: 'media', data: { [field]: value }, returning: false })
      expect(await itemHash(req, config, doc), field).not.toBe(hash)
      await s().payload.db.updateOne({ id: first.id, collection: 'media', data: { [field]: kept }, returning: false })
    }
    expect(await itemHash(req, config, doc)).toBe(hash)

    // Swapping the cover of an approved (scheduled) item for the twin voids the approval: it never goes out.
    const later = new Date(Date.now() + 3_600_000).toISOString()
    const scheduled = await make('定时发布换封面', later)
    await reviewAndPublish(s().payload, 'news', scheduled.id, chain)
    expect(
      ((await s().payload.findByID({ collection: 'news', draft: true, id: scheduled.id })) as unknown as { workflow: { state: string } }).workflow
        .state,
    ).toBe('approved')
    expect((await editor.patch(`/api/news/${scheduled.id}`).send({ cover: twin.id })).status).toBe(200)
    const voided = (await s().payload.findByID({ collection: 'news', draft: true, id: scheduled.id })) as unknown as { workflow: { state: string } }
    expect(voided.workflow.state).toBe('draft')
    expect(await publishDue(s().payload, ['news'], new Date(Date.now() + 7_200_000))).toBe(0)
    expect((await s().request.get(`/api/news/${scheduled.id}`)).status).toBe(404)
    isPrivate(await publicView(twin))

    // Text changed under the same id past every API (straight in the database): the approval is refused…
    await submitAndReview(s().payload, 'news', a.id, chain)
    await s().payload.db.updateOne({ id: first.id, collection: 'media', data: { alt: '偷改的替代文字' }, returning: false })
    const approve = await actAs(s().payload, chain.approver, 'news', a.id, 'approve')
    expect(approve.status).toBe(409)
    expect(approve.body).toMatchObject({ errors: [{ code: 'changed' }] })
    isPrivate(await publicView(first))
    // …and a scheduled publication of an approved version whose file text changed does not happen.
    await s().payload.db.updateOne({ id: first.id, collection: 'media', data: { alt: '村道硬化工程' }, returning: false })
    const b = await make('定时发布偷改说明', later)
    await reviewAndPublish(s().payload, 'news', b.id, chain)
    await s().payload.db.updateOne({ id: first.id, collection: 'media', data: { caption: '偷改的说明' }, returning: false })
    expect(await publishDue(s().payload, ['news'], new Date(Date.now() + 7_200_000))).toBe(0)
    expect((await s().request.get(`/api/news/${b.id}`)).status).toBe(404)
    isPrivate(await publicView(first))
  })

  it('a file linked from a published body by its URL is public; one only in a draft’s body is not', async () => {
    const chain = await s().chain()
    const { agent: editor } = await s().as('editor')
    const photo = await pngImage(300, 300)
    const inBody = await upload(editor, { alt: '正文插图' }, photo, 'inline.png', 'image/png')
    const linked = await upload(editor, { caption: '正文链接的附件' }, pdfDocument('Linked'), 'linked.pdf', 'application/pdf')
    const block = { direction: 'ltr', format: '', indent: 0, version: 1 }
    const body = {
      root: {
        ...block,
        type: 'root',
        children: [
          { fields: {}, format: '', relationTo: 'media', type: 'upload', value: inBody.id, version: 3 },
          {
            ...block,
            type: 'paragraph',
            children: [
              {
                ...block,
                type: 'link',
                children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: '附件下载', version: 1 }],
                fields: { linkType: 'custom', newTab: false, url: pathOf(linked.url) },
              },
            ],
            textFormat: 0,
            textStyle: '',
          },
        ],
      },
    }
    const news = await s().payload.create({ collection: 'news', data: { body, title: '正文图片' } as never, draft: true, user: chain.submitter })
    isPrivate(await publicView(inBody))
    isPrivate(await publicView(linked))
    await reviewAndPublish(s().payload, 'news', news.id, chain)
    isPublic(await publicView(inBody), inBody, photo)
    isPublic(await publicView(linked), linked, pdfDocument('Linked'))
    await refused([['news', news.id]], () => editor.patch(`/api/media/${inBody.id}`).send({ alt: '改过的插图说明' }))
    await refused([['news', news.id]], () => editor.delete(`/api/media/${linked.id}`))
  })

  it('a database from before the media gate: at the first start its published items’ files become public and frozen', async () => {
    const chain = await s().chain()
    const { agent: editor } = await s().as('editor')
    const photo = await pngImage(200, 150)
    const cover = await upload(editor, { alt: '旧库中的封面', caption: '迁移前已发布' }, photo, 'legacy.png', 'image/png')
    const news = await s().payload.create({
      collection: 'news',
      data: { ...(await sampleData(s(), 'news', '迁移前发布的动态')), cover: cover.id } as never,
      draft: true,
      user: chain.submitter,
    })
    await reviewAndPublish(s().payload, 'news', news.id, chain)
    // As the migration leaves such a database: every file with the new columns at their defaults.
    await s().payload.db.updateOne({ id: cover.id, collection: 'media', data: { frozen: false, live: false, liveIn: null }, returning: false })
    await s().payload.kv.delete('govPublishing:mediaGateAdopted')
    await s().payload.db.updateOne({
      collection: 'public-versions',
      data: { token: 'legacy' },
      returning: false,
      where: { scope: { equals: 'public' } },
    })
    isPrivate(await publicView(cover))
    await adoptExistingMedia(s().payload, PUBLISHABLE_SLUGS)
    await s().payload.db.updateOne({
      collection: 'public-versions',
      data: { token: 'adopted' },
      returning: false,
      where: { scope: { equals: 'public' } },
    })
    isPublic(await publicView(cover), cover, photo)
    await refused([['news', news.id]], () => editor.patch(`/api/media/${cover.id}`).send({ alt: '迁移后改过' }))
  })
})
