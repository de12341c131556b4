import { expect, it } from 'vitest'

import { INDEX_NUMBER_PATTERN } from '../../src/disclosure/indexNumber'
import { chinaYear } from '../../src/time'
import { CONTENT_COLLECTIONS, createItem, type Item, readyForApproval } from '../helpers/fixtures'
import { withServer } from '../helpers/server'

withServer('索引号 (index numbers)', (s) => {
  const prefix = () => `11339901MB1234567M/${chinaYear(new Date())}-`

  it('is assigned on first publication as <credit code>/<year>-<5-digit serial>, not to drafts', async () => {
    const draft = await createItem(s(), 'news', 'draft')
    expect(draft.indexNumber ?? null).toBeNull()
    expect(draft.publishedAt ?? null).toBeNull()

    await readyForApproval(s(), 'news', draft.id)
    const { agent } = await s().as('approver')
    const res = await agent.post(`/api/news/${draft.id}/workflow`).send({ action: 'approve' })
    expect(res.status).toBe(200)
    expect(res.body.state).toBe('published')

    const publicRead = await s().request.get(`/api/news/${draft.id}`)
    expect(publicRead.body.indexNumber).toMatch(INDEX_NUMBER_PATTERN)
    expect(publicRead.body.indexNumber.startsWith(prefix())).toBe(true)
    expect(publicRead.body.publishedAt).toBeTruthy()
  })

  it('never changes on later edits, drafts or republication, and cannot be written through the API', async () => {
    const item = await createItem(s(), 'policies', 'published')
    const original = { indexNumber: item.indexNumber, publishedAt: item.publishedAt }
    expect(original.indexNumber).toMatch(INDEX_NUMBER_PATTERN)

    const chain = await s().chain()
    await s().payload.update({ collection: 'policies', data: { title: '修订后重新发布' }, draft: true, id: item.id, user: chain.submitter })
    await readyForApproval(s(), 'policies', item.id)
    const { agent: approver } = await s().as('approver')
    expect((await approver.post(`/api/policies/${item.id}/workflow`).send({ action: 'approve' })).body).toMatchObject({ state: 'published' })
    const { agent } = await s().as('admin')
    const forged = await agent
      .patch(`/api/policies/${item.id}`)
      .send({ indexNumber: '11339901MB1234567M/2001-99999', publishedAt: '2001-01-01T00:00:00.000Z' })
    expect(forged.status).toBe(403)
    expect(forged.body.errors[0].message).toContain('索引号')

    const stored = (await s().request.get(`/api/policies/${item.id}`)).body as Item
    expect(stored.title).toBe('修订后重新发布')
    expect({ indexNumber: stored.indexNumber, publishedAt: stored.publishedAt }).toEqual(original)
  })

  it('an editor cannot back-date or pre-assign one on a new item', async () => {
    const { agent } = await s().as('editor')
    const before = await s().payload.count({ collection: 'news' })
    const res = await agent.post('/api/news?draft=true').send({
      body: { root: { children: [], direction: null, format: '', indent: 0, type: 'root', version: 1 } },
      publishedAt: '2020-01-01T00:00:00.000Z',
      title: '倒签日期',
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toContain('发布日期')
    expect((await s().payload.count({ collection: 'news' })).totalDocs).toBe(before.totalDocs)
  })

  it('stays unique across collections under 20 concurrent first publications', async () => {
    const drafts = await Promise.all(Array.from({ length: 20 }, (_, i) => createItem(s(), CONTENT_COLLECTIONS[i % 4]!, 'draft', `并发发布${i}`)))
    for (const [i, d] of drafts.entries()) await readyForApproval(s(), CONTENT_COLLECTIONS[i % 4]!, d.id)
    const { agent } = await s().as('approver')
    const results = await Promise.all(
      drafts.map((d, i) => agent.post(`/api/${CONTENT_COLLECTIONS[i % 4]}/${d.id}/workflow`).send({ action: 'approve' })),
    )
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200))
    const numbers = await Promise.all(
      drafts.map(async (d, i) => ((await s().request.get(`/api/${CONTENT_COLLECTIONS[i % 4]}/${d.id}`)).body as Item).indexNumber!),
    )
    numbers.forEach((n) => expect(n).toMatch(INDEX_NUMBER_PATTERN))
    expect(new Set(numbers).size).toBe(20)

    // Serials run without gaps: together with the earlier publications they are exactly 1..N.
    const all: string[] = []
    for (const collection of CONTENT_COLLECTIONS) {
      const { docs } = (await s().request.get(`/api/${collection}?limit=1000&where[indexNumber][exists]=true`)).body as { docs: Item[] }
      all.push(...docs.map((d) => d.indexNumber!))
    }
    const serials = all.map((n) => Number(n.slice(-5))).sort((a, b) => a - b)
    expect(serials).toEqual(serials.map((_, i) => i + 1))
  })

  it('is refused with a clear message while the organ has no credit code, and nothing is published', async () => {
    const draft = await createItem(s(), 'news', 'draft')
    await readyForApproval(s(), 'news', draft.id)
    // The organ form refuses an empty code, so set up this state below the API.
    await s().payload.db.updateGlobal({ slug: 'organ', data: { creditCode: '' }, req: {} as never })
    try {
      const { agent } = await s().as('approver')
      const res = await agent.post(`/api/news/${draft.id}/workflow`).send({ action: 'approve' })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toContain('统一社会信用代码')
      const stored = (await s().payload.findByID({ collection: 'news', draft: true, id: draft.id })) as unknown as Item & {
        workflow: { state: string }
      }
      expect(stored.workflow.state).toBe('pending-approval')
      expect(stored.indexNumber ?? null).toBeNull()
      expect((await s().request.get(`/api/news/${draft.id}`)).status).toBe(404)
    } finally {
      await s().payload.db.updateGlobal({ slug: 'organ', data: { creditCode: '11339901MB1234567M' }, req: {} as never })
    }
  })
})
