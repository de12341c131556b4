import { expect, it } from 'vitest'

import { decryptMessage, encryptMessage, messageSignature, parseMessageXml, urlSignature } from '../../src/channels/wechat/callbackCrypto'
import { reviewAndPublish } from '../../src/seed/reviewAndPublish'
import { withServer } from '../helpers/server'

const TOKEN = 'callback-token'
const APPID = 'wx5823bf96d3bd56c7'
const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'

const signed = (extra: Record<string, string> = {}) => {
  const timestamp = String(Math.floor(Date.now() / 1000))
  const nonce = String(Math.floor(Math.random() * 1e9))
  return new URLSearchParams({ nonce, signature: urlSignature(TOKEN, timestamp, nonce), timestamp, ...extra })
}

const textMessage = (content: string, msgId: string) =>
  `<xml><ToUserName><![CDATA[gh_qingshi]]></ToUserName><FromUserName><![CDATA[oFollower123]]></FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId></xml>`

/** The safe-mode envelope WeChat sends: the message encrypted, msg_signature over it. */
const sealed = (xml: string) => {
  const encrypt = encryptMessage(AES_KEY, xml, APPID)
  const query = signed({ encrypt_type: 'aes' })
  query.set('msg_signature', messageSignature(TOKEN, query.get('timestamp')!, query.get('nonce')!, encrypt))
  return { envelope: `<xml><ToUserName><![CDATA[gh_qingshi]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`, query }
}

/** The reply inside an encrypted answer ('success' stays as it is). */
const opened = (text: string) => (text === 'success' ? text : decryptMessage(AES_KEY, parseMessageXml(text).Encrypt!, APPID))

withServer(
  'WeChat message server: handshake, auto-replies, safe mode, publish events',
  (s) => {
    const postRaw = (query: URLSearchParams, xml: string) =>
      s().request.post(`/api/wechat/callback?${query}`).set('content-type', 'text/xml').send(xml)
    /** A message as WeChat sends it in safe mode, and the answer as the follower gets it. */
    const post = async (xml: string) => {
      const { envelope, query } = sealed(xml)
      const response = await postRaw(query, envelope)
      return { status: response.status, text: opened(response.text) }
    }

    it('answers the URL handshake with echostr, and a forged signature with 401', async () => {
      const ok = await s().request.get(`/api/wechat/callback?${signed({ echostr: '7193469830145843061' })}`)
      expect(ok.status).toBe(200)
      expect(ok.text).toBe('7193469830145843061')
      const query = signed({ echostr: '7193469830145843061' })
      query.set('signature', 'f464b24fc39322e44b38aa78f5edd27bd1441696')
      const forged = await s().request.get(`/api/wechat/callback?${query}`)
      expect(forged.status).toBe(401)
      expect(forged.text).not.toContain('7193469830145843061')
    })

    it('answers a keyword from the admin’s replies and the organ’s phone by default; anything else gets "success"', async () => {
      const rule = await s().payload.create({
        collection: 'wechat-replies',
        data: { keyword: '低保', match: 'contains', reply: '低保申请请到乡民政办办理。' },
      })
      // The machine first pass warns about 低保 (personal circumstances): the reviewer confirms having checked.
      await reviewAndPublish(s().payload, 'wechat-replies', rule.id, await s().chain(), { acknowledgeWarnings: true })
      await s().reviewOrgan({ phone: '0591-22334455' })

      const keyword = await post(textMessage('请问低保怎么申请', '23637352235060880'))
      expect(keyword.status).toBe(200)
      const reply = parseMessageXml(keyword.text)
      expect(reply).toMatchObject({ Content: '低保申请请到乡民政办办理。', FromUserName: 'gh_qingshi', MsgType: 'text', ToUserName: 'oFollower123' })

      const phone = parseMessageXml((await post(textMessage('你们电话多少', '23637352235060881'))).text)
      expect(phone.Content).toContain('0591-22334455')

      const nothing = await post(textMessage('你好', '23637352235060882'))
      expect(nothing.text).toBe('success')
    })

    it('a message WeChat sends again (same MsgId) is handled once and answered the same', async () => {
      const rule = await s().payload.create({
        collection: 'wechat-replies',
        data: { keyword: '办事时间', match: 'exact', reply: '工作日 8:30—17:30' },
      })
      await reviewAndPublish(s().payload, 'wechat-replies', rule.id, await s().chain())
      const first = parseMessageXml((await post(textMessage('办事时间', '23637352235060900'))).text)
      await s().payload.update({ id: rule.id, collection: 'wechat-replies', data: { reply: '已改' } })
      await reviewAndPublish(s().payload, 'wechat-replies', rule.id, await s().chain())
      const again = parseMessageXml((await post(textMessage('办事时间', '23637352235060900'))).text)
      expect(again.Content).toBe(first.Content)
      expect(first.Content).toBe('工作日 8:30—17:30')
    })

    it('safe mode: decrypts the message, checks msg_signature and answers encrypted', async () => {
      const { envelope, query } = sealed(textMessage('低保', '23637352235060950'))
      const response = await postRaw(query, envelope)
      expect(response.status).toBe(200)
      const outer = parseMessageXml(response.text)
      expect(outer.MsgSignature).toBe(messageSignature(TOKEN, outer.TimeStamp!, outer.Nonce!, outer.Encrypt!))
      expect(parseMessageXml(decryptMessage(AES_KEY, outer.Encrypt!, APPID)).Content).toBe('低保申请请到乡民政办办理。')

      // The right URL signature but a forged msg_signature: refused, nothing read.
      const again = sealed(textMessage('低保', '23637352235060951'))
      again.query.set('msg_signature', '0'.repeat(40))
      expect((await postRaw(again.query, again.envelope)).status).toBe(401)
    })

    it('a PUBLISHJOBFINISH event records the published article on the delivery', async () => {
      const delivery = await s().payload.create({
        collection: 'deliveries',
        data: {
          action: 'publish',
          channel: 'wechat',
          channelRef: '2247483701',
          collection: 'news',
          contentHash: 'h',
          document: '1',
          // Waiting for its next status check, as a submitted article does while WeChat reviews it (a row that
          // is due, or sending with no lease, is the runner's to take: it would race the event).
          dueAt: new Date(Date.now() + 3_600_000).toISOString(),
          external: { publishId: '2247483701' },
          status: 'queued',
        },
      })
      const event = `<xml><ToUserName><![CDATA[gh_qingshi]]></ToUserName><FromUserName><![CDATA[mphelper]]></FromUserName><CreateTime>1714036504</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[PUBLISHJOBFINISH]]></Event><PublishEventInfo><publish_id>2247483701</publish_id><publish_status>0</publish_status><article_id><![CDATA[ARTICLE_1]]></article_id><article_detail><count>1</count><item><idx>1</idx><article_url><![CDATA[https://mp.weixin.qq.com/s/abc]]></article_url></item></article_detail></PublishEventInfo></xml>`
      expect((await post(event)).text).toBe('success')
      const updated = await s().payload.findByID({ id: delivery.id, collection: 'deliveries' })
      expect(updated.external).toMatchObject({ articleId: 'ARTICLE_1', articleUrl: 'https://mp.weixin.qq.com/s/abc', publishStatus: 0 })

      // A forged event changes nothing.
      const forged = sealed(event.replace('ARTICLE_1', 'FORGED'))
      forged.query.set('nonce', '1')
      expect((await postRaw(forged.query, forged.envelope)).status).toBe(401)
      expect((await s().payload.findByID({ id: delivery.id, collection: 'deliveries' })).external).toMatchObject({ articleId: 'ARTICLE_1' })
    })
  },
  { env: () => ({ WECHAT_AES_KEY: AES_KEY, WECHAT_APPID: APPID, WECHAT_TOKEN: TOKEN }) },
)
