import type { Payload } from 'payload'

import { readFile } from 'node:fs/promises'
import sharp from 'sharp'

import type { WechatSettings } from '../../settings'
import type { ChannelAdapter, DeliveryInput } from '../types'

import { mediaFilePath } from '../../mediaFiles'
import { type ApprovedItem, approvedItem, bodyMedia, type MediaDoc, richTextBody } from '../approvedItem'
import { DeliveryError } from '../types'
import { articleImages, lexicalToWechatHtml } from './articleHtml'
import { WechatClient, wechatConfig, WechatError } from './client'
import { aboutItem } from '../../fields/itemRef'
import { organInForce } from '../../organInForce'

/** What a WeChat delivery learns, step by step; each id is saved before the next step depends on it. */
export type WechatExternal = {
  articleId?: string
  articleUrl?: string
  coverMediaId?: string
  deletedArticles?: string[]
  draftMediaId?: string
  images?: Record<string, string>
  msgDataId?: string
  publishId?: string
  publishStatus?: number
  /** set just before freepublish/submit: a retry that finds it but no publishId must not submit blindly */
  submitting?: boolean
  /** when that submit was sent (ISO) */
  submittingAt?: string
}

type Save = (patch: WechatExternal, channelRef?: string) => Promise<void>

const PUBLISH_FAILED: Record<number, string> = {
  2: '原创声明审核未通过 / originality check failed',
  3: '发布失败 / publishing failed',
  4: '未通过平台审核 / rejected by the platform’s review',
  5: '发布后已被删除 / deleted after publication',
  6: '发布后已被封禁 / banned after publication',
}
/** Polls of freepublish/get within one attempt (the quota is 100 a day), then a recheck each minute. */
const POLL_DELAYS_MS = [300, 700, 1500, 3000]
const PENDING_RECHECK_MS = 60_000
/**
 * After a submit whose answer was lost, how long its job may still be publishing (WECHAT_SUBMIT_SETTLE_MS). WeChat
 * lists a job only once it is out (batchget) and keeps the draft until then, so within this time "not out,
 * draft still there" means "wait", not "never arrived".
 */
const SUBMIT_SETTLE_MS = 30 * 60_000
/** …checked again this often meanwhile (a job is usually out within seconds). */
const SUBMIT_RECHECK_MS = 15_000

/** draft/add refuses content of 20,000 characters or more (inline styles count). */
const WECHAT_CONTENT_LIMIT = 20_000

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function mediaBytes(payload: Payload, media: MediaDoc, size?: string): Promise<{ data: Buffer; filename: string; type: string }> {
  const filename = (size && media.sizes?.[size]?.filename) || media.filename
  if (!filename) throw new DeliveryError(`图片 ${media.id} 没有文件 / image ${media.id} has no file`, true)
  const data = await readFile(mediaFilePath(payload, filename)).catch(() => {
    throw new DeliveryError(`图片文件缺失 / image file missing: ${filename}`, true)
  })
  return { data, filename, type: media.mimeType ?? 'image/jpeg' }
}

/** WeChat takes JPEG and PNG in articles, under 1 MB; anything else (WebP, GIF, large photos) becomes a JPEG. */
async function forArticle(file: { data: Buffer; filename: string; type: string }) {
  if ((file.type === 'image/jpeg' || file.type === 'image/png') && file.data.length < 1_000_000) return file
  const data = await sharp(file.data).resize({ width: 1080, withoutEnlargement: true }).jpeg({ quality: 80 }).toBuffer()
  return { data, filename: file.filename.replace(/\.\w+$/, '.jpg'), type: 'image/jpeg' }
}

const form = (file: { data: Buffer; filename: string; type: string }) => {
  const body = new FormData()
  body.set('media', new Blob([new Uint8Array(file.data)], { type: file.type }), file.filename)
  return body
}

/** A plain cover in the government red when the item has no image at all: WeChat requires one. */
const plainCover = async () => ({
  data: await sharp({ create: { background: '#b71c1c', channels: 3, height: 383, width: 900 } })
    .jpeg()
    .toBuffer(),
  filename: 'cover.jpg',
  type: 'image/jpeg',
})

/** Title, author and digest of the article: the item's own, the organ's short name as the author by default. */
export const articleMeta = (item: ApprovedItem, organShortName?: null | string) => ({
  author: (item.author as string | undefined) || organShortName || '',
  digest: (item.abstract as string | undefined) ?? (item.summary as string | undefined) ?? '',
  title: item.title ?? '',
})

/** The page on the website the article's 阅读原文 points to; the version marks which approved version it was. */
const sourceUrl = (settings: WechatSettings, delivery: DeliveryInput) =>
  `${settings.serverURL.replace(/\/$/, '')}/${delivery.collection}/${delivery.document}?v=${delivery.contentHash.slice(0, 12)}`

async function publishArticle(
  client: WechatClient,
  delivery: DeliveryInput,
  known: WechatExternal,
  save: Save,
  payload: Payload,
  settings: WechatSettings,
) {
  // Already out — the PUBLISHJOBFINISH event brought the result, or an earlier run adopted or polled it before it
  // was cut short: nothing to poll, and submitting again would fail on the draft WeChat took.
  if (known.publishStatus === 0 && known.articleId) return
  // Submitted: only the result is left to learn, and nothing new goes out, so the item need not be live any more.
  // A withdrawal waiting behind this delivery must learn the article to take it down.
  if (known.publishId) return pollPublish(client, known, save)
  const item = await approvedItem(payload, delivery)
  const body = richTextBody(payload, item, delivery.collection)
  const bodyImageIds = articleImages(body)
  const media = await bodyMedia(payload, body)

  if (!known.draftMediaId) {
    const images = { ...known.images }
    for (const id of bodyImageIds) {
      const doc = media.get(id)
      if (images[id] || !doc?.mimeType?.startsWith('image/')) continue
      const { url } = await client.call<{ url: string }>('/cgi-bin/media/uploadimg', { form: form(await forArticle(await mediaBytes(payload, doc))) })
      images[id] = url
      await save({ images })
    }
    if (!known.coverMediaId) {
      const cover = item.cover && typeof item.cover === 'object' ? (item.cover as MediaDoc) : media.get(bodyImageIds[0] ?? '')
      const file = cover ? await forArticle(await mediaBytes(payload, cover, 'wechatCover')) : await plainCover()
      const { media_id } = await client.call<{ media_id: string }>('/cgi-bin/material/add_material', { form: form(file), query: { type: 'image' } })
      await save({ coverMediaId: media_id })
    }
    const organ = await organInForce(payload)
    const content = lexicalToWechatHtml(body, { imageUrl: (id) => images[id], linkBase: settings.serverURL })
    if (content.length >= WECHAT_CONTENT_LIMIT) {
      throw new DeliveryError(`正文排版后 ${content.length} 字符，超过微信上限 ${WECHAT_CONTENT_LIMIT} / the article is too long for WeChat`, true)
    }
    const { media_id } = await client.call<{ media_id: string }>('/cgi-bin/draft/add', {
      json: {
        articles: [
          {
            article_type: 'news',
            ...articleMeta(item, organ.shortName),
            content,
            content_source_url: sourceUrl(settings, delivery),
            need_open_comment: 0,
            only_fans_can_comment: 0,
            thumb_media_id: known.coverMediaId,
          },
        ],
      },
    })
    await save({ draftMediaId: media_id })
  }

  if (!known.publishId && known.submitting && (await adoptEarlierSubmit(client, delivery, known, save, settings))) return
  if (!known.publishId) {
    await save({ submitting: true, submittingAt: new Date().toISOString() })
    const submitted = await client.call<{ msg_data_id?: string; publish_id: string }>('/cgi-bin/freepublish/submit', {
      json: { media_id: known.draftMediaId },
    })
    // The publish id is also the delivery's channel reference: WeChat's PUBLISHJOBFINISH event names it.
    await save({ msgDataId: submitted.msg_data_id, publishId: String(submitted.publish_id) }, String(submitted.publish_id))
  }
  await pollPublish(client, known, save)
}

/**
 * A retry after a crash during freepublish/submit: the request may have reached WeChat. If an article from
 * this version is already out, adopt it; if the draft is gone, WeChat took it — stop rather than risk a second
 * article; while the earlier submit may still be publishing, check again later; only when the draft is still
 * there long after it and nothing is out is it submitted (again).
 */
async function adoptEarlierSubmit(client: WechatClient, delivery: DeliveryInput, known: WechatExternal, save: Save, settings: WechatSettings) {
  const wanted = sourceUrl(settings, delivery)
  const list = await client.call<{
    item?: Array<{ article_id: string; content?: { news_item?: Array<{ content_source_url?: string; url?: string }> } }>
  }>('/cgi-bin/freepublish/batchget', { json: { count: 20, no_content: 1, offset: 0 } })
  const out = list.item?.find((entry) => entry.content?.news_item?.some((a) => a.content_source_url === wanted))
  if (out) {
    await save({ articleId: out.article_id, articleUrl: out.content?.news_item?.[0]?.url, publishStatus: 0, submitting: false })
    return true
  }
  const draft = await client.call('/cgi-bin/draft/get', { json: { media_id: known.draftMediaId } }).catch((error: unknown) => {
    if (error instanceof WechatError && error.errcode === 40007) return null
    throw error
  })
  if (!draft) {
    throw new DeliveryError(
      '发布请求已送出但结果未知，草稿已被取用：请在公众号后台核对是否已发布 / submitted before a crash; check the account before retrying',
      true,
    )
  }
  const since = known.submittingAt ? Date.now() - Date.parse(known.submittingAt) : Number.POSITIVE_INFINITY
  if (since < (settings.submitSettleMs || SUBMIT_SETTLE_MS)) {
    throw new DeliveryError(
      '上次发布请求结果未知，等微信发布完成后再核对 / an earlier submit may still be publishing: checking again',
      false,
      new Date(Date.now() + SUBMIT_RECHECK_MS),
    )
  }
  return false
}

async function pollPublish(client: WechatClient, known: WechatExternal, save: Save) {
  for (const delay of [0, ...POLL_DELAYS_MS]) {
    if (delay) await pause(delay)
    const state = await client.call<{
      article_detail?: { item?: Array<{ article_url: string }> }
      article_id?: string
      fail_idx?: number[]
      publish_status: number
    }>('/cgi-bin/freepublish/get', { json: { publish_id: known.publishId } })
    if (state.publish_status === 0) {
      await save({ articleId: state.article_id, articleUrl: state.article_detail?.item?.[0]?.article_url, publishStatus: 0, submitting: false })
      return
    }
    if (state.publish_status !== 1) {
      await save({ publishStatus: state.publish_status })
      throw new DeliveryError(`微信${PUBLISH_FAILED[state.publish_status] ?? `发布状态 ${state.publish_status}`}`, true)
    }
  }
  throw new DeliveryError('微信平台审核发布中，稍后再查 / WeChat is still reviewing the article', false, new Date(Date.now() + PENDING_RECHECK_MS))
}

/** The articles this item has out on WeChat: every earlier delivery's article not yet deleted. */
async function articlesOut(payload: Payload, delivery: DeliveryInput): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'deliveries',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    where: aboutItem(delivery.collection, delivery.document, { channel: { equals: 'wechat' } }, { id: { not_equals: delivery.id } }),
  })
  const deleted = new Set(docs.flatMap((d) => (d.external as WechatExternal | null)?.deletedArticles ?? []))
  return docs.map((d) => (d.external as WechatExternal | null)?.articleId).filter((id): id is string => Boolean(id) && !deleted.has(id!))
}

async function deleteArticles(client: WechatClient, ids: string[], known: WechatExternal, save: Save) {
  for (const articleId of ids) {
    if (known.deletedArticles?.includes(articleId)) continue
    await client.call('/cgi-bin/freepublish/delete', { json: { article_id: articleId, index: 0 } }).catch((error: unknown) => {
      // Already deleted (by an earlier attempt or by hand on the console): the goal is reached.
      if (!(error instanceof WechatError && error.errcode === 40007)) throw error
    })
    await save({ deletedArticles: [...(known.deletedArticles ?? []), articleId] })
  }
}

/**
 * The WeChat Official Account: images uploaded, draft/add, freepublish/submit, the result polled. A new
 * version replaces the article (WeChat cannot edit a published one); a withdrawal deletes it.
 */
export const deliverToWechat: ChannelAdapter<WechatSettings> = async (delivery, { payload, progress, settings }) => {
  const client = new WechatClient(wechatConfig(settings))
  const known = { ...(delivery.external as WechatExternal) }
  const save: Save = async (patch, channelRef) => {
    Object.assign(known, patch)
    await progress(patch, channelRef)
  }
  const earlier = await articlesOut(payload, delivery)
  if (delivery.action !== 'withdraw') await publishArticle(client, delivery, known, save, payload, settings)
  await deleteArticles(client, earlier, known, save)
  return {}
}
