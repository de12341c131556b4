import type { Endpoint, Payload, PayloadRequest } from 'payload'

import type { ReplyRule } from './replies'

import { errorResponse } from '../../errors'
import {
  decryptMessage,
  encryptedReplyXml,
  encryptMessage,
  messageSignature,
  parseMessageXml,
  signatureMatches,
  textReplyXml,
  urlSignature,
} from './callbackCrypto'
import { pickReply } from './replies'

const NOTHING = () => new Response('success', { headers: { 'content-type': 'text/plain' } })
const forged = () => errorResponse(401, 'signature', '签名无效 / invalid signature')
/** WeChat retries an unanswered message up to three times within a minute; remembered far longer than that. */
const SEEN_PREFIX = 'wechat-seen:'

type Query = Record<string, string | undefined>

const queryOf = (req: PayloadRequest): Query => Object.fromEntries(new URL(req.url ?? '', 'http://local').searchParams)

/** The URL signature every call from WeChat carries, checked against WECHAT_TOKEN. */
const signedByWechat = (q: Query, token: string | undefined): token is string =>
  Boolean(token) && signatureMatches(urlSignature(token!, q.timestamp ?? '', q.nonce ?? ''), q.signature)

const MAX_MESSAGE_BYTES = 64 * 1024

/**
 * The Official Account's message server: the URL handshake, followers' text messages answered from the
 * keyword replies, and publish events completing WeChat deliveries. A request whose signature does not match
 * WECHAT_TOKEN is refused with 401 before anything in it is read.
 */
export const wechatCallbackEndpoints: Endpoint[] = [
  {
    handler: async (req) => {
      const q = queryOf(req)
      if (!signedByWechat(q, process.env.WECHAT_TOKEN)) return forged()
      return new Response(q.echostr ?? '', { headers: { 'content-type': 'text/plain' } })
    },
    method: 'get',
    path: '/wechat/callback',
  },
  {
    handler: async (req) => {
      const q = queryOf(req)
      const { WECHAT_AES_KEY: aesKey, WECHAT_APPID: appId = '', WECHAT_TOKEN: token } = process.env
      if (!signedByWechat(q, token)) return forged()
      // WeChat's messages are a few KB; anything much larger is not from WeChat's message push.
      const tooLarge = () => errorResponse(413, 'too-large', '消息过大 / Message too large')
      if (Number(req.headers.get('content-length') ?? 0) > MAX_MESSAGE_BYTES) return tooLarge()
      const raw = await req.text!()
      if (Buffer.byteLength(raw) > MAX_MESSAGE_BYTES) return tooLarge()
      const safe = q.encrypt_type === 'aes'
      let message: Record<string, string>
      try {
        const envelope = parseMessageXml(raw)
        if (safe) {
          const encrypt = envelope.Encrypt ?? ''
          if (!aesKey || !signatureMatches(messageSignature(token, q.timestamp ?? '', q.nonce ?? '', encrypt), q.msg_signature)) return forged()
          message = parseMessageXml(decryptMessage(aesKey, encrypt, appId))
        } else message = envelope
      } catch (error) {
        return errorResponse(400, 'message', `无法解析的消息 / unreadable message: ${(error as Error).message}`)
      }
      const reply = await handleMessage(req.payload, message)
      if (!reply) return NOTHING()
      const xml = textReplyXml({ content: reply, createTime: Math.floor(Date.now() / 1000), fromUser: message.ToUserName ?? '', toUser: message.FromUserName ?? '' })
      if (!safe) return new Response(xml, { headers: { 'content-type': 'application/xml' } })
      const encrypt = encryptMessage(aesKey!, xml, appId)
      const timestamp = String(Math.floor(Date.now() / 1000))
      const nonce = String(Math.floor(Math.random() * 1e9))
      return new Response(encryptedReplyXml({ encrypt, nonce, signature: messageSignature(token, timestamp, nonce, encrypt), timestamp }), {
        headers: { 'content-type': 'application/xml' },
      })
    },
    method: 'post',
    path: '/wechat/callback',
  },
]

/** The reply text for a message, or null. A message WeChat sends again gets the answer it got the first time. */
async function handleMessage(payload: Payload, message: Record<string, string>): Promise<null | string> {
  const key = `${SEEN_PREFIX}${message.MsgId || `${message.FromUserName}:${message.CreateTime}:${message.Event ?? ''}`}`
  const seen = await payload.kv.get<{ reply: null | string }>(key)
  if (seen) return seen.reply
  let reply: null | string = null
  if (message.MsgType === 'text') reply = await replyTo(payload, message.Content ?? '')
  else if (message.MsgType === 'event' && (message.Event === 'PUBLISHJOBFINISH' || message.Event === 'MASSSENDJOBFINISH')) await publishFinished(payload, message)
  await payload.kv.set(key, { reply })
  return reply
}

async function replyTo(payload: Payload, content: string): Promise<null | string> {
  const [rules, organ] = await Promise.all([
    payload.find({ collection: 'wechat-replies', depth: 0, overrideAccess: true, pagination: false, where: { enabled: { equals: true } } }),
    payload.findGlobal({ slug: 'organ', depth: 0 }),
  ])
  return pickReply(content, rules.docs as ReplyRule[], organ)
}

/**
 * WeChat's push of a publish result, recorded on the open delivery it names. The delivery's job finishes the
 * work (a replaced article is deleted after the new one is out) and, with the result known, spends none of
 * the 100 daily freepublish/get calls on it; when an event is lost, its poll finds the result anyway.
 */
async function publishFinished(payload: Payload, event: Record<string, string>) {
  const publishId = event['PublishEventInfo.publish_id']
  if (!publishId) return
  const { docs } = await payload.find({
    collection: 'deliveries',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: { and: [{ channel: { equals: 'wechat' } }, { channelRef: { equals: publishId } }] },
  })
  const delivery = docs[0]
  if (!delivery || delivery.status === 'delivered' || delivery.status === 'withdrawn') return
  const articleUrl = event['PublishEventInfo.article_detail.item.article_url'] ?? event['PublishEventInfo.article_detail.item.0.article_url']
  const result = { articleId: event['PublishEventInfo.article_id'], articleUrl, publishStatus: Number(event['PublishEventInfo.publish_status']) }
  await payload.update({ id: delivery.id, collection: 'deliveries', data: { external: { ...(delivery.external as object), ...result } }, overrideAccess: true })
}
