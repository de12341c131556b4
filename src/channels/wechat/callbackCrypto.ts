/**
 * The pure part of the WeChat Official Account message server (消息服务器): URL/message signatures,
 * safe-mode (安全模式) AES message encryption, and the XML the server receives and answers with.
 * No I/O and no Payload imports, so it can be unit-tested against WeChat's published sample vectors.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto'

import { XMLParser, XMLValidator } from 'fast-xml-parser'

const sha1Sorted = (parts: string[]) =>
  createHash('sha1')
    .update([...parts].sort().join(''))
    .digest('hex')

/** The plain-mode `signature` query param: sha1 of the sorted, concatenated [token, timestamp, nonce]. */
export function urlSignature(token: string, timestamp: string, nonce: string): string {
  return sha1Sorted([token, timestamp, nonce])
}

/** The safe-mode `msg_signature`: sha1 of the sorted, concatenated [token, timestamp, nonce, Encrypt]. */
export function messageSignature(token: string, timestamp: string, nonce: string, encrypt: string): string {
  return sha1Sorted([token, timestamp, nonce, encrypt])
}

/** Constant-time comparison, so a forger cannot learn the signature byte by byte from response timing. */
export function signatureMatches(expected: string, given: null | string | undefined): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** WeChat pads to 32-byte blocks (PKCS#7 with k = 32), not AES's 16-byte block, so Node's auto padding is off. */
const PAD_BLOCK = 32

function aesKey(encodingAesKey: string): Buffer {
  // EncodingAESKey is 43 base64 chars; adding "=" makes it decode to exactly 32 bytes.
  if (typeof encodingAesKey !== 'string' || !/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) {
    throw new Error('WeChat EncodingAESKey must be 43 base64 characters')
  }
  const key = Buffer.from(`${encodingAesKey}=`, 'base64')
  if (key.length !== 32) throw new Error('WeChat EncodingAESKey does not decode to 32 bytes')
  return key
}

/**
 * Decrypts a safe-mode `Encrypt` value and returns the inner message (usually the plain message XML).
 * Plaintext layout: random(16) + msgLen (uint32 big-endian) + msg + appId, PKCS#7-padded to 32 bytes.
 * Throws if the key, ciphertext, padding or length is invalid, or the message is for another appId.
 */
export function decryptMessage(encodingAesKey: string, encrypt: string, appId: string): string {
  const key = aesKey(encodingAesKey)
  if (typeof encrypt !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(encrypt.trim())) {
    throw new Error('WeChat Encrypt is not base64')
  }
  const ciphertext = Buffer.from(encrypt.trim(), 'base64')
  if (ciphertext.length === 0 || ciphertext.length % 16 !== 0) {
    throw new Error('WeChat Encrypt has an invalid ciphertext length')
  }
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16))
  decipher.setAutoPadding(false)
  const plain = Buffer.concat([decipher.update(ciphertext), decipher.final()])

  const pad = plain[plain.length - 1] ?? 0
  if (pad < 1 || pad > PAD_BLOCK || pad > plain.length || !plain.subarray(plain.length - pad).every((b) => b === pad)) {
    throw new Error('WeChat message has invalid padding (wrong key or tampered ciphertext)')
  }
  const body = plain.subarray(16, plain.length - pad) // drop the 16 random bytes and the padding
  if (body.length < 4) throw new Error('WeChat message is too short')
  const msgLen = body.readUInt32BE(0)
  if (4 + msgLen > body.length) throw new Error('WeChat message has an invalid length field')
  const fromAppId = body.subarray(4 + msgLen).toString('utf8')
  if (fromAppId !== appId) throw new Error('WeChat message was encrypted for a different appId')
  return body.subarray(4, 4 + msgLen).toString('utf8')
}

/** Encrypts a reply for safe mode (the inverse of decryptMessage); returns the base64 `Encrypt` value. */
export function encryptMessage(encodingAesKey: string, message: string, appId: string, random16?: Buffer): string {
  const key = aesKey(encodingAesKey)
  const random = random16 ?? randomBytes(16)
  if (random.length !== 16) throw new Error('random16 must be exactly 16 bytes')
  const msg = Buffer.from(message, 'utf8')
  const msgLen = Buffer.alloc(4)
  msgLen.writeUInt32BE(msg.length, 0)
  const unpadded = Buffer.concat([random, msgLen, msg, Buffer.from(appId, 'utf8')])
  const pad = PAD_BLOCK - (unpadded.length % PAD_BLOCK) // 1..32: a full block when already aligned
  const plain = Buffer.concat([unpadded, Buffer.alloc(pad, pad)])
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16))
  cipher.setAutoPadding(false)
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64')
}

const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false, // keep every value a string: MsgId (64-bit) would lose precision as a number
  processEntities: true, // only the five XML entities; DOCTYPE (the only way to define more) is refused below
  htmlEntities: false,
  trimValues: true, // CDATA content is never trimmed by fast-xml-parser, only the whitespace around it
})

type XmlNode = string | XmlNode[] | { [key: string]: XmlNode }

function flatten(node: XmlNode, prefix: string, out: [string, string][]): void {
  if (typeof node === 'string') {
    out.push([prefix, node])
  } else if (Array.isArray(node)) {
    node.forEach((item, i) => flatten(item, `${prefix}.${i}`, out))
  } else {
    for (const [key, value] of Object.entries(node)) {
      if (key === '#text') continue // text mixed with child elements carries nothing in WeChat messages
      flatten(value, prefix ? `${prefix}.${key}` : key, out)
    }
  }
}

/**
 * Parses a WeChat message/event `<xml>…</xml>` into a flat record of strings (CDATA or plain text;
 * numbers stay strings, so MsgId is exact). Attributes are ignored.
 *
 * Nested elements are flattened with dotted keys: `<PublishEventInfo><publish_id>1</publish_id>…`
 * gives `PublishEventInfo.publish_id: '1'`. A repeated sibling element gets a zero-based index segment
 * for every occurrence (`…article_detail.item.0.idx`, `…item.1.idx`); a single one gets none (`…item.idx`).
 *
 * A DOCTYPE (outside CDATA) is refused, so no entity can be defined: no XXE, no entity expansion ("billion laughs").
 * Throws on malformed XML or when the root element is not `<xml>`.
 */
export function parseMessageXml(xml: string): Record<string, string> {
  if (typeof xml !== 'string') throw new Error('WeChat message XML must be a string')
  // Look outside CDATA only, so a follower who types "<!DOCTYPE" in a text message is not refused.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ''))) {
    throw new Error('WeChat message XML must not contain a DOCTYPE')
  }
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new Error(`Malformed WeChat message XML: ${valid.err.msg} (line ${valid.err.line})`)
  const doc = parser.parse(xml) as Record<string, XmlNode>
  const roots = Object.keys(doc)
  const root = doc.xml
  if (roots.length !== 1 || roots[0] !== 'xml' || Array.isArray(root)) {
    throw new Error('WeChat message XML must have a single <xml> root')
  }
  if (root === '' || root === undefined) return {}
  if (typeof root !== 'object') throw new Error('WeChat message <xml> root has no elements')
  const out: [string, string][] = []
  flatten(root, '', out)
  // fast-xml-parser already refuses `<__proto__>`; fromEntries (own properties) is a second guard.
  return Object.fromEntries(out)
}

/** Drops characters XML 1.0 forbids (C0 controls other than tab/LF/CR), which would make WeChat reject the reply. */
// eslint-disable-next-line no-control-regex -- matching the control characters is the point
const xmlSafe = (value: string) => value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')

/** A CDATA section that stays well-formed whatever the value: "]]>" is split across two sections. */
const cdata = (value: string) => `<![CDATA[${xmlSafe(value).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`

const digits = (value: number | string, name: string) => {
  const text = String(value)
  if (!/^\d+$/.test(text)) throw new Error(`${name} must be a non-negative integer`)
  return text
}

/** The passive text reply (被动回复文本消息). `toUser` is the follower's OpenID, `fromUser` the account's ID. */
export function textReplyXml(reply: { content: string; createTime: number; fromUser: string; toUser: string }): string {
  return (
    `<xml><ToUserName>${cdata(reply.toUser)}</ToUserName><FromUserName>${cdata(reply.fromUser)}</FromUserName>` +
    `<CreateTime>${digits(reply.createTime, 'createTime')}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
    `<Content>${cdata(reply.content)}</Content></xml>`
  )
}

/** The safe-mode reply envelope around an encrypted reply (see encryptMessage and messageSignature). */
export function encryptedReplyXml(reply: { encrypt: string; nonce: string; signature: string; timestamp: number | string }): string {
  return (
    `<xml><Encrypt>${cdata(reply.encrypt)}</Encrypt><MsgSignature>${cdata(reply.signature)}</MsgSignature>` +
    `<TimeStamp>${digits(reply.timestamp, 'timestamp')}</TimeStamp><Nonce>${cdata(reply.nonce)}</Nonce></xml>`
  )
}
