import { expect, it } from 'vitest'

import { CONTENT_COLLECTIONS, createItem, sampleData } from '../helpers/fixtures'
import { reviewAndPublish } from '../../src/seed/reviewAndPublish'
import { richText } from '../../src/richText'
import { withServer } from '../helpers/server'

withServer('content collections: who may do what', (s) => {
  for (const collection of CONTENT_COLLECTIONS) {
    it(`${collection}: an editor creates, reads, updates and deletes a draft over REST`, async () => {
      const { agent } = await s().as('editor')
      const data = await sampleData(s(), collection, '编辑新建的草稿')
      const created = await agent.post(`/api/${collection}?draft=true`).send(data)
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      expect(created.body.doc._status).toBe('draft')

      const read = await agent.get(`/api/${collection}/${id}?draft=true`)
      expect(read.status).toBe(200)
      expect(read.body.title).toBe('编辑新建的草稿')

      const updated = await agent.patch(`/api/${collection}/${id}?draft=true`).send({ title: '修改后的标题' })
      expect(updated.status).toBe(200)
      const stored = await s().payload.findByID({ collection, draft: true, id })
      expect(stored.title).toBe('修改后的标题')

      const removed = await agent.delete(`/api/${collection}/${id}`)
      expect(removed.status).toBe(200)
      expect((await s().payload.find({ collection, where: { id: { equals: id } } })).totalDocs).toBe(0)
    })

    it(`${collection}: anonymous users, printers and reviewers cannot create or change items`, async () => {
      const data = await sampleData(s(), collection)
      const before = await s().payload.count({ collection })
      const anonymous = await s().request.post(`/api/${collection}`).send(data)
      expect(anonymous.status).toBe(403)
      for (const role of ['printer', 'reviewer', 'approver'] as const) {
        const { agent } = await s().as(role)
        expect((await agent.post(`/api/${collection}`).send(data)).status).toBe(403)
      }
      expect((await s().payload.count({ collection })).totalDocs).toBe(before.totalDocs)

      const item = await createItem(s(), collection, 'draft', '原标题')
      expect((await s().request.patch(`/api/${collection}/${item.id}`).send({ title: '篡改' })).status).toBe(403)
      const { agent: printer } = await s().as('printer')
      expect((await printer.delete(`/api/${collection}/${item.id}`)).status).toBe(403)
      const stored = await s().payload.findByID({ collection, draft: true, id: item.id })
      expect(stored.title).toBe('原标题')
    })

    it(`${collection}: anonymous reads see published items only — no drafts by id, ?draft=true or /versions`, async () => {
      const published = await createItem(s(), collection, 'published', '已发布条目')
      const draft = await createItem(s(), collection, 'draft', '未发布草稿')

      const list = await s().request.get(`/api/${collection}?limit=100&draft=true`)
      expect(list.status).toBe(200)
      const ids = list.body.docs.map((d: { id: unknown }) => d.id)
      expect(ids).toContain(published.id)
      expect(ids).not.toContain(draft.id)
      expect(list.body.docs.every((d: { _status: string }) => d._status === 'published')).toBe(true)

      expect((await s().request.get(`/api/${collection}/${draft.id}`)).status).toBe(404)
      expect((await s().request.get(`/api/${collection}/${draft.id}?draft=true`)).status).toBe(404)
      expect((await s().request.get(`/api/${collection}/versions`)).status).toBe(403)
      expect((await s().request.get(`/api/${collection}/versions?where[parent][equals]=${draft.id}`)).status).toBe(403)

      const { agent: printer } = await s().as('printer')
      expect((await printer.get(`/api/${collection}/${draft.id}?draft=true`)).status).toBe(404)
      const { agent: reviewer } = await s().as('reviewer')
      expect((await reviewer.get(`/api/${collection}/${draft.id}?draft=true`)).status).toBe(200)
    })

    it(`${collection}: a newer draft of a published item stays hidden from anonymous readers`, async () => {
      const item = await createItem(s(), collection, 'published', '公开版本标题')
      await s().payload.update({ collection, data: { title: '尚未审核的新草稿' }, draft: true, id: item.id })

      for (const query of ['', '?draft=true']) {
        const read = await s().request.get(`/api/${collection}/${item.id}${query}`)
        expect(read.status).toBe(200)
        expect(read.body.title).toBe('公开版本标题')
      }
      const list = await s().request.get(`/api/${collection}?draft=true&where[id][equals]=${item.id}`)
      expect(list.body.docs.map((d: { title: string }) => d.title)).toEqual(['公开版本标题'])
    })

    it(`${collection}: nobody deletes an item once published, not even an admin (it is withdrawn instead)`, async () => {
      const item = await createItem(s(), collection, 'published')
      for (const role of ['editor', 'admin'] as const) {
        const { agent } = await s().as(role)
        expect((await agent.delete(`/api/${collection}/${item.id}`)).status).toBe(403)
      }
      expect((await s().payload.count({ collection, where: { id: { equals: item.id } } })).totalDocs).toBe(1)
      expect((await s().request.get(`/api/${collection}/${item.id}`)).status).toBe(200)
    })
  }

  it('relationships populated for anonymous readers never carry a draft', async () => {
    const policy = await createItem(s(), 'policies', 'published', '已发布的政策')
    const draftNote = await s().payload.create({
      collection: 'policy-interpretations',
      data: { body: richText('一、制定背景'), policy: policy.id, title: '未发布的解读' } as never,
      draft: true,
    })
    const publishedNote = await s().payload.create({
      collection: 'policy-interpretations',
      data: { body: richText('一、制定背景'), policy: policy.id, title: '已发布的解读' } as never,
      draft: true,
    })
    await reviewAndPublish(s().payload, 'policy-interpretations', publishedNote.id, await s().chain())
    const read = await s().request.get(`/api/policies/${policy.id}?depth=2&draft=true`)
    expect(read.status).toBe(200)
    const joined = read.body.interpretations.docs.map((d: { id: unknown } | number | string) => (typeof d === 'object' ? d.id : d))
    expect(joined).toContain(publishedNote.id)
    expect(joined).not.toContain(draftNote.id)

    const draftPolicy = await createItem(s(), 'policies', 'draft', '未发布的政策')
    const note = await s().payload.create({
      collection: 'policy-interpretations',
      data: { body: richText('一、制定背景'), policy: draftPolicy.id, title: '解读' } as never,
      draft: true,
    })
    await reviewAndPublish(s().payload, 'policy-interpretations', note.id, await s().chain())
    const viaNote = await s().request.get(`/api/policy-interpretations/${note.id}?depth=2&draft=true`)
    expect(viaNote.status).toBe(200)
    // The unpublished policy is not expanded: at most its id is visible, never its content.
    expect(JSON.stringify(viaNote.body)).not.toContain('未发布的政策')
  })

  it('GraphQL: anonymous queries see published items only; mutations need an editor', async () => {
    const published = await createItem(s(), 'news', 'published', 'GraphQL 已发布')
    const draft = await createItem(s(), 'news', 'draft', 'GraphQL 草稿')
    const query = `{ allNews(limit: 100, draft: true) { docs { id title _status } } }`
    const res = await s().request.post('/api/graphql').send({ query })
    expect(res.status).toBe(200)
    const titles = res.body.data.allNews.docs.map((d: { title: string }) => d.title)
    expect(titles).toContain('GraphQL 已发布')
    expect(titles).not.toContain('GraphQL 草稿')

    const byId = (id: unknown) =>
      s()
        .request.post('/api/graphql')
        .send({ query: `{ News(id: ${JSON.stringify(id)}, draft: true) { title _status } }` })
    expect((await byId(published.id)).body.data.News).toEqual({ _status: 'published', title: 'GraphQL 已发布' })
    expect((await byId(draft.id)).body.data?.News ?? null).toBeNull()

    const mutation = 'mutation ($data: mutationNewsInput!) { createNews(data: $data) { id _status } }'
    const denied = await s()
      .request.post('/api/graphql')
      .send({ query: mutation, variables: { data: await sampleData(s(), 'news', '匿名创建') } })
    expect(denied.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect((await s().payload.count({ collection: 'news', where: { title: { equals: '匿名创建' } } })).totalDocs).toBe(0)

    // An editor's mutation makes a draft, which anonymous readers do not see.
    const { agent: editor } = await s().as('editor')
    const made = await editor.post('/api/graphql').send({ query: mutation, variables: { data: await sampleData(s(), 'news', '编辑经GraphQL创建') } })
    expect(made.body.errors).toBeUndefined()
    expect(made.body.data.createNews._status).toBe('draft')
    const stored = await s().payload.findByID({ collection: 'news', draft: true, id: made.body.data.createNews.id })
    expect(stored).toMatchObject({ _status: 'draft', title: '编辑经GraphQL创建', workflow: { state: 'draft' } })
    expect((await byId(made.body.data.createNews.id)).body.data?.News ?? null).toBeNull()
  })
})
