/**
 * Whether a call to the message server may be taken as WeChat's, before anything in its body is read: the URL
 * signature over WECHAT_TOKEN, a timestamp inside the replay window, and in safe mode nothing but encrypted
 * messages. Pure; the nonce (has this exact call been seen?) is the caller's, in the database.
 */
import type { WechatCallbackSettings } from './callbackSettings'

import { signatureMatches, urlSignature } from './callbackCrypto'

export type CallbackQuery = Record<string, string | undefined>
export type CallbackRefusal = { code: 'plaintext' | 'signature' | 'stale'; message: string }

const SIGNATURE: CallbackRefusal = { code: 'signature', message: '签名无效 / invalid signature' }
const STALE: CallbackRefusal = { code: 'stale', message: '时间戳超出允许范围，疑为重放 / timestamp outside the window (replay?)' }
const PLAINTEXT: CallbackRefusal = { code: 'plaintext', message: '已启用安全模式，只接受加密消息 / safe mode: only encrypted messages are accepted' }

const TIMESTAMP = /^\d{1,12}$/

/** `message` is a POST (a follower's message or an event); the URL handshake (GET) carries no message. */
export function refuseCallback(
  q: CallbackQuery,
  settings: WechatCallbackSettings,
  nowSeconds: number,
  kind: 'handshake' | 'message',
): CallbackRefusal | null {
  const { nonce = '', timestamp = '' } = q
  if (!settings.token || !nonce || !signatureMatches(urlSignature(settings.token, timestamp, nonce), q.signature)) return SIGNATURE
  if (!TIMESTAMP.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > settings.replayWindowSeconds) return STALE
  if (kind === 'message') {
    const encrypted = q.encrypt_type === 'aes'
    if (settings.aesKey && !encrypted) return PLAINTEXT
    if (!settings.aesKey && encrypted) return SIGNATURE
  }
  return null
}

/** What identifies one call from WeChat: WeChat never sends the same timestamp and nonce twice. */
export const nonceKey = (q: CallbackQuery) => `${q.timestamp}:${q.nonce}`

/** Until when a call's nonce must be remembered: after that its timestamp is stale. */
export const nonceExpiry = (q: CallbackQuery, settings: WechatCallbackSettings) =>
  new Date((Number(q.timestamp) + settings.replayWindowSeconds + 1) * 1000)
