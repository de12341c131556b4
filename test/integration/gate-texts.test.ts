/**
 * Issue #15, the texts that go out: the machine first pass cannot be evaded by how a text is written, and
 * checks the media texts too (class 7); the WeChat callback takes no replays (class 6).
 */
import { describe, expect, it } from 'vitest'

import { decryptMessage, encryptMessage, messageSignature, parseMessageXml, urlSignature } from '../../src/channels/wechat/callbackCrypto'
import { richText } from '../../src/richText'
import { pngImage } from '../helpers/files'
import { withServer } from '../helpers/server'

const TOKEN = 'texts-token'
const APPID = 'wx5823bf96d3bd56c7'
const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'

// Valid by GB 11643, fictitious.
const ID = '350121198503124026'
const fullWidth = (digits: string) => [...digits].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('')

type Finding = { end: number; excerpt: string; field?: string; file?: string; mediaField?: string; rule: string; start: number }

const nowSeconds = () => Math.floor(Date.now() / 1000)
let msgIds = 990_000_000_000_100

const textMessage = (content: string, msgId = String(msgIds++)) =>
  `<xml><ToUserName><![CDATA[gh_qingshi]]></ToUserName><FromUserName><![CDATA[oTexts]]></FromUserName><CreateTime>${nowSeconds()}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId></xml>`

/** A message as WeChat sends it in safe mode: URL signature, msg_signature over the encrypted envelope. */
const sealed = (xml: string, at = { nonce: String(Math.floor(Math.random() * 1e9)), timestamp: String(nowSeconds()) }) => {
  const { nonce, timestamp } = at
  const encrypt = encryptMessage(AES_KEY, xml, APPID)
  const query = new URLSearchParams({
    encrypt_type: 'aes',
    msg_signature: messageSignature(TOKEN, timestamp, nonce, encrypt),
    nonce,
    signature: urlSignature(TOKEN, timestamp, nonce),
    timestamp,
  })
  return { body: `<xml><ToUserName><![CDATA[gh_qingshi]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`, query }
}

/** The digits of a text, full-width ones included, in a row. */
const digitsOf = (text: string) => text.normalize('NFKC').replace(/\D/g, '')

withServer(
  'gate: texts that go out (checks that cannot be evaded, media texts, WeChat replays)',
  (s) => {
    describe('class 7: the machine first pass', () => {
      /** what the text is, and the part of it a finding must cover */
      const evasions: [string, string, string][] = [
        ['ID number in full-width digits', `低保对象身份证号${fullWidth(ID)}。`, fullWidth(ID)],
        ['ID number with spaces', '低保对象身份证号3501 2119 8503 1240 26。', '3501 2119 8503 1240 26'],
        ['ID number with zero-width spaces', `低保对象身份证号${[...ID].join('\u200b')}。`, [...ID].join('\u200b')],
        [
          'mobile in full-width digits with hyphens',
          `联系人${fullWidth('138')}-${fullWidth('1234')}-${fullWidth('5678')}。`,
          `${fullWidth('138')}-${fullWidth('1234')}-${fullWidth('5678')}`,
        ],
        ['mobile with a zero-width joiner', '联系人1\u200d3812345678。', '1\u200d3812345678'],
        ['密级 mark with a zero-width space', '😀本件机\u200b密★，请阅。', '机\u200b密★'],
        ['密级 mark in traditional characters', '😀本件機密★長期，请阅。', '機密★長期'],
      ]

      it.each(evasions)('POST /api/checks finds %s, at the original offsets', async (_, text, span) => {
        const { agent } = await s().as('editor')
        const res = await agent.post('/api/checks').send({ text })
        expect(res.status).toBe(200)
        const blocks = (res.body.findings as Finding[]).filter((f) => f.rule === 'secrecy' || f.rule === 'personal-info')
        expect(blocks.map((f) => text.slice(f.start, f.end))).toEqual([span])
        // A personal number is starred in the excerpt (stored and shown to all staff); a 密级 mark shows as written.
        expect(blocks[0]!.excerpt).toContain(blocks[0]!.rule === 'personal-info' ? span.replace(/[^\s()（）+-]/g, '*') : span)
      })

      it('submit is refused (400 checks, still a draft) for each evasion in title, summary, keywords or body', async () => {
        const { agent } = await s().as('editor')
        const places = [
          (t: string) => ({ title: t.slice(0, 60) }),
          (t: string) => ({ summary: t }),
          (t: string) => ({ keywords: t }),
          (t: string) => ({ body: richText(t) }),
        ]
        for (const [i, [, text]] of evasions.entries()) {
          const data = { body: richText('青石乡召开工作会议。'), title: `规避检查${i}`, ...places[i % places.length]!(text) }
          const created = await agent.post('/api/news').send(data)
          expect(created.status).toBe(201)
          const id = created.body.doc.id
          const res = await agent.post(`/api/news/${id}/workflow`).send({ action: 'submit' })
          expect(res.status).toBe(400)
          expect(res.body.errors[0].code).toBe('checks')
          const field = Object.keys(places[i % places.length]!(text))[0]
          expect((res.body.findings as Finding[]).some((f) => f.field === field && ['personal-info', 'secrecy'].includes(f.rule))).toBe(true)
          const draft = (await s().payload.findByID({ collection: 'news', draft: true, id })) as unknown as {
            workflow: { checks: unknown; state: string }
          }
          expect(draft.workflow.state).toBe('draft')
          expect((await s().request.get(`/api/news/${id}`)).status).toBe(404)
          // What the refusal kept (the findings on the item, the audit entry) never holds the number it blocked.
          const log = await s().payload.find({ collection: 'audit-log', where: { document: { equals: String(id) } } })
          const kept = JSON.stringify([draft.workflow.checks, log.docs.map((d) => d.comment)])
          if (!/密/.test(text)) expect(digitsOf(kept)).not.toContain(digitsOf(text))
        }
      })

      it('checks the cover’s alt text, caption and file name: submit is refused and names each', async () => {
        const data = await pngImage(400, 300)
        const media = await s().payload.create({
          collection: 'media',
          data: { alt: '会议现场（机\u200b密★）', caption: `获奖者身份证${fullWidth(ID)}` },
          file: { data, mimetype: 'image/png', name: `photo-${ID}.png`, size: data.length },
        })
        const { agent } = await s().as('editor')
        const created = await agent.post('/api/news').send({ body: richText('青石乡召开工作会议。'), cover: media.id, title: '封面说明检查' })
        expect(created.status).toBe(201)
        const res = await agent.post(`/api/news/${created.body.doc.id}/workflow`).send({ action: 'submit' })
        expect(res.status).toBe(400)
        const onCover = (res.body.findings as Finding[]).filter((f) => f.field === 'cover' && f.mediaField)
        expect(onCover.map((f) => [f.mediaField, f.rule]).sort()).toEqual([
          ['alt', 'secrecy'],
          ['caption', 'personal-info'],
          ['filename', 'personal-info'],
        ])
        const alt = onCover.find((f) => f.mediaField === 'alt')!
        expect('会议现场（机\u200b密★）'.slice(alt.start, alt.end)).toBe('机\u200b密★')

        // The admin's 检查 button (unsaved data) sees the same.
        const checked = await agent.post('/api/checks').send({ collection: 'news', data: { cover: media.id, title: '封面说明检查' } })
        expect((checked.body.findings as Finding[]).filter((f) => f.mediaField).length).toBe(3)
      })
    })

    describe('class 6: the WeChat callback refuses replays', () => {
      const post = (query: URLSearchParams, body: string) =>
        s().request.post(`/api/wechat/callback?${query}`).set('content-type', 'text/xml').send(body)
      const nonces = async () => (await s().payload.count({ collection: 'wechat-nonces' })).totalDocs
      const seen = (msgId: string) => s().payload.kv.get(`wechat-seen:${msgId}`)

      it('a fresh encrypted message is answered, and its timestamp + nonce are kept', async () => {
        await s().reviewOrgan({ phone: '0591-22334455' })
        const before = await nonces()
        const { body, query } = sealed(textMessage('电话'))
        const res = await post(query, body)
        expect(res.status).toBe(200)
        const reply = parseMessageXml(decryptMessage(AES_KEY, parseMessageXml(res.text).Encrypt!, APPID))
        expect(reply.Content).toContain('0591-22334455')
        expect(await nonces()).toBe(before + 1)
      })

      /** Each attempt is a 401, answers nothing and records nothing (no nonce, the message not seen). */
      const refusedCall = async (attempt: () => ReturnType<typeof post>, msgId: string, code: string) => {
        const before = await nonces()
        const res = await attempt()
        expect(res.status).toBe(401)
        expect(res.body.errors?.[0]?.code).toBe(code)
        expect(res.text).not.toContain('0591-22334455')
        expect(res.text).not.toContain('Encrypt')
        expect(await nonces()).toBe(before)
        expect(await seen(msgId)).toBeNull()
      }

      it('a validly signed call three days old (or a day ahead) is refused as stale', async () => {
        for (const offset of [-3 * 86_400, 86_400]) {
          const msgId = String(msgIds++)
          const { body, query } = sealed(textMessage('电话', msgId), { nonce: '4242', timestamp: String(nowSeconds() + offset) })
          await refusedCall(() => post(query, body), msgId, 'stale')
        }
        const old = String(nowSeconds() - 3 * 86_400)
        const handshake = new URLSearchParams({
          echostr: '7193469830145843061',
          nonce: '1',
          signature: urlSignature(TOKEN, old, '1'),
          timestamp: old,
        })
        const res = await s().request.get(`/api/wechat/callback?${handshake}`)
        expect(res.status).toBe(401)
        expect(res.text).not.toContain('7193469830145843061')
      })

      it('the same call twice, or its timestamp + nonce with another body, is refused as a replay', async () => {
        const at = { nonce: String(Math.floor(Math.random() * 1e9)), timestamp: String(nowSeconds()) }
        const first = sealed(textMessage('电话'), at)
        expect((await post(first.query, first.body)).status).toBe(200)

        const msgId = String(msgIds++)
        await refusedCall(() => post(first.query, first.body), msgId, 'replay')
        // Captured signature, another body signed for it (as whoever holds the token could): still the same call.
        const other = sealed(textMessage('电话', msgId), at)
        await refusedCall(() => post(other.query, other.body), msgId, 'replay')
        // The captured URL signature with another body whose msg_signature does not match: forged.
        const forged = sealed(textMessage('电话', msgId))
        await refusedCall(() => post(first.query, forged.body), msgId, 'signature')
      })

      it('plaintext while safe mode is configured is refused, however well it is signed', async () => {
        const msgId = String(msgIds++)
        const timestamp = String(nowSeconds())
        const query = new URLSearchParams({ nonce: '777', signature: urlSignature(TOKEN, timestamp, '777'), timestamp })
        await refusedCall(() => post(query, textMessage('电话', msgId)), msgId, 'plaintext')
        query.set('encrypt_type', 'raw')
        await refusedCall(() => post(query, textMessage('电话', msgId)), msgId, 'plaintext')
      })

      it('nonces past their window are dropped before the next call is recorded', async () => {
        // An entry left over for exactly the next call's timestamp + nonce, but expired: it must not make that call a replay.
        const at = { nonce: String(Math.floor(Math.random() * 1e9)), timestamp: String(nowSeconds()) }
        await s().payload.create({
          collection: 'wechat-nonces',
          data: { expiresAt: new Date(Date.now() - 60_000).toISOString(), key: `${at.timestamp}:${at.nonce}` },
        })
        const { body, query } = sealed(textMessage('你好'), at)
        expect((await post(query, body)).status).toBe(200)
        expect((await post(query, body)).status).toBe(401)
      })

      it('no API reads or writes the nonces', async () => {
        const { agent } = await s().as('admin')
        expect((await agent.get('/api/wechat-nonces')).status).toBe(403)
        expect((await agent.post('/api/wechat-nonces').send({ expiresAt: new Date().toISOString(), key: 'x' })).status).toBe(403)
        expect((await s().request.get('/api/wechat-nonces')).status).toBe(403)
      })
    })
  },
  { env: () => ({ WECHAT_AES_KEY: AES_KEY, WECHAT_APPID: APPID, WECHAT_TOKEN: TOKEN }) },
)
