import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { type FakeWechat, startFakeWechat } from '../helpers/fakeWechat'

const APPID = 'wxFAKE0123456789'
const SECRET = 'fake-secret'
const CALLBACK_TOKEN = 'AAAAA'

/** a JSON answer, checked with expect */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- read through expect(), whatever WeChat nests
type Answer = Record<string, any>

let wx: FakeWechat

beforeEach(async () => {
  wx = await startFakeWechat({ appid: APPID, secret: SECRET, token: CALLBACK_TOKEN })
})
afterEach(async () => {
  await wx.close()
})

async function post(path: string, body: unknown, query: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${wx.url}${path}?${new URLSearchParams(query)}`, {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  expect(res.status).toBe(200)
  return (await res.json()) as Answer
}

async function stableToken(forceRefresh = false, secret = SECRET, appid = APPID): Promise<Answer> {
  return post('/cgi-bin/stable_token', { appid, force_refresh: forceRefresh, grant_type: 'client_credential', secret })
}

async function token(): Promise<string> {
  return (await stableToken()).access_token as string
}

async function upload(path: string, bytes: Uint8Array, filename: string, type: string, query: Record<string, string>) {
  const form = new FormData()
  form.append('media', new Blob([new Uint8Array(bytes)], { type }), filename)
  const res = await fetch(`${wx.url}${path}?${new URLSearchParams(query)}`, { body: form, method: 'POST' })
  expect(res.status).toBe(200)
  return (await res.json()) as Answer
}

const png = () =>
  sharp({ create: { background: '#c00', channels: 3, height: 20, width: 40 } })
    .png()
    .toBuffer()
const jpeg = () =>
  sharp({ create: { background: '#c00', channels: 3, height: 20, width: 40 } })
    .jpeg()
    .toBuffer()
/** Right magic bytes, padded to the given size (the fake checks content type by magic bytes only). */
const padded = (magic: number[], size: number) => Buffer.concat([Buffer.from(magic), Buffer.alloc(size - magic.length)])

async function cover(access_token: string): Promise<string> {
  const answer = await upload('/cgi-bin/material/add_material', await png(), 'cover.png', 'image/png', {
    access_token,
    type: 'image',
  })
  return answer.media_id as string
}

const article = (thumb_media_id: string, overrides: Record<string, unknown> = {}) => ({
  article_type: 'news',
  author: '乡人民政府',
  content: '<p>关于开展秋季防火工作的通知</p>',
  content_source_url: 'https://gov.example/items/1',
  digest: '秋季防火',
  need_open_comment: 0,
  only_fans_can_comment: 0,
  thumb_media_id,
  title: '关于开展秋季防火工作的通知',
  ...overrides,
})

async function draft(access_token: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const answer = await post('/cgi-bin/draft/add', { articles: [article(await cover(access_token), overrides)] }, { access_token })
  expect(answer.media_id).toEqual(expect.any(String))
  return answer.media_id as string
}

describe('access tokens', () => {
  it('hands out a stable token that stays the same until force_refresh, which invalidates the old one', async () => {
    const first = await stableToken()
    expect(first).toEqual({ access_token: expect.any(String), expires_in: 7200 })
    expect((await stableToken()).access_token).toBe(first.access_token)

    const refreshed = await stableToken(true)
    expect(refreshed.access_token).not.toBe(first.access_token)
    expect(await post('/cgi-bin/draft/get', { media_id: 'x' }, { access_token: first.access_token })).toMatchObject({
      errcode: 40001,
    })
    expect(await post('/cgi-bin/draft/get', { media_id: 'x' }, { access_token: refreshed.access_token })).toMatchObject({
      errcode: 40007,
    })
  })

  it('also serves GET /cgi-bin/token, a new token each time', async () => {
    const url = `${wx.url}/cgi-bin/token?grant_type=client_credential&appid=${APPID}&secret=${SECRET}`
    const a = (await (await fetch(url)).json()) as Answer
    const b = (await (await fetch(url)).json()) as Answer
    expect(a).toEqual({ access_token: expect.any(String), expires_in: 7200 })
    expect(b.access_token).not.toBe(a.access_token)
  })

  it('rejects a wrong secret (40125) and a wrong appid (40013)', async () => {
    expect(await stableToken(false, 'wrong')).toEqual({ errcode: 40125, errmsg: 'invalid appsecret' })
    expect(await stableToken(false, SECRET, 'wxOTHER')).toEqual({ errcode: 40013, errmsg: 'invalid appid' })
    const res = await fetch(`${wx.url}/cgi-bin/token?grant_type=client_credential&appid=${APPID}&secret=nope`)
    expect(await res.json()).toMatchObject({ errcode: 40125 })
  })

  it('requires a valid token: missing 41001, forged 40001, expired 42001', async () => {
    expect(await post('/cgi-bin/draft/get', { media_id: 'x' })).toMatchObject({ errcode: 41001 })
    expect(await post('/cgi-bin/draft/get', { media_id: 'x' }, { access_token: 'forged' })).toMatchObject({
      errcode: 40001,
      errmsg: expect.stringMatching(/^invalid credential/),
    })
    const old = await token()
    wx.expireTokens()
    expect(await post('/cgi-bin/draft/get', { media_id: 'x' }, { access_token: old })).toEqual({
      errcode: 42001,
      errmsg: 'access_token expired',
    })
    const fresh = await token()
    expect(fresh).not.toBe(old)
    expect(await post('/cgi-bin/draft/get', { media_id: 'x' }, { access_token: fresh })).toMatchObject({ errcode: 40007 })
  })

  it('a reset AppSecret: the old secret is refused (40125) and its tokens are void (40001); the new one works', async () => {
    const old = await token()
    wx.resetSecret('secret-after-reset')
    expect(await stableToken()).toEqual({ errcode: 40125, errmsg: 'invalid appsecret' })
    expect(await post('/cgi-bin/draft/get', { media_id: 'x' }, { access_token: old })).toMatchObject({ errcode: 40001 })
    const fresh = (await stableToken(false, 'secret-after-reset')).access_token as string
    expect(fresh).not.toBe(old)
    expect(await post('/cgi-bin/draft/get', { media_id: 'x' }, { access_token: fresh })).toMatchObject({ errcode: 40007 })
  })

  it('lets tokens run out after tokenTtlSeconds', async () => {
    await wx.close()
    wx = await startFakeWechat({ appid: APPID, secret: SECRET, tokenTtlSeconds: 0.3 })
    const access_token = await token()
    expect(await post('/cgi-bin/draft/get', { media_id: 'x' }, { access_token })).toMatchObject({ errcode: 40007 })
    await new Promise((resolve) => setTimeout(resolve, 350))
    expect(await post('/cgi-bin/draft/get', { media_id: 'x' }, { access_token })).toMatchObject({ errcode: 42001 })
  })
})

describe('images', () => {
  it('stores a permanent image material from a real PNG and records the multipart call', async () => {
    const access_token = await token()
    const bytes = await png()
    const answer = await upload('/cgi-bin/material/add_material', bytes, 'cover.png', 'image/png', {
      access_token,
      type: 'image',
    })
    expect(answer).toEqual({ media_id: expect.any(String), url: expect.stringMatching(/^http:\/\/mmbiz\.qpic\.cn\//) })
    expect(wx.materials.get(answer.media_id)).toEqual({ filename: 'cover.png', size: bytes.length, type: 'image' })
    expect(wx.calls.at(-1)).toEqual({
      body: { field: 'media', filename: 'cover.png', size: bytes.length, type: 'image/png' },
      method: 'POST',
      path: '/cgi-bin/material/add_material',
      query: { access_token, type: 'image' },
    })
  })

  it('checks media presence, type and size', async () => {
    const access_token = await token()
    const q = (type: string) => ({ access_token, type })
    const form = new FormData()
    form.append('other', 'x')
    const missing = await fetch(`${wx.url}/cgi-bin/material/add_material?access_token=${access_token}&type=image`, {
      body: form,
      method: 'POST',
    })
    expect(await missing.json()).toEqual({ errcode: 41005, errmsg: 'media data missing' })
    const text = Buffer.from('not an image at all')
    expect(await upload('/cgi-bin/material/add_material', text, 'a.png', 'image/png', q('image'))).toEqual({
      errcode: 40005,
      errmsg: 'invalid file type',
    })
    // thumb: ≤ 64 KB, JPG only (as documented)
    expect(await upload('/cgi-bin/material/add_material', await jpeg(), 't.jpg', 'image/jpeg', q('thumb'))).toMatchObject({
      media_id: expect.any(String),
    })
    expect(await upload('/cgi-bin/material/add_material', await png(), 't.png', 'image/png', q('thumb'))).toMatchObject({
      errcode: 40005,
    })
    const bigThumb = padded([0xff, 0xd8, 0xff, 0xe0], 64 * 1024 + 1)
    expect(await upload('/cgi-bin/material/add_material', bigThumb, 't.jpg', 'image/jpeg', q('thumb'))).toEqual({
      errcode: 40009,
      errmsg: 'invalid image size',
    })
    const bigImage = padded([0x89, 0x50, 0x4e, 0x47], 10 * 1024 * 1024 + 1)
    expect(await upload('/cgi-bin/material/add_material', bigImage, 'i.png', 'image/png', q('image'))).toMatchObject({
      errcode: 40009,
    })
  })

  it('uploadimg takes jpg/png under 1 MB and hands out mmbiz URLs', async () => {
    const access_token = await token()
    const answer = await upload('/cgi-bin/media/uploadimg', await png(), 'in.png', 'image/png', { access_token })
    expect(answer.url).toMatch(/^http:\/\/mmbiz\.qpic\.cn\/mmbiz_png\/fake\d+\/0$/)
    expect(wx.uploadedImages).toEqual([answer.url])
    const gif = padded([0x47, 0x49, 0x46, 0x38, 0x39, 0x61], 100)
    expect(await upload('/cgi-bin/media/uploadimg', gif, 'a.gif', 'image/gif', { access_token })).toMatchObject({
      errcode: 40005,
    })
    const big = padded([0xff, 0xd8, 0xff, 0xe0], 1024 * 1024)
    expect(await upload('/cgi-bin/media/uploadimg', big, 'b.jpg', 'image/jpeg', { access_token })).toMatchObject({
      errcode: 40009,
    })
  })
})

describe('drafts', () => {
  it('adds, gets and deletes a draft', async () => {
    const access_token = await token()
    const mediaId = await draft(access_token)
    expect(wx.drafts.get(mediaId)?.articles[0]).toMatchObject({ title: '关于开展秋季防火工作的通知' })
    const got = await post('/cgi-bin/draft/get', { media_id: mediaId }, { access_token })
    expect(got.news_item).toEqual([expect.objectContaining({ content: '<p>关于开展秋季防火工作的通知</p>', url: expect.any(String) })])
    expect(await post('/cgi-bin/draft/delete', { media_id: mediaId }, { access_token })).toEqual({ errcode: 0, errmsg: 'ok' })
    expect(wx.drafts.has(mediaId)).toBe(false)
    expect(await post('/cgi-bin/draft/delete', { media_id: mediaId }, { access_token })).toEqual({
      errcode: 40007,
      errmsg: 'invalid media_id',
    })
  })

  it("enforces WeChat's limits per article (characters, not UTF-16 units)", async () => {
    const access_token = await token()
    const thumb = await cover(access_token)
    const add = (overrides: Record<string, unknown>, count = 1) =>
      post('/cgi-bin/draft/add', { articles: Array.from({ length: count }, () => article(thumb, overrides)) }, { access_token })

    expect(await add({ title: '标'.repeat(33) })).toEqual({ errcode: 45003, errmsg: 'title size out of limit' })
    expect(await add({ title: '😀'.repeat(32) })).toEqual({ media_id: expect.any(String) })
    expect(await add({ title: '' })).toMatchObject({ errcode: 45003 })
    expect(await add({ author: '作'.repeat(17) })).toEqual({ errcode: 45110, errmsg: 'author size out of limit' })
    expect(await add({ digest: '摘'.repeat(129) })).toEqual({ errcode: 45004, errmsg: 'description size out of limit' })
    expect(await add({ content: 'x'.repeat(20_000) })).toEqual({ errcode: 45002, errmsg: 'content size out of limit' })
    expect(await add({ content: '中'.repeat(19_999) })).toEqual({ media_id: expect.any(String) })
    expect(await add({ content: '' })).toMatchObject({ errcode: 45002 })
    expect(await add({ content_source_url: `https://a.example/${'p'.repeat(1024)}` })).toEqual({
      errcode: 45005,
      errmsg: 'url size out of limit',
    })
    expect(await add({ thumb_media_id: 'unknown' })).toEqual({ errcode: 40007, errmsg: 'invalid media_id' })
    expect(await add({}, 8)).toEqual({ media_id: expect.any(String) })
    expect(await add({}, 9)).toMatchObject({ errcode: 45008 })
    expect(await post('/cgi-bin/draft/add', { articles: [] }, { access_token })).toMatchObject({ errcode: 47001 })
  })
})

describe('publishing', () => {
  it('submit → get (publishing, then success), draft removed, listed, deleted → 5', async () => {
    const access_token = await token()
    const mediaId = await draft(access_token)
    const submitted = await post('/cgi-bin/freepublish/submit', { media_id: mediaId }, { access_token })
    expect(submitted).toEqual({ errcode: 0, errmsg: 'ok', msg_data_id: expect.any(String), publish_id: expect.any(Number) })
    const publish_id = String(submitted.publish_id)
    expect(wx.publishes.get(publish_id)).toEqual({ mediaId, polls: 0, status: 1 })

    expect(await post('/cgi-bin/freepublish/get', { publish_id }, { access_token })).toEqual({
      fail_idx: [],
      publish_id,
      publish_status: 1,
    })
    const done = await post('/cgi-bin/freepublish/get', { publish_id }, { access_token })
    expect(done).toEqual({
      article_detail: { count: 1, item: [{ article_url: expect.stringMatching(/^https:\/\/mp\.weixin\.qq\.com\/s\/\S+$/), idx: 1 }] },
      article_id: expect.any(String),
      fail_idx: [],
      publish_id,
      publish_status: 0,
    })
    expect(wx.publishes.get(publish_id)).toEqual({
      articleId: done.article_id,
      articleUrl: done.article_detail.item[0].article_url,
      mediaId,
      polls: 2,
      status: 0,
    })
    expect(wx.drafts.has(mediaId)).toBe(false)
    expect(await post('/cgi-bin/freepublish/submit', { media_id: mediaId }, { access_token })).toMatchObject({ errcode: 40007 })

    const list = await post('/cgi-bin/freepublish/batchget', { count: 20, no_content: 1, offset: 0 }, { access_token })
    expect(list).toMatchObject({ item_count: 1, total_count: 1 })
    expect(list.item[0]).toMatchObject({ article_id: done.article_id, update_time: expect.any(Number) })
    expect(list.item[0].content.news_item[0]).toMatchObject({
      content_source_url: 'https://gov.example/items/1',
      is_deleted: false,
      title: '关于开展秋季防火工作的通知',
      url: done.article_detail.item[0].article_url,
    })
    expect(list.item[0].content.news_item[0]).not.toHaveProperty('content')

    expect(await post('/cgi-bin/freepublish/delete', { article_id: 'nope', index: 0 }, { access_token })).toEqual({
      errcode: 40007,
      errmsg: 'invalid media_id',
    })
    expect(await post('/cgi-bin/freepublish/delete', { article_id: done.article_id, index: 0 }, { access_token })).toEqual({
      errcode: 0,
      errmsg: 'ok',
    })
    expect(wx.publishes.get(publish_id)?.status).toBe(5)
    expect(await post('/cgi-bin/freepublish/get', { publish_id }, { access_token })).toMatchObject({ publish_status: 5 })
    expect(await post('/cgi-bin/freepublish/batchget', { count: 10, offset: 0 }, { access_token })).toEqual({
      item: [],
      item_count: 0,
      total_count: 0,
    })
  })

  it('takes the configured outcome after the configured number of polls; a failed draft stays', async () => {
    const access_token = await token()
    const mediaId = await draft(access_token)
    wx.nextPublishOutcome(4, 2)
    const { publish_id } = await post('/cgi-bin/freepublish/submit', { media_id: mediaId }, { access_token })
    const poll = () => post('/cgi-bin/freepublish/get', { publish_id: String(publish_id) }, { access_token })
    expect((await poll()).publish_status).toBe(1)
    expect((await poll()).publish_status).toBe(1)
    expect(await poll()).toEqual({ fail_idx: [1], publish_id: String(publish_id), publish_status: 4 })
    expect(wx.drafts.has(mediaId)).toBe(true)
    expect(await post('/cgi-bin/freepublish/get', { publish_id: '1' }, { access_token })).toMatchObject({ errcode: 40007 })
  })
})

describe('faults and quotas', () => {
  it('answers injected errcodes, HTTP 500, delays and hang-ups, then handles normally again', async () => {
    const access_token = await token()
    wx.inject('/cgi-bin/draft/get', { errcode: -1 }, 2)
    expect(await post('/cgi-bin/draft/get', { media_id: 'x' }, { access_token })).toEqual({ errcode: -1, errmsg: 'system error' })
    expect(await post('/cgi-bin/draft/get', { media_id: 'x' }, { access_token })).toMatchObject({ errcode: -1 })
    expect(await post('/cgi-bin/draft/get', { media_id: 'x' }, { access_token })).toMatchObject({ errcode: 40007 })

    wx.inject('/cgi-bin/draft/get', { status: 500 })
    const res = await fetch(`${wx.url}/cgi-bin/draft/get?access_token=${access_token}`, { body: '{}', method: 'POST' })
    expect(res.status).toBe(500)
    expect(await res.text()).toBe('Internal Server Error')

    wx.inject('/cgi-bin/draft/get', { delayMs: 150 })
    const started = Date.now()
    expect(await post('/cgi-bin/draft/get', { media_id: 'x' }, { access_token })).toMatchObject({ errcode: 40007 })
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)

    wx.inject('/cgi-bin/draft/get', { hangUp: true })
    await expect(post('/cgi-bin/draft/get', { media_id: 'x' }, { access_token })).rejects.toThrow()
    expect(await post('/cgi-bin/draft/get', { media_id: 'x' }, { access_token })).toMatchObject({ errcode: 40007 })

    wx.inject('/cgi-bin/stable_token', { errcode: 45009, errmsg: 'custom' })
    expect(await stableToken()).toEqual({ errcode: 45009, errmsg: 'custom' })
  })

  it('counts successful calls against a quota and then answers 45009', async () => {
    const access_token = await token()
    const thumb = await cover(access_token)
    wx.setQuota('/cgi-bin/draft/add', 1)
    expect(await post('/cgi-bin/draft/add', { articles: [article(thumb, { title: 'x'.repeat(40) })] }, { access_token })).toMatchObject({
      errcode: 45003,
    })
    expect(await post('/cgi-bin/draft/add', { articles: [article(thumb)] }, { access_token })).toHaveProperty('media_id')
    expect(await post('/cgi-bin/draft/add', { articles: [article(thumb)] }, { access_token })).toEqual({
      errcode: 45009,
      errmsg: 'reach max api daily quota limit',
    })
  })

  it('answers 404 for unknown paths and records every call', async () => {
    const res = await fetch(`${wx.url}/cgi-bin/nothing?x=1`)
    expect(res.status).toBe(404)
    expect(wx.calls).toEqual([{ body: null, method: 'GET', path: '/cgi-bin/nothing', query: { x: '1' } }])
  })
})

describe('PUBLISHJOBFINISH events', () => {
  it('POSTs a signed event to eventsTo when a publish finishes', async () => {
    const received: Array<{ body: string; url: URL }> = []
    let arrived!: () => void
    const arrival = new Promise<void>((resolve) => (arrived = resolve))
    const receiver = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        received.push({ body: Buffer.concat(chunks).toString('utf8'), url: new URL(req.url ?? '/', 'http://x') })
        res.end('success')
        arrived()
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    try {
      wx.eventsTo = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/wechat/callback`
      const access_token = await token()
      const { publish_id } = await post('/cgi-bin/freepublish/submit', { media_id: await draft(access_token) }, { access_token })
      await post('/cgi-bin/freepublish/get', { publish_id: String(publish_id) }, { access_token })
      await arrival
      const done = await post('/cgi-bin/freepublish/get', { publish_id: String(publish_id) }, { access_token })

      expect(received).toHaveLength(1)
      const { body, url } = received[0]!
      expect(url.pathname).toBe('/wechat/callback')
      const [signature, timestamp, nonce] = ['signature', 'timestamp', 'nonce'].map((k) => url.searchParams.get(k) ?? '')
      const expected = createHash('sha1').update([CALLBACK_TOKEN, timestamp, nonce].sort().join('')).digest('hex')
      expect(signature).toBe(expected)
      expect(body).toMatch(/^<xml><ToUserName><!\[CDATA\[gh_fake\]\]><\/ToUserName>/)
      expect(body).toContain('<Event><![CDATA[PUBLISHJOBFINISH]]></Event>')
      expect(body).toContain(`<publish_id>${publish_id}</publish_id><publish_status>0</publish_status>`)
      expect(body).toContain(`<article_id><![CDATA[${done.article_id}]]></article_id>`)
      expect(body).toContain(
        `<article_detail><count>1</count><item><idx>1</idx><article_url><![CDATA[${done.article_detail.item[0].article_url}]]></article_url></item></article_detail>`,
      )
    } finally {
      receiver.closeAllConnections()
      await new Promise((resolve) => receiver.close(resolve))
    }
  })
})
