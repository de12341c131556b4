/**
 * A local fake of the WeChat Official Account (微信公众号) API for integration tests: access tokens, permanent
 * image material, in-article images, drafts and free publishing, answering exactly as WeChat documents it
 * (JSON everywhere, errors as `{ errcode, errmsg }` with HTTP 200). See
 * /work/shared/reference/wechat-official-account-api.md and developers.weixin.qq.com (service account docs).
 *
 *   const wx = await startFakeWechat({ appid: 'wxFAKE', secret: 's3cret', token: 'cbtoken' })
 *   // point the client's API base at wx.url, then inspect wx.calls / wx.drafts / wx.publishes …
 *   wx.inject('/cgi-bin/draft/add', { errcode: -1 })          // next draft/add: system busy
 *   wx.nextPublishOutcome(4, 2)                                // next submit: rejected after 2 polls
 *   await wx.close()
 */
import { createHash, randomBytes, randomInt } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Fault = { delayMs: number } | { errcode: number; errmsg?: string } | { hangUp: true } | { status: number }

export type FakeWechat = {
  /** the API base, e.g. http://127.0.0.1:PORT (the client appends /cgi-bin/…) */
  url: string
  /** every request, in order (multipart bodies recorded as { field, filename, type, size }) */
  calls: Array<{ body: unknown; method: string; path: string; query: Record<string, string> }>
  /** media_id → draft (a draft is removed when it is published successfully, as WeChat does) */
  drafts: Map<string, { articles: Array<Record<string, unknown>> }>
  /** publish_id → publish job */
  publishes: Map<string, { articleId?: string; articleUrl?: string; mediaId: string; polls: number; status: number }>
  /** media_id → permanent material */
  materials: Map<string, { filename: string; size: number; type: string }>
  /** URLs handed out by media/uploadimg */
  uploadedImages: string[]
  /** the next `times` (default 1) requests to path (e.g. '/cgi-bin/draft/add') get the fault instead of normal handling */
  inject(path: string, fault: Fault, times?: number): void
  /** injected faults not yet answered are dropped (an outage is over); returns how many answers that was */
  clearFaults(): number
  /** every token issued so far becomes invalid (→ 42001 access_token expired) */
  expireTokens(): void
  /**
   * The AppSecret is reset on the platform (公众平台 → 基本配置 → 重置): from now on only `secret` gets a token
   * (another → 40125), and the tokens issued with the old one are void (→ 40001).
   */
  resetSecret(secret: string): void
  /** remaining successful calls today for that path; 0 → 45009 'reach max api daily quota limit' */
  setQuota(path: string, remaining: number): void
  /** outcome of the NEXT freepublish/submit (default 0 after 1 poll) */
  nextPublishOutcome(status: 0 | 2 | 3 | 4, pollsUntilDone?: number): void
  /** when set, a finished publish also POSTs a signed PUBLISHJOBFINISH event (XML) there */
  eventsTo?: string
  close(): Promise<void>
}

type Json = Record<string, unknown>
type Article = Record<string, unknown>

type Context = {
  body: unknown
  form?: FormData
  query: Record<string, string>
}

type Route = {
  /** false only for the token endpoints themselves */
  auth: boolean
  handle: (ctx: Context) => Json | Promise<Json>
  method: 'GET' | 'POST'
  /** the body is multipart/form-data (field `media`) rather than JSON */
  multipart?: boolean
}

/** A publish job's internals that are not part of the public `publishes` entry. */
type Job = {
  articles: Article[]
  articleUrls: string[]
  createTime: number
  deleted: boolean[]
  outcome: 0 | 2 | 3 | 4
  pollsUntilDone: number
  seq: number
  updateTime: number
}

const MB = 1024 * 1024
const KB = 1024

/** WeChat's global return codes (errmsg as WeChat spells it, without the "hint/rid" suffix). */
const ERRMSG: Record<number, string> = {
  [-1]: 'system error',
  40001: 'invalid credential, access_token is invalid or not latest',
  40002: 'invalid grant_type',
  40004: 'invalid media type',
  40005: 'invalid file type',
  40007: 'invalid media_id',
  40009: 'invalid image size',
  40013: 'invalid appid',
  40035: 'invalid args',
  40125: 'invalid appsecret',
  41001: 'access_token missing',
  41002: 'appid missing',
  41004: 'appsecret missing',
  41005: 'media data missing',
  42001: 'access_token expired',
  43001: 'require GET method',
  43002: 'require POST method',
  45002: 'content size out of limit',
  45003: 'title size out of limit',
  45004: 'description size out of limit',
  45005: 'url size out of limit',
  45008: 'article size out of limit',
  45009: 'reach max api daily quota limit',
  45110: 'author size out of limit',
  47001: 'data format error',
  48001: 'api unauthorized',
  53503: 'publish check failed',
}

const fail = (errcode: number, errmsg = ERRMSG[errcode] ?? 'error'): Json => ({ errcode, errmsg })
const OK: Json = { errcode: 0, errmsg: 'ok' }
const now = () => Math.floor(Date.now() / 1000)
const chars = (s: string) => [...s].length
const str = (v: unknown) => (typeof v === 'string' ? v : undefined)
const randomId = (bytes: number) => randomBytes(bytes).toString('base64url')
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex')
const cdata = (s: string) => `<![CDATA[${s}]]>`

/** The image format by its magic bytes (WeChat checks content, not the filename). */
function sniffImage(bytes: Uint8Array): 'bmp' | 'gif' | 'jpeg' | 'png' | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts(0xff, 0xd8)) return 'jpeg'
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'png'
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif' // GIF8
  if (starts(0x42, 0x4d)) return 'bmp' // BM
  return undefined
}

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function parseMultipart(raw: Buffer, contentType: string): Promise<FormData | undefined> {
  try {
    const init = { body: new Uint8Array(raw), duplex: 'half', headers: { 'content-type': contentType }, method: 'POST' }
    return await new Request('http://fake-wechat.local/', init as RequestInit).formData()
  } catch {
    return undefined
  }
}

/** A multipart body as recorded in `calls`: its (first) file, else its text fields. */
function summarizeForm(form: FormData): unknown {
  for (const [field, value] of form.entries()) {
    if (typeof value !== 'string') return { field, filename: value.name, size: value.size, type: value.type }
  }
  return Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]))
}

/** The uploaded file in field `media`, if any. */
async function mediaFile(ctx: Context): Promise<{ bytes: Uint8Array; name: string } | undefined> {
  const value = ctx.form?.get('media')
  if (!value || typeof value === 'string') return undefined
  return { bytes: new Uint8Array(await value.arrayBuffer()), name: value.name }
}

export async function startFakeWechat(options: {
  appid: string
  secret: string
  token?: string
  tokenTtlSeconds?: number
  /**
   * WeChat finishes a publish job on its own, whether or not anyone polls it. When set, a job still
   * publishing this long after its submit takes its outcome (otherwise only polls move it on, for tests
   * that need a job held in status 1).
   */
  publishesWithinMs?: number
  /**
   * Every answer leaves this long after the request was handled, as over a real network: a caller that dies
   * meanwhile loses an answer to a call that took effect (the case exactly-once is about).
   */
  answerAfterMs?: number
}): Promise<FakeWechat> {
  const ttlMs = (options.tokenTtlSeconds ?? 7200) * 1000
  let secret = options.secret
  const tokens = new Map<string, { expiresAt: number; revoked: boolean }>()
  let stableToken: string | undefined
  const faults = new Map<string, Array<{ fault: Fault; left: number }>>()
  const quotas = new Map<string, number>()
  const jobs = new Map<string, Job>()
  const draftTimes = new Map<string, number>()
  const materialUrls = new Map<string, string>()
  let pendingOutcome: { pollsUntilDone: number; status: 0 | 2 | 3 | 4 } | undefined
  let counter = 0

  // ---- access tokens ------------------------------------------------------------------------------------

  function issueToken(): Json {
    const accessToken = `${counter++}_${randomId(48)}`
    tokens.set(accessToken, { expiresAt: Date.now() + ttlMs, revoked: false })
    return { access_token: accessToken, expires_in: Math.ceil(ttlMs / 1000) }
  }

  function tokenProblem(accessToken: string | undefined): Json | undefined {
    if (!accessToken) return fail(41001)
    const record = tokens.get(accessToken)
    if (!record || record.revoked) return fail(40001)
    if (Date.now() >= record.expiresAt) return fail(42001)
    return undefined
  }

  function credentialsProblem(p: { appid?: unknown; grant_type?: unknown; secret?: unknown }): Json | undefined {
    if (p.grant_type !== 'client_credential') return fail(40002)
    if (!p.appid) return fail(41002)
    if (!p.secret) return fail(41004)
    if (p.appid !== options.appid) return fail(40013)
    if (p.secret !== secret) return fail(40125)
    return undefined
  }

  /** POST /cgi-bin/stable_token: the same token until it expires, or a new one (old one invalid) on force_refresh. */
  function stableTokenRoute(ctx: Context): Json {
    const body = (ctx.body ?? {}) as Json
    const problem = credentialsProblem(body)
    if (problem) return problem
    const current = stableToken ? tokens.get(stableToken) : undefined
    if (stableToken && current && body.force_refresh !== true && !tokenProblem(stableToken)) {
      return { access_token: stableToken, expires_in: Math.max(0, Math.ceil((current.expiresAt - Date.now()) / 1000)) }
    }
    if (current) current.revoked = true
    const issued = issueToken()
    stableToken = issued.access_token as string
    return issued
  }

  /** GET /cgi-bin/token: always a new token (earlier ones stay valid until they expire). */
  function tokenRoute(ctx: Context): Json {
    return credentialsProblem(ctx.query) ?? issueToken()
  }

  // ---- images -------------------------------------------------------------------------------------------

  /** POST /cgi-bin/material/add_material?type=image|thumb, multipart `media`: image ≤ 10 MB bmp/png/jpeg/gif, thumb ≤ 64 KB jpg. */
  async function addMaterial(ctx: Context): Promise<Json> {
    const type = ctx.query.type
    if (type !== 'image' && type !== 'thumb') return fail(40004)
    const file = await mediaFile(ctx)
    if (!file || file.bytes.length === 0) return fail(41005)
    const format = sniffImage(file.bytes)
    if (!format || (type === 'thumb' && format !== 'jpeg')) return fail(40005)
    if (file.bytes.length > (type === 'thumb' ? 64 * KB : 10 * MB)) return fail(40009)
    const mediaId = randomId(33)
    const ext = format === 'jpeg' ? 'jpg' : format
    const url = `http://mmbiz.qpic.cn/mmbiz_${ext}/fakematerial${counter++}/0?wx_fmt=${format}`
    materials.set(mediaId, { filename: file.name, size: file.bytes.length, type })
    materialUrls.set(mediaId, url)
    return { media_id: mediaId, url }
  }

  /** POST /cgi-bin/media/uploadimg, multipart `media`: jpg/png under 1 MB → a URL usable in article HTML. */
  async function uploadImg(ctx: Context): Promise<Json> {
    const file = await mediaFile(ctx)
    if (!file || file.bytes.length === 0) return fail(41005)
    const format = sniffImage(file.bytes)
    if (format !== 'jpeg' && format !== 'png') return fail(40005)
    if (file.bytes.length >= MB) return fail(40009)
    const url = `http://mmbiz.qpic.cn/mmbiz_${format === 'jpeg' ? 'jpg' : 'png'}/fake${counter++}/0`
    uploadedImages.push(url)
    return { url }
  }

  // ---- drafts -------------------------------------------------------------------------------------------

  /** The first limit an article breaks, as WeChat's draft/add reports it. */
  function articleProblem(article: Article): Json | undefined {
    const title = str(article.title)
    if (!title || chars(title) > 32) return fail(45003)
    if (chars(str(article.author) ?? '') > 16) return fail(45110)
    if (chars(str(article.digest) ?? '') > 128) return fail(45004)
    const content = str(article.content)
    if (!content || chars(content) >= 20_000 || Buffer.byteLength(content) >= MB) return fail(45002)
    if (Buffer.byteLength(str(article.content_source_url) ?? '') > KB) return fail(45005)
    const thumb = str(article.thumb_media_id)
    if (!thumb || !materials.has(thumb)) return fail(40007)
    return undefined
  }

  /** POST /cgi-bin/draft/add {articles: [1–8]} → { media_id } */
  function draftAdd(ctx: Context): Json {
    const articles = (ctx.body as Json | undefined)?.articles
    if (!Array.isArray(articles) || articles.length === 0) return fail(47001)
    if (articles.length > 8) return fail(45008)
    for (const article of articles) {
      if (!article || typeof article !== 'object') return fail(47001)
      const problem = articleProblem(article as Article)
      if (problem) return problem
    }
    const mediaId = randomId(48)
    drafts.set(mediaId, { articles: articles.map((a) => ({ ...(a as Article) })) })
    draftTimes.set(mediaId, now())
    return { media_id: mediaId }
  }

  /** A stored article as WeChat returns it in draft/get and freepublish/batchget. */
  function newsItem(article: Article, url: string, extra: Json = {}): Json {
    return {
      article_type: 'news',
      author: '',
      content_source_url: '',
      digest: '',
      need_open_comment: 0,
      only_fans_can_comment: 0,
      show_cover_pic: 0,
      ...article,
      thumb_url: materialUrls.get(str(article.thumb_media_id) ?? '') ?? '',
      url,
      ...extra,
    }
  }

  const mediaIdOf = (ctx: Context) => str((ctx.body as Json | undefined)?.media_id) ?? ''

  /** POST /cgi-bin/draft/get {media_id} → { news_item, create_time, update_time } */
  function draftGet(ctx: Context): Json {
    const mediaId = mediaIdOf(ctx)
    const draft = drafts.get(mediaId)
    if (!draft) return fail(40007)
    const time = draftTimes.get(mediaId) ?? now()
    const preview = (i: number) => `http://mp.weixin.qq.com/s?__biz=FAKE&tempkey=${encodeURIComponent(mediaId)}_${i + 1}`
    return { create_time: time, news_item: draft.articles.map((a, i) => newsItem(a, preview(i))), update_time: time }
  }

  /** POST /cgi-bin/draft/delete {media_id} */
  function draftDelete(ctx: Context): Json {
    const mediaId = mediaIdOf(ctx)
    if (!drafts.delete(mediaId)) return fail(40007)
    draftTimes.delete(mediaId)
    return OK
  }

  // ---- publishing ---------------------------------------------------------------------------------------

  /** POST /cgi-bin/freepublish/submit {media_id} → publish job in status 1 (publishing). */
  function submit(ctx: Context): Json {
    const mediaId = mediaIdOf(ctx)
    const draft = drafts.get(mediaId)
    if (!draft) return fail(40007)
    const { pollsUntilDone, status } = pendingOutcome ?? { pollsUntilDone: 1, status: 0 as const }
    pendingOutcome = undefined
    const seq = counter++
    const publishId = String(2_247_483_000 + seq)
    const time = now()
    jobs.set(publishId, {
      articles: draft.articles.map((a) => ({ ...a })),
      articleUrls: [],
      createTime: time,
      deleted: draft.articles.map(() => false),
      outcome: status,
      pollsUntilDone,
      seq,
      updateTime: time,
    })
    publishes.set(publishId, { mediaId, polls: 0, status: 1 })
    if (pollsUntilDone <= 0) finish(publishId)
    else if (options.publishesWithinMs !== undefined) {
      setTimeout(() => publishes.get(publishId)?.status === 1 && finish(publishId), options.publishesWithinMs).unref()
    }
    // publish_id is documented as an int in submit's answer (and as a string in freepublish/get)
    return { ...OK, msg_data_id: String(2_247_483_000 + seq), publish_id: Number(publishId) }
  }

  /** The job takes its outcome; on success the draft leaves the draft box, as on WeChat. */
  function finish(publishId: string): void {
    const job = jobs.get(publishId)
    const entry = publishes.get(publishId)
    if (!job || !entry) return
    entry.status = job.outcome
    job.updateTime = now()
    if (job.outcome === 0) {
      entry.articleId = randomId(32)
      job.articleUrls = job.articles.map(() => `https://mp.weixin.qq.com/s/${randomId(16)}`)
      entry.articleUrl = job.articleUrls[0]
      drafts.delete(entry.mediaId)
      draftTimes.delete(entry.mediaId)
    }
    sendPublishEvent(publishId)
  }

  /** fail_idx: the failing article numbers (first is 1) for status 2 and 4, empty otherwise (as documented). */
  const failIdx = (status: number) => (status === 2 || status === 4 ? [1] : [])

  /** POST /cgi-bin/freepublish/get {publish_id} */
  function publishGet(ctx: Context): Json {
    const raw = (ctx.body as Json | undefined)?.publish_id
    const publishId = typeof raw === 'number' || typeof raw === 'string' ? String(raw) : ''
    const entry = publishes.get(publishId)
    const job = jobs.get(publishId)
    if (!entry || !job) return fail(40007)
    entry.polls += 1
    const answer: Json = { fail_idx: failIdx(entry.status), publish_id: publishId, publish_status: entry.status }
    if (entry.status === 0) {
      answer.article_id = entry.articleId
      answer.article_detail = {
        count: job.articleUrls.length,
        item: job.articleUrls.map((article_url, i) => ({ article_url, idx: i + 1 })),
      }
    }
    if (entry.status === 1 && entry.polls >= job.pollsUntilDone) finish(publishId)
    return answer
  }

  /** POST /cgi-bin/freepublish/batchget {offset, count (1–20), no_content} → successful publishes, newest first. */
  function batchGet(ctx: Context): Json {
    const body = (ctx.body ?? {}) as Json
    const offset = Number(body.offset ?? 0)
    const count = Number(body.count)
    if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(count) || count < 1 || count > 20) return fail(40035)
    const published = [...publishes.entries()]
      .filter(([, entry]) => entry.status === 0)
      .map(([publishId, entry]) => ({ entry, job: jobs.get(publishId)! }))
      .sort((a, b) => b.job.updateTime - a.job.updateTime || b.job.seq - a.job.seq)
    const item = published.slice(offset, offset + count).map(({ entry, job }) => ({
      article_id: entry.articleId,
      content: {
        create_time: job.createTime,
        news_item: job.articles.map((article, i) => {
          const shown = newsItem(article, job.articleUrls[i] ?? '', { is_deleted: job.deleted[i] ?? false })
          if (body.no_content === 1) delete shown.content
          return shown
        }),
        update_time: job.updateTime,
      },
      update_time: job.updateTime,
    }))
    return { item, item_count: item.length, total_count: published.length }
  }

  /** POST /cgi-bin/freepublish/delete {article_id, index}: index 1…n deletes that article, 0 or none deletes all. */
  function publishDelete(ctx: Context): Json {
    const body = (ctx.body ?? {}) as Json
    const found = [...publishes.entries()].find(([, e]) => e.status === 0 && e.articleId === body.article_id)
    const job = found && jobs.get(found[0])
    if (!found || !job) return fail(40007)
    const index = Number(body.index ?? 0)
    if (!Number.isInteger(index) || index < 0 || index > job.deleted.length) return fail(40007)
    if (index === 0) job.deleted.fill(true)
    else job.deleted[index - 1] = true
    if (job.deleted.every(Boolean)) found[1].status = 5
    job.updateTime = now()
    return OK
  }

  // ---- events to the message server ---------------------------------------------------------------------

  /** PUBLISHJOBFINISH, signed like every message-server push; fire-and-forget. */
  function sendPublishEvent(publishId: string): void {
    const to = fake.eventsTo
    const entry = publishes.get(publishId)
    const job = jobs.get(publishId)
    if (!to || !entry || !job) return
    const info =
      entry.status === 0
        ? `<article_id>${cdata(entry.articleId ?? '')}</article_id><article_detail><count>${job.articleUrls.length}</count>` +
          job.articleUrls.map((u, i) => `<item><idx>${i + 1}</idx><article_url>${cdata(u)}</article_url></item>`).join('') +
          '</article_detail>'
        : failIdx(entry.status)
            .map((i) => `<fail_idx>${i}</fail_idx>`)
            .join('')
    const xml =
      `<xml><ToUserName>${cdata('gh_fake')}</ToUserName><FromUserName>${cdata('oFAKE')}</FromUserName>` +
      `<CreateTime>${now()}</CreateTime><MsgType>${cdata('event')}</MsgType><Event>${cdata('PUBLISHJOBFINISH')}</Event>` +
      `<PublishEventInfo><publish_id>${publishId}</publish_id><publish_status>${entry.status}</publish_status>${info}` +
      '</PublishEventInfo></xml>'
    const timestamp = String(now())
    const nonce = String(randomInt(1_000_000_000))
    const target = new URL(to)
    target.searchParams.set('signature', sha1([options.token ?? '', timestamp, nonce].sort().join('')))
    target.searchParams.set('timestamp', timestamp)
    target.searchParams.set('nonce', nonce)
    fetch(target, { body: xml, headers: { 'content-type': 'text/xml' }, method: 'POST' })
      .then((res) => res.body?.cancel())
      .catch(() => {})
  }

  // ---- routing ------------------------------------------------------------------------------------------

  const routes: Record<string, Route> = {
    '/cgi-bin/draft/add': { auth: true, handle: draftAdd, method: 'POST' },
    '/cgi-bin/draft/delete': { auth: true, handle: draftDelete, method: 'POST' },
    '/cgi-bin/draft/get': { auth: true, handle: draftGet, method: 'POST' },
    '/cgi-bin/freepublish/batchget': { auth: true, handle: batchGet, method: 'POST' },
    '/cgi-bin/freepublish/delete': { auth: true, handle: publishDelete, method: 'POST' },
    '/cgi-bin/freepublish/get': { auth: true, handle: publishGet, method: 'POST' },
    '/cgi-bin/freepublish/submit': { auth: true, handle: submit, method: 'POST' },
    '/cgi-bin/material/add_material': { auth: true, handle: addMaterial, method: 'POST', multipart: true },
    '/cgi-bin/media/uploadimg': { auth: true, handle: uploadImg, method: 'POST', multipart: true },
    '/cgi-bin/stable_token': { auth: false, handle: stableTokenRoute, method: 'POST' },
    '/cgi-bin/token': { auth: false, handle: tokenRoute, method: 'GET' },
  }

  function takeFault(path: string): Fault | undefined {
    const queue = faults.get(path)
    const head = queue?.[0]
    if (!queue || !head) return undefined
    head.left -= 1
    if (head.left <= 0) queue.shift()
    return head.fault
  }

  const later = (write: () => void) => {
    if (options.answerAfterMs) setTimeout(write, options.answerAfterMs)
    else write()
  }
  const sendJson = (res: ServerResponse, body: Json) =>
    later(() => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify(body))
    })
  const sendText = (res: ServerResponse, status: number) =>
    later(() => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(STATUS_CODES[status] ?? 'Error')
    })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake-wechat.local')
    const path = url.pathname
    const query = Object.fromEntries(url.searchParams)
    const raw = await readRaw(req)
    const contentType = req.headers['content-type'] ?? ''
    const ctx: Context = { body: undefined, query }
    if (contentType.startsWith('multipart/form-data')) {
      ctx.form = await parseMultipart(raw, contentType)
      ctx.body = ctx.form ? summarizeForm(ctx.form) : raw.toString('utf8')
    } else if (raw.length > 0) {
      const text = raw.toString('utf8')
      try {
        ctx.body = JSON.parse(text)
      } catch {
        ctx.body = text
      }
    }
    calls.push({ body: ctx.body ?? null, method: req.method ?? 'GET', path, query })

    const fault = takeFault(path)
    if (fault && 'hangUp' in fault) return void req.socket.destroy()
    if (fault && 'status' in fault) return sendText(res, fault.status)
    if (fault && 'errcode' in fault) return sendJson(res, fail(fault.errcode, fault.errmsg))
    if (fault && 'delayMs' in fault) {
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
      // The caller gave up (or died) during the delay: the request counts as never having arrived.
      if (req.socket.destroyed) return
    }

    const route = routes[path]
    if (!route) return sendText(res, 404)
    if (req.method !== route.method) return sendJson(res, fail(route.method === 'POST' ? 43002 : 43001))
    if (route.auth) {
      const problem = tokenProblem(query.access_token)
      if (problem) return sendJson(res, problem)
    }
    if (route.method === 'POST' && !route.multipart && typeof ctx.body === 'string') return sendJson(res, fail(47001))
    const remaining = quotas.get(path)
    if (remaining !== undefined && remaining <= 0) return sendJson(res, fail(45009))
    const answer = await route.handle(ctx)
    const succeeded = answer.errcode === undefined || answer.errcode === 0
    if (remaining !== undefined && succeeded) quotas.set(path, remaining - 1)
    sendJson(res, answer)
  }

  const calls: FakeWechat['calls'] = []
  const drafts: FakeWechat['drafts'] = new Map()
  const publishes: FakeWechat['publishes'] = new Map()
  const materials: FakeWechat['materials'] = new Map()
  const uploadedImages: string[] = []

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(`fake wechat: ${error instanceof Error ? error.message : String(error)}`)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  const fake: FakeWechat = {
    calls,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
    drafts,
    expireTokens() {
      for (const record of tokens.values()) record.expiresAt = Math.min(record.expiresAt, Date.now())
      stableToken = undefined
    },
    clearFaults() {
      const left = [...faults.values()].flat().reduce((sum, queued) => sum + queued.left, 0)
      faults.clear()
      return left
    },
    inject(path, fault, times = 1) {
      const queue = faults.get(path) ?? []
      queue.push({ fault, left: times })
      faults.set(path, queue)
    },
    materials,
    nextPublishOutcome(status, pollsUntilDone = 1) {
      pendingOutcome = { pollsUntilDone, status }
    },
    publishes,
    resetSecret(next) {
      secret = next
      for (const record of tokens.values()) record.revoked = true
      stableToken = undefined
    },
    setQuota(path, remaining) {
      quotas.set(path, remaining)
    },
    uploadedImages,
    url: `http://127.0.0.1:${port}`,
  }
  return fake
}
