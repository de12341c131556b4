import type { Endpoint, Payload, PayloadRequest } from 'payload'

import type { WechatCallbackSettings } from './callbackSettings'
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
} from './callbackCrypto'
import { claimNonce } from './nonces'
import { type CallbackQuery, type CallbackRefusal, nonceExpiry, nonceKey, refuseCallback } from './replay'
import { pickReply } from './replies'
import { organInForce } from '../../organInForce'

const NOTHING = () => new Response('success', { headers: { 'content-type': 'text/plain' } })
const refused = ({ code, message }: { code: CallbackRefusal['code'] | 'replay'; message: string }) => errorResponse(401, code, message)
const forged = () => refused({ code: 'signature', message: '签名无效 / invalid signature' })
const replayed = () => refused({ code: 'replay', message: '该请求已处理过，疑为重放 / this call was received before (replay?)' })
/** WeChat retries an unanswered message up to three times within a minute; remembered far longer than that. */
const SEEN_PREFIX = 'wechat-seen:'

const queryOf = (req: PayloadRequest): CallbackQuery => Object.fromEntries(new URL(req.url ?? '', 'http://local').searchParams)
const nowSeconds = () => Math.floor(Date.now() / 1000)

const MAX_MESSAGE_BYTES = 64 * 1024

/**
 * The Official Account's message server: the URL handshake, followers' text messages answered from the
 * keyword replies, and publish events completing WeChat deliveries. A call whose URL signature does not match
 * WECHAT_TOKEN, whose timestamp is outside the replay window, or (in safe mode) that is not encrypted is refused
 * with 401 before anything in it is read; one whose timestamp and nonce were seen before is refused as a replay
 * once it is verified, and nothing in it is answered or recorded.
 */
export const wechatCallbackEndpoints = (settings: WechatCallbackSettings): Endpoint[] => [
  {
    handler: async (req) => {
      const q = queryOf(req)
      const refusal = refuseCallback(q, settings, nowSeconds(), 'handshake')
      if (refusal) return refused(refusal)
      if (!(await claimNonce(req.payload, nonceKey(q), nonceExpiry(q, settings)))) return replayed()
      return new Response(q.echostr ?? '', { headers: { 'content-type': 'text/plain' } })
    },
    method: 'get',
    path: '/wechat/callback',
  },
  {
    handler: async (req) => {
      const q = queryOf(req)
      const { aesKey, appId, token } = settings
      const refusal = refuseCallback(q, settings, nowSeconds(), 'message')
      if (refusal) return refused(refusal)
      // WeChat's messages are a few KB; anything much larger is not from WeChat's message push.
      const tooLarge = () => errorResponse(413, 'too-large', '消息过大 / Message too large')
      if (Number(req.headers.get('content-length') ?? 0) > MAX_MESSAGE_BYTES) return tooLarge()
      const raw = await req.text!()
      if (Buffer.byteLength(raw) > MAX_MESSAGE_BYTES) return tooLarge()
      const safe = Boolean(aesKey)
      let message: Record<string, string>
      try {
        const envelope = parseMessageXml(raw)
        if (safe) {
          const encrypt = envelope.Encrypt ?? ''
          if (!signatureMatches(messageSignature(token!, q.timestamp!, q.nonce!, encrypt), q.msg_signature)) return forged()
          message = parseMessageXml(decryptMessage(aesKey!, encrypt, appId))
        } else message = envelope
      } catch (error) {
        return errorResponse(400, 'message', `无法解析的消息 / unreadable message: ${(error as Error).message}`)
      }
      if (!(await claimNonce(req.payload, nonceKey(q), nonceExpiry(q, settings)))) return replayed()
      const reply = await handleMessage(req.payload, message)
      if (!reply) return NOTHING()
      const xml = textReplyXml({ content: reply, createTime: nowSeconds(), fromUser: message.ToUserName ?? '', toUser: message.FromUserName ?? '' })
      if (!safe) return new Response(xml, { headers: { 'content-type': 'application/xml' } })
      const encrypt = encryptMessage(aesKey!, xml, appId)
      const timestamp = String(nowSeconds())
      const nonce = String(Math.floor(Math.random() * 1e9))
      return new Response(encryptedReplyXml({ encrypt, nonce, signature: messageSignature(token!, timestamp, nonce, encrypt), timestamp }), {
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
  else if (message.MsgType === 'event' && (message.Event === 'PUBLISHJOBFINISH' || message.Event === 'MASSSENDJOBFINISH'))
    await publishFinished(payload, message)
  await payload.kv.set(key, { reply })
  return reply
}

async function replyTo(payload: Payload, content: string): Promise<null | string> {
  const [rules, organ] = await Promise.all([
    // Only what both reviews passed answers followers: a rule's published version, never its draft.
    payload.find({
      collection: 'wechat-replies',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      where: { and: [{ _status: { equals: 'published' } }, { enabled: { equals: true } }] },
    }),
    organInForce(payload),
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
  await payload.update({
    id: delivery.id,
    collection: 'deliveries',
    data: { external: { ...(delivery.external as object), ...result } },
    overrideAccess: true,
  })
}
