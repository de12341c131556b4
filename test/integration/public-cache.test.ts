import supertest from 'supertest'
import { afterAll, expect, it } from 'vitest'

import { createFront, type Front, publicPaths } from '../../src/publicCache/front'
import { FreshVersion, versionSource, type VersionSource } from '../../src/publicCache/versions'
import { PUBLIC_COLLECTIONS, PUBLIC_GLOBALS } from '../../src/publicCache/publicContent'
import { actAs } from '../../src/workflow/gate'
import { until } from '../helpers/deliveries'
import { createItem, readyForApproval } from '../helpers/fixtures'
import { withServer } from '../helpers/server'

const sources: VersionSource[] = []
const fronts: Front[] = []

withServer('the public read cache: never stale, shared through the database, bounded', (s) => {
  // Registered after the server's own: runs before the database is dropped.
  afterAll(async () => {
    await Promise.all(fronts.map((f) => new Promise((resolve) => f.server.close(resolve))))
    await Promise.all(sources.map((source) => source.close()))
  })

  /** A front as another server process would run it: its own cache and its own database connection. */
  const front = async (maxBytes?: number) => {
    const source = versionSource(process.env.DATABASE_URL!)
    sources.push(source)
    const made = createFront({
      isPublic: publicPaths(PUBLIC_COLLECTIONS, PUBLIC_GLOBALS),
      maxBytes,
      upstream: new URL(s().nextUrl),
      version: new FreshVersion(source),
    })
    await new Promise<void>((resolve) => made.server.listen(0, '127.0.0.1', resolve))
    fronts.push(made)
    return { agent: supertest(made.server), front: made }
  }

  it('anonymous reads are cached with ETag and 304; signed-in reads and private paths pass through', async () => {
    await createItem(s(), 'news', 'published', '缓存测试一')
    const { agent } = await front()
    const list = '/api/news?limit=20&sort=-publishedAt'
    const first = await agent.get(list)
    expect(first.status).toBe(200)
    expect(first.headers['x-cache']).toBe('miss')
    const second = await agent.get(list)
    expect(second.headers['x-cache']).toBe('hit')
    expect(second.text).toBe(first.text)
    expect(second.headers.etag).toBe(first.headers.etag)
    const conditional = await agent.get(list).set('If-None-Match', first.headers.etag as string)
    expect(conditional.status).toBe(304)
    expect(conditional.text).toBe('')

    // Signing in passes through the front too (a POST): then reads bypass the cache.
    const { user } = await s().as('editor')
    const login = await agent.post('/api/users/login').send({ email: user.email, password: 'test-password-1' })
    expect(login.status).toBe(200)
    const token = `JWT ${login.body.token}`
    const signedIn = await agent.get(list).set('Authorization', token)
    expect(signedIn.headers['x-cache']).toBeUndefined()
    expect(signedIn.headers['cache-control']).toContain('private')
    // Drafts are in the signed-in list only.
    const draft = await createItem(s(), 'news', 'draft', '未发布的草稿')
    expect((await agent.get(list).set('Authorization', token)).text).toContain('未发布的草稿')
    expect((await agent.get(list)).text).not.toContain('未发布的草稿')
    expect((await agent.get(`/api/news/${draft.id}`)).status).toBe(404)
    expect((await agent.get('/api/disclosure-requests/status?tracking=x&contact=y')).headers['x-cache']).toBeUndefined()
  })

  it('the front npm start runs caches public reads and is fresh after a publication and a withdrawal over HTTP', async () => {
    const title = '经审签发布的动态'
    const item = await createItem(s(), 'news', 'draft', title)
    await readyForApproval(s(), 'news', item.id)
    const list = '/api/news?limit=50&sort=-publishedAt&depth=0'
    await s().request.get(list)
    const cached = await s().request.get(list)
    expect(cached.status).toBe(200)
    expect(cached.headers['x-cache']).toBe('hit')
    expect(cached.text).not.toContain(title)

    const { agent: approver } = await s().as('approver')
    expect((await approver.post(`/api/news/${item.id}/workflow`).send({ action: 'approve' })).status).toBe(200)
    const published = await s().request.get(list)
    expect(published.headers['x-cache']).toBe('miss')
    expect(published.text).toContain(title)
    expect((await s().request.get(`/api/news/${item.id}`)).status).toBe(200)
    const again = await s().request.get(`/api/news/${item.id}`)
    expect(again.headers['x-cache']).toBe('hit')
    expect(again.body.title).toBe(title)

    expect((await approver.post(`/api/news/${item.id}/workflow`).send({ action: 'withdraw', comment: '信息有误' })).status).toBe(200)
    expect((await s().request.get(`/api/news/${item.id}`)).status).toBe(404)
    const afterWithdrawal = await s().request.get(list)
    expect(afterWithdrawal.status).toBe(200)
    expect(afterWithdrawal.text).not.toContain(title)
  })

  it('publishing and withdrawing are seen by the first read after the response, in every process; saving a draft changes nothing public', async () => {
    const [{ agent: a }, { agent: b }] = await Promise.all([front(), front()])
    // Two more processes' fronts beside the server's own.
    const readersOf = [a, b, s().request]
    const list = '/api/news?limit=50&sort=-publishedAt&depth=0'
    for (const agent of readersOf) await agent.get(list)
    const item = await createItem(s(), 'news', 'draft', '新发布的动态')
    await readyForApproval(s(), 'news', item.id)
    // Readers hammer both processes while the approval publishes; none that starts after the response may see the old list.
    let published = 0
    let stale = 0
    let readsAfter = 0
    let running = true
    const readers = Array.from({ length: 8 }, (_, i) =>
      (async () => {
        while (running) {
          const started = performance.now()
          const res = await readersOf[i % readersOf.length]!.get(list)
          if (!published || started <= published) continue
          readsAfter++
          if (!res.text.includes('新发布的动态')) stale++
        }
      })(),
    )
    await new Promise((r) => setTimeout(r, 100))
    const approved = await actAs(s().payload, (await s().chain()).approver, 'news', item.id, 'approve')
    expect(approved.status).toBe(200)
    published = performance.now()
    // However slow the machine, enough reads start after the response for a stale one to show.
    await until('reads after the publication', async () => readsAfter >= 40)
    running = false
    await Promise.all(readers)
    expect(stale).toBe(0)
    expect((await a.get(list)).text).toContain('新发布的动态')
    expect((await b.get(`/api/news/${item.id}`)).status).toBe(200)

    // An editor's new draft of the published item is not public: the cached answers stay.
    await a.get(`/api/news/${item.id}`)
    await s().payload.update({
      collection: 'news',
      data: { title: '草稿中的新标题' } as never,
      draft: true,
      id: item.id,
      user: (await s().chain()).submitter,
    })
    const afterDraft = await a.get(`/api/news/${item.id}`)
    expect(afterDraft.headers['x-cache']).toBe('hit')
    expect(afterDraft.text).not.toContain('草稿中的新标题')

    const { agent: editor } = await s().as('editor')
    await editor.post(`/api/news/${item.id}/workflow`).send({ action: 'submit' })
    const admin = await s().payload.create({
      collection: 'users',
      data: { email: 'cache-admin@test.example', name: '管理员', password: 'test-password-1', roles: ['admin', 'approver'] },
    })
    const withdrawn = await actAs(s().payload, admin as never, 'news', item.id, 'withdraw', '信息有误')
    expect(withdrawn.status).toBe(200)
    expect((await a.get(`/api/news/${item.id}`)).status).toBe(404)
    expect((await b.get(list)).text).not.toContain('新发布的动态')
  })

  it('the organ is public as reviewed: a draft changes nothing, the reviewed change is seen at once', async () => {
    const { agent } = await front()
    await agent.get('/api/globals/organ')
    expect((await agent.get('/api/globals/organ')).headers['x-cache']).toBe('hit')
    await s().payload.updateGlobal({ data: { phone: '0591-6666666' }, slug: 'organ' })
    expect((await agent.get('/api/globals/organ')).body.phone).not.toBe('0591-6666666')
    await s().reviewOrgan({ phone: '0591-7777777' })
    const after = await agent.get('/api/globals/organ')
    expect(after.headers['x-cache']).toBe('miss')
    expect(after.body.phone).toBe('0591-7777777')
  })

  it('memory stays within its bound: the least recently used answers go', async () => {
    const { agent, front: small } = await front(64 * 1024)
    for (let page = 1; page <= 40; page++) await agent.get(`/api/news?limit=5&page=${page}&probe=${'x'.repeat(3000)}`)
    expect(small.cache.bytes).toBeLessThanOrEqual(64 * 1024)
    expect(small.cache.entries()).toBeGreaterThan(0)
    expect(small.cache.entries()).toBeLessThan(40)
  })
})
