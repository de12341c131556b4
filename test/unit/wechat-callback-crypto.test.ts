import { createCipheriv, createDecipheriv, createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import {
  decryptMessage,
  encryptedReplyXml,
  encryptMessage,
  messageSignature,
  parseMessageXml,
  signatureMatches,
  textReplyXml,
  urlSignature,
} from '../../src/channels/wechat/callbackCrypto'

// The EncodingAESKey used by WeChat's own 消息加解密 sample code (cryptoDemo.zip).
const SAMPLE_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'
const APP_ID = 'wx5823bf96d3bd56c7'
const RANDOM = Buffer.from('0123456789abcdef')

/** Independent reading of the wire format, written straight from the spec with node:crypto. */
function referenceDecrypt(encodingAesKey: string, encrypt: string) {
  const key = Buffer.from(`${encodingAesKey}=`, 'base64')
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16))
  decipher.setAutoPadding(false)
  const plain = Buffer.concat([decipher.update(Buffer.from(encrypt, 'base64')), decipher.final()])
  const pad = plain[plain.length - 1]!
  const len = plain.readUInt32BE(16)
  return {
    appId: plain.subarray(20 + len, plain.length - pad).toString(),
    message: plain.subarray(20, 20 + len).toString(),
    pad,
    padBytes: [...plain.subarray(plain.length - pad)],
    random: plain.subarray(0, 16),
  }
}

/** Independent encryption with explicit 32-byte PKCS#7, or Node's own 16-byte PKCS#7 when `block16`. */
function referenceEncrypt(encodingAesKey: string, message: string, appId: string, random: Buffer, block16 = false) {
  const key = Buffer.from(`${encodingAesKey}=`, 'base64')
  const len = Buffer.alloc(4)
  len.writeUInt32BE(Buffer.byteLength(message))
  let plain = Buffer.concat([random, len, Buffer.from(message), Buffer.from(appId)])
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16))
  if (!block16) {
    const pad = 32 - (plain.length % 32)
    plain = Buffer.concat([plain, Buffer.alloc(pad, pad)])
    cipher.setAutoPadding(false)
  }
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64')
}

/** An ASCII message such that random(16) + msgLen(4) + msg + appId is exactly `total` bytes. */
const messageForPlaintextLength = (total: number, appId = APP_ID) => 'm'.repeat(total - 20 - appId.length)

describe('signatures', () => {
  it('matches the reference URL signature example', () => {
    expect(urlSignature('AAAAA', '1714036504', '1514711492')).toBe('f464b24fc39322e44b38aa78f5edd27bd1441696')
  })

  it('sorts before hashing, as an independent sha1 of the sorted parts shows', () => {
    const expected = createHash('sha1').update(['1514711492', '1714036504', 'AAAAA'].join('')).digest('hex')
    expect(urlSignature('AAAAA', '1714036504', '1514711492')).toBe(expected)
  })

  it("matches the msg_signature of WeChat's Python sample (Sample.py, token spamtest)", () => {
    expect(messageSignature('spamtest', '1409735669', '1320562132', PYTHON_SAMPLE_ENCRYPT)).toBe('5d197aaffba7e9b25a30732f161a50dee96bd5fa')
  })

  it('compares signatures exactly, refusing missing or different-length values', () => {
    const sig = urlSignature('t', '1', 'n')
    expect(signatureMatches(sig, sig)).toBe(true)
    const flipped = `${sig.slice(0, -1)}${sig.endsWith('0') ? '1' : '0'}`
    expect(signatureMatches(sig, flipped)).toBe(false)
    expect(signatureMatches(sig, sig.slice(0, -1))).toBe(false)
    expect(signatureMatches(sig, '')).toBe(false)
    expect(signatureMatches(sig, null)).toBe(false)
    expect(signatureMatches(sig, undefined)).toBe(false)
  })
})

// Published vectors from WeChat's official 消息加解密 sample code ("cryptoDemo.zip",
// wximg.gtimg.com/shake_tv/mpwiki/cryptoDemo.zip): Java/.../WXBizMsgCryptTest.java and Python/Sample.py.
const JAVA_SAMPLE = {
  appId: 'wxb11529c136998cb6',
  cipher: 'jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==',
  message: '我是中文abcd123',
  random: Buffer.from('aaaabbbbccccdddd'),
}
const JAVA_SAMPLE_2 = {
  cipher:
    'jn1L23DB+6ELqJ+6bruv23M2GmYfkv0xBh2h+XTBOKVKcgDFHle6gqcZ1cZrk3e1qjPQ1F4RsLWzQRG9udbKWesxlkupqcEcW7ZQweImX9+wLMa0GaUzpkycA8+IamDBxn5loLgZpnS7fVAbExOkK5DYHBmv5tptA9tklE/fTIILHR8HLXa5nQvFb3tYPKAlHF3rtTeayNf0QuM+UW/wM9enGIDIJHF7CLHiDNAYxr+r+OrJCmPQyTy8cVWlu9iSvOHPT/77bZqJucQHQ04sq7KZI27OcqpQNSto2OdHCoTccjggX5Z9Mma0nMJBU+jLKJ38YB1fBIz+vBzsYjrTmFQ44YfeEuZ+xRTQwr92vhA9OxchWVINGC50qE/6lmkwWTwGX9wtQpsJKhP+oS7rvTY8+VdzETdfakjkwQ5/Xka042OlUb1/slTwo4RscuQ+RdxSGvDahxAJ6+EAjLt9d8igHngxIbf6YyqqROxuxqIeIch3CssH/LqRs+iAcILvApYZckqmA7FNERspKA5f8GoJ9sv8xmGvZ9Yrf57cExWtnX8aCMMaBropU/1k+hKP5LVdzbWCG0hGwx/dQudYR/eXp3P0XxjlFiy+9DMlaFExWUZQDajPkdPrEeOwofJb',
  message:
    '<xml><ToUserName><![CDATA[oia2Tj我是中文jewbmiOUlr6X-1crbLOvLw]]></ToUserName><FromUserName><![CDATA[gh_7f083739789a]]></FromUserName><CreateTime>1407743423</CreateTime><MsgType><![CDATA[video]]></MsgType><Video><MediaId><![CDATA[eYJ1MbwPRJtOvIEabaxHs7TX2D-HV71s79GUxqdUkjm6Gs2Ed1KF3ulAOA9H1xG0]]></MediaId><Title><![CDATA[testCallBackReplyVideo]]></Title><Description><![CDATA[testCallBackReplyVideo]]></Description></Video></xml>',
}
const PYTHON_SAMPLE_ENCRYPT =
  'hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE='

describe("WeChat's published sample vectors", () => {
  it('encrypts and decrypts the Java sample exactly', () => {
    const { appId, cipher, message, random } = JAVA_SAMPLE
    expect(encryptMessage(SAMPLE_KEY, message, appId, random)).toBe(cipher)
    expect(decryptMessage(SAMPLE_KEY, cipher, appId)).toBe(message)
  })

  it('encrypts and decrypts the longer Java sample (multi-block video reply XML)', () => {
    const { appId, random } = JAVA_SAMPLE
    expect(encryptMessage(SAMPLE_KEY, JAVA_SAMPLE_2.message, appId, random)).toBe(JAVA_SAMPLE_2.cipher)
    expect(decryptMessage(SAMPLE_KEY, JAVA_SAMPLE_2.cipher, appId)).toBe(JAVA_SAMPLE_2.message)
  })

  it("decrypts the Python sample's received message and parses it", () => {
    const xml = decryptMessage(SAMPLE_KEY, PYTHON_SAMPLE_ENCRYPT, 'wx2c2769f8efd9abc2')
    expect(parseMessageXml(xml)).toEqual({
      Content: 'abcdteT',
      CreateTime: '1409735668',
      FromUserName: 'oyORnuP8q7ou2gfYjqLzSIWZf0rs',
      MsgId: '6054768590064713728',
      MsgType: 'text',
      ToUserName: 'gh_10f6c3c3ac5a',
    })
    expect(() => decryptMessage(SAMPLE_KEY, PYTHON_SAMPLE_ENCRYPT, APP_ID)).toThrow(/different appId/)
  })
})

describe('safe-mode AES', () => {
  it.each([
    ['Chinese text', '你好，青石乡'],
    ['a 1-byte message', 'x'],
    ['a message making the plaintext a multiple of 32 bytes', messageForPlaintextLength(96)],
    ['an empty message', ''],
  ])('round-trips %s', (_, message) => {
    const encrypt = encryptMessage(SAMPLE_KEY, message, APP_ID)
    expect(decryptMessage(SAMPLE_KEY, encrypt, APP_ID)).toBe(message)
    // …and an independent decryption agrees on every field.
    const ref = referenceDecrypt(SAMPLE_KEY, encrypt)
    expect(ref.message).toBe(message)
    expect(ref.appId).toBe(APP_ID)
  })

  it('uses a fresh random prefix unless one is given', () => {
    const a = encryptMessage(SAMPLE_KEY, '你好', APP_ID)
    const b = encryptMessage(SAMPLE_KEY, '你好', APP_ID)
    expect(a).not.toBe(b)
    expect(encryptMessage(SAMPLE_KEY, '你好', APP_ID, RANDOM)).toBe(encryptMessage(SAMPLE_KEY, '你好', APP_ID, RANDOM))
    expect(referenceDecrypt(SAMPLE_KEY, encryptMessage(SAMPLE_KEY, '你好', APP_ID, RANDOM)).random).toEqual(RANDOM)
    expect(() => encryptMessage(SAMPLE_KEY, 'x', APP_ID, Buffer.alloc(15))).toThrow(/16 bytes/)
  })

  it('decrypts what an independent 32-byte-padding implementation encrypted', () => {
    for (const message of ['你好，青石乡', 'x', messageForPlaintextLength(64)]) {
      const encrypt = referenceEncrypt(SAMPLE_KEY, message, APP_ID, RANDOM)
      expect(encryptMessage(SAMPLE_KEY, message, APP_ID, RANDOM)).toBe(encrypt)
      expect(decryptMessage(SAMPLE_KEY, encrypt, APP_ID)).toBe(message)
    }
  })

  describe('pads with PKCS#7 to 32-byte blocks', () => {
    const cipherLength = (encrypt: string) => Buffer.from(encrypt, 'base64').length

    it('adds a whole 32-byte block when the plaintext is already a multiple of 32', () => {
      const encrypt = encryptMessage(SAMPLE_KEY, messageForPlaintextLength(64), APP_ID, RANDOM)
      expect(cipherLength(encrypt)).toBe(96) // 16-byte PKCS#7 would give 80
      expect(referenceDecrypt(SAMPLE_KEY, encrypt).padBytes).toEqual(Array(32).fill(32))
    })

    it('pads to the next 32-byte boundary, not the next 16-byte one', () => {
      const encrypt = encryptMessage(SAMPLE_KEY, messageForPlaintextLength(65), APP_ID, RANDOM)
      expect(cipherLength(encrypt)).toBe(96) // 16-byte PKCS#7 would give 80
      expect(referenceDecrypt(SAMPLE_KEY, encrypt).padBytes).toEqual(Array(31).fill(31))
    })

    it('adds 16 bytes when the plaintext is a multiple of 16 but not of 32', () => {
      // 80 bytes → 96. Here 32-byte and 16-byte PKCS#7 coincide, so Node's own padding must agree byte for byte.
      const message = messageForPlaintextLength(80)
      const encrypt = encryptMessage(SAMPLE_KEY, message, APP_ID, RANDOM)
      expect(cipherLength(encrypt)).toBe(96)
      expect(referenceDecrypt(SAMPLE_KEY, encrypt).padBytes).toEqual(Array(16).fill(16))
      expect(encrypt).toBe(referenceEncrypt(SAMPLE_KEY, message, APP_ID, RANDOM, true))
    })
  })

  describe('refuses', () => {
    const encrypt = encryptMessage(SAMPLE_KEY, '你好，青石乡', APP_ID, RANDOM)

    it('tampered ciphertext', () => {
      const bytes = Buffer.from(encrypt, 'base64')
      for (const at of [0, 17, bytes.length - 1]) {
        const tampered = Buffer.from(bytes)
        tampered[at]! ^= 0x01
        expect(() => decryptMessage(SAMPLE_KEY, tampered.toString('base64'), APP_ID)).toThrow()
      }
      expect(() => decryptMessage(SAMPLE_KEY, bytes.subarray(16).toString('base64'), APP_ID)).toThrow()
      expect(() => decryptMessage(SAMPLE_KEY, bytes.subarray(0, 40).toString('base64'), APP_ID)).toThrow(/length/)
      expect(() => decryptMessage(SAMPLE_KEY, '', APP_ID)).toThrow()
      expect(() => decryptMessage(SAMPLE_KEY, 'not base64!', APP_ID)).toThrow(/base64/)
    })

    it('a message for another appId', () => {
      expect(() => decryptMessage(SAMPLE_KEY, encrypt, 'wx0000000000000000')).toThrow(/different appId/)
    })

    it('the wrong key', () => {
      const otherKey = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefg'
      expect(() => decryptMessage(otherKey, encrypt, APP_ID)).toThrow()
    })

    it('an EncodingAESKey that is not 43 characters', () => {
      expect(() => decryptMessage(SAMPLE_KEY.slice(0, 42), encrypt, APP_ID)).toThrow(/43/)
      expect(() => decryptMessage(`${SAMPLE_KEY}=`, encrypt, APP_ID)).toThrow(/43/)
      expect(() => encryptMessage(`${SAMPLE_KEY}A`, 'x', APP_ID)).toThrow(/43/)
    })
  })
})

describe('parseMessageXml', () => {
  it('parses a text message, keeping CDATA verbatim and MsgId exact', () => {
    const xml = `<xml>
  <ToUserName><![CDATA[gh_123456789abc]]></ToUserName>
  <FromUserName><![CDATA[oAbCdEfGhIjKlMnOpQrStUvWxYz0]]></FromUserName>
  <CreateTime>1714036504</CreateTime>
  <MsgType><![CDATA[text]]></MsgType>
  <Content><![CDATA[ 你好，青石乡 <b>&amp; ]]></Content>
  <MsgId>23637352235060880</MsgId>
</xml>`
    expect(parseMessageXml(xml)).toEqual({
      Content: ' 你好，青石乡 <b>&amp; ',
      CreateTime: '1714036504',
      FromUserName: 'oAbCdEfGhIjKlMnOpQrStUvWxYz0',
      MsgId: '23637352235060880',
      MsgType: 'text',
      ToUserName: 'gh_123456789abc',
    })
  })

  it('decodes the standard XML entities in plain text and keeps leading zeros', () => {
    expect(parseMessageXml('<?xml version="1.0"?><xml><A>a &amp; &lt;b&gt;</A><B>007</B><C/></xml>')).toEqual({
      A: 'a & <b>',
      B: '007',
      C: '',
    })
  })

  it('flattens nested elements of an event with dotted keys (repeated siblings get an index)', () => {
    const xml = `<xml>
  <ToUserName><![CDATA[gh_123456789abc]]></ToUserName>
  <FromUserName><![CDATA[oAbCdEfGhIjKlMnOpQrStUvWxYz0]]></FromUserName>
  <CreateTime>1714036504</CreateTime>
  <MsgType><![CDATA[event]]></MsgType>
  <Event><![CDATA[PUBLISHJOBFINISH]]></Event>
  <PublishEventInfo>
    <publish_id>2247503051</publish_id>
    <publish_status>0</publish_status>
    <article_id><![CDATA[b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvyWP4Hq4]]></article_id>
    <article_detail>
      <count>2</count>
      <item><idx>1</idx><article_url><![CDATA[https://mp.weixin.qq.com/s/one]]></article_url></item>
      <item><idx>2</idx><article_url><![CDATA[https://mp.weixin.qq.com/s/two]]></article_url></item>
    </article_detail>
  </PublishEventInfo>
</xml>`
    expect(parseMessageXml(xml)).toEqual({
      CreateTime: '1714036504',
      Event: 'PUBLISHJOBFINISH',
      FromUserName: 'oAbCdEfGhIjKlMnOpQrStUvWxYz0',
      MsgType: 'event',
      'PublishEventInfo.article_detail.count': '2',
      'PublishEventInfo.article_detail.item.0.article_url': 'https://mp.weixin.qq.com/s/one',
      'PublishEventInfo.article_detail.item.0.idx': '1',
      'PublishEventInfo.article_detail.item.1.article_url': 'https://mp.weixin.qq.com/s/two',
      'PublishEventInfo.article_detail.item.1.idx': '2',
      'PublishEventInfo.article_id': 'b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvyWP4Hq4',
      'PublishEventInfo.publish_id': '2247503051',
      'PublishEventInfo.publish_status': '0',
      ToUserName: 'gh_123456789abc',
    })
    expect(parseMessageXml('<xml><P><article_detail><item><idx>1</idx></item></article_detail></P></xml>')).toEqual({
      'P.article_detail.item.idx': '1',
    })
  })

  it('refuses DOCTYPE, so neither external entities (XXE) nor entity expansion can happen', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><Content>&x;</Content></xml>'
    const laughs = '<!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><xml><Content>&b;</Content></xml>'
    const lowercase = '<!doctype xml [<!entity x "boom">]><xml><Content>&x;</Content></xml>'
    for (const xml of [xxe, laughs, lowercase]) expect(() => parseMessageXml(xml)).toThrow(/DOCTYPE/)
  })

  it('leaves undefined entities inert and accepts "<!DOCTYPE" typed inside CDATA', () => {
    expect(parseMessageXml('<xml><Content>&x;</Content></xml>')).toEqual({ Content: '&x;' })
    expect(parseMessageXml('<xml><Content><![CDATA[<!DOCTYPE html>]]></Content></xml>')).toEqual({
      Content: '<!DOCTYPE html>',
    })
  })

  it.each([
    ['unclosed element', '<xml><Content>hi</xml>'],
    ['not XML', 'success'],
    ['empty input', ''],
    ['another root', '<root><Content>hi</Content></root>'],
    ['two roots', '<xml><A>1</A></xml><xml><A>2</A></xml>'],
    ['a trailing element', '<xml><A>1</A></xml><B/>'],
    ['text only', '<xml>hello</xml>'],
  ])('throws on %s', (_, xml) => {
    expect(() => parseMessageXml(xml)).toThrow()
  })

  it('refuses a __proto__ element instead of polluting the prototype', () => {
    expect(() => parseMessageXml('<xml><__proto__><polluted>1</polluted></__proto__></xml>')).toThrow()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('reply XML', () => {
  it('builds the passive text reply', () => {
    expect(textReplyXml({ content: '你好', createTime: 123, fromUser: 'gh_abc', toUser: 'oUser' })).toBe(
      '<xml><ToUserName><![CDATA[oUser]]></ToUserName><FromUserName><![CDATA[gh_abc]]></FromUserName>' +
        '<CreateTime>123</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好]]></Content></xml>',
    )
  })

  it('keeps CDATA well-formed when the content contains "]]>"', () => {
    const content = 'a]]>b ]]]]> <![CDATA[x]]> & <tag>'
    const xml = textReplyXml({ content, createTime: 1714036504, fromUser: 'gh_abc', toUser: 'o]]>User' })
    expect(xml).toContain('a]]]]><![CDATA[>b')
    expect(parseMessageXml(xml)).toEqual({
      Content: content,
      CreateTime: '1714036504',
      FromUserName: 'gh_abc',
      MsgType: 'text',
      ToUserName: 'o]]>User',
    })
  })

  it('drops characters XML forbids and refuses a non-integer createTime', () => {
    const xml = textReplyXml({ content: 'a\u0000b\u0007c\td\ne', createTime: 1, fromUser: 'f', toUser: 't' })
    expect(parseMessageXml(xml).Content).toBe('abc\td\ne')
    expect(() => textReplyXml({ content: 'x', createTime: 1.5, fromUser: 'f', toUser: 't' })).toThrow(/createTime/)
  })

  it('builds the safe-mode envelope, which a receiver can verify and decrypt', () => {
    const token = 'QDG6eK'
    const timestamp = '1714036504'
    const nonce = '1514711492'
    const reply = textReplyXml({ content: '收到]]>', createTime: 1714036504, fromUser: 'gh_abc', toUser: 'oUser' })
    const encrypt = encryptMessage(SAMPLE_KEY, reply, APP_ID)
    const signature = messageSignature(token, timestamp, nonce, encrypt)
    const xml = encryptedReplyXml({ encrypt, nonce, signature, timestamp })
    expect(xml).toBe(
      `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt><MsgSignature><![CDATA[${signature}]]></MsgSignature>` +
        `<TimeStamp>${timestamp}</TimeStamp><Nonce><![CDATA[${nonce}]]></Nonce></xml>`,
    )
    const envelope = parseMessageXml(xml)
    expect(envelope.TimeStamp).toBe(timestamp)
    expect(signatureMatches(messageSignature(token, envelope.TimeStamp!, envelope.Nonce!, envelope.Encrypt!), envelope.MsgSignature)).toBe(true)
    expect(parseMessageXml(decryptMessage(SAMPLE_KEY, envelope.Encrypt!, APP_ID)).Content).toBe('收到]]>')
    expect(() => encryptedReplyXml({ encrypt, nonce, signature, timestamp: '1<x/>' })).toThrow(/timestamp/)
  })
})
