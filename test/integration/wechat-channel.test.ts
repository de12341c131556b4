import { afterAll, expect, it } from 'vitest'

import { nextQuotaDay } from '../../src/channels/wechat/client'
import { richText } from '../../src/richText'
import { reviewAndPublish } from '../../src/seed/reviewAndPublish'
import { actAs } from '../../src/workflow/gate'
import { deliveriesOf, settled, until } from '../helpers/deliveries'
import { type FakeWechat, startFakeWechat } from '../helpers/fakeWechat'
import { pngImage } from '../helpers/files'
import { withServer } from '../helpers/server'

const APPID = 'wx5823bf96d3bd56c7'
const SECRET = 'fake-wechat-secret'
const SITE = 'https://www.qingshi.example.gov.cn'
let wechat: FakeWechat

/** WeChat is up before the server starts, which is given its address and the account. */
async function account() {
  wechat = await startFakeWechat({ appid: APPID, secret: SECRET, token: 'callback-token' })
  // Here a submit the fake failed or dropped never publishes later, so a retry need not wait to resubmit (the
  // fault run covers the wait, with a fake that publishes on its own).
  return {
    DELIVERY_RETRY_BASE_MS: '20',
    SERVER_URL: SITE,
    WECHAT_API_BASE: wechat.url,
    WECHAT_APPID: APPID,
    WECHAT_SECRET: SECRET,
    WECHAT_SUBMIT_SETTLE_MS: '1',
  }
}
// After the server's own afterAll: the server has stopped calling.
afterAll(() => wechat?.close())

const count = (p: string) => wechat.calls.filter((c) => c.path === p).length

withServer(
  'WeChat channel: draft, publish, withdraw through the Official Account API',
  (s) => {
    type External = { articleId?: string; articleUrl?: string; draftMediaId?: string; publishId?: string }

    async function image(name: string) {
      const data = await pngImage(1200, 600)
      return s().payload.create({
        collection: 'media',
        data: { alt: name },
        file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length },
      })
    }

    /** A news item for WeChat with a cover and a photo in the body, taken through both reviews. */
    async function publishForWechat(title: string, channels = ['wechat']) {
      const [cover, photo] = await Promise.all([image('封面'), image('现场照片')])
      const body = richText('11月20日，青石乡组织开展秋季森林防火巡查。', '各村护林员已全部到岗。')
      body.root.children.push({ fields: {}, format: '', relationTo: 'media', type: 'upload', value: photo.id, version: 3 } as never)
      const chain = await s().chain()
      const doc = await s().payload.create({
        collection: 'news',
        data: { abstract: '青石乡开展秋季森林防火巡查', body, channels, cover: cover.id, title } as never,
        draft: true,
        user: chain.submitter,
      })
      await reviewAndPublish(s().payload, 'news', doc.id, chain)
      return doc.id
    }

    const wechatDelivery = async (id: number | string) => (await settled(s(), 'news', id)).find((d) => d.channel === 'wechat')!

    it('publishes: images uploaded, cover as permanent material, draft/add, freepublish/submit, article URL recorded', async () => {
      const before = { drafts: count('/cgi-bin/draft/add'), publishes: wechat.publishes.size }
      const id = await publishForWechat('青石乡开展秋季森林防火巡查', ['website', 'wechat'])
      const delivery = await wechatDelivery(id)
      expect(delivery).toMatchObject({ action: 'publish', attempts: 1, status: 'delivered' })
      const external = delivery.external as External
      expect(external.articleUrl).toMatch(/^https:\/\/mp\.weixin\.qq\.com\/s\//)
      expect(count('/cgi-bin/draft/add') - before.drafts).toBe(1)
      expect(wechat.publishes.size - before.publishes).toBe(1)

      const draft = wechat.calls.filter((c) => c.path === '/cgi-bin/draft/add').at(-1)!.body as { articles: Array<Record<string, string>> }
      const article = draft.articles[0]!
      expect(article.title).toBe('青石乡开展秋季森林防火巡查')
      expect(article.digest).toBe('青石乡开展秋季森林防火巡查')
      expect(article.content_source_url).toMatch(new RegExp(`^${SITE}/news/${id}\\?v=[0-9a-f]{12}$`))
      // The photo went to uploadimg and its URL replaced the local one; the cover is permanent material.
      expect(article.content).toContain(wechat.uploadedImages.at(-1)!)
      expect(article.content).not.toContain('/api/media')
      expect(article.content).toContain('各村护林员已全部到岗。')
      expect(wechat.materials.has(article.thumb_media_id!)).toBe(true)
    })

    it('renews an expired token once and carries on', async () => {
      wechat.expireTokens()
      const tokens = count('/cgi-bin/stable_token')
      const delivery = await wechatDelivery(await publishForWechat('令牌过期测试'))
      expect(delivery).toMatchObject({ attempts: 1, status: 'delivered' })
      expect(count('/cgi-bin/stable_token')).toBeGreaterThan(tokens)
    })

    it('rides out -1 busy and HTTP 5xx with retries, creating one draft and one publication', async () => {
      const before = { publishes: wechat.publishes.size }
      wechat.inject('/cgi-bin/draft/add', { errcode: -1, errmsg: 'system error' }, 4)
      wechat.inject('/cgi-bin/media/uploadimg', { status: 502 }, 1)
      // A 5xx on submit may have been processed: no blind resend — the retry looks first, then submits.
      wechat.inject('/cgi-bin/freepublish/submit', { status: 500 }, 1)
      const delivery = await wechatDelivery(await publishForWechat('系统繁忙测试'))
      expect(delivery.status).toBe('delivered')
      expect(delivery.attempts).toBeGreaterThanOrEqual(2)
      expect(wechat.publishes.size - before.publishes).toBe(1)
      expect(count('/cgi-bin/freepublish/batchget')).toBeGreaterThan(0)
    })

    it('waits for the next quota day on 45009 instead of failing', async () => {
      wechat.setQuota('/cgi-bin/draft/add', 0)
      // No earlier than the quota day after this moment (a later moment's next quota day is never earlier).
      const quotaDay = nextQuotaDay()
      const id = await publishForWechat('配额测试')
      // The delivery waits in the queue, due on the next quota day.
      const waiting = await until('the delivery to wait for its quota', async () => {
        const [delivery] = await deliveriesOf(s(), 'news', id)
        return delivery?.lastError && delivery.dueAt ? delivery : undefined
      })
      expect(waiting).toMatchObject({ status: 'queued' })
      expect(waiting.lastError).toContain('45009')
      expect(new Date(waiting.dueAt!).getTime()).toBeGreaterThanOrEqual(quotaDay.getTime())
      expect(new Date(waiting.dueAt!).getTime()).toBeGreaterThan(Date.now() + 60_000)
      // Waiting for the quota is not a failure of the channel: the attempt was given back.
      expect(waiting.attempts).toBe(0)

      // The next day: the quota is back and the waiting delivery runs.
      wechat.setQuota('/cgi-bin/draft/add', 1000)
      await s().payload.update({ id: waiting.id, collection: 'deliveries', data: { dueAt: new Date().toISOString() }, overrideAccess: true })
      expect((await wechatDelivery(id)).status).toBe('delivered')
    })

    it('fails for good, with the reason, when the platform rejects the article or the account is misconfigured', async () => {
      wechat.nextPublishOutcome(4)
      const rejected = await wechatDelivery(await publishForWechat('平台审核不通过测试'))
      expect(rejected).toMatchObject({ attempts: 1, status: 'failed' })
      expect(rejected.lastError).toContain('平台审核')

      // Someone resets the AppSecret on the platform: the secret the server was given no longer works.
      wechat.resetSecret('secret-after-reset')
      try {
        const misconfigured = await wechatDelivery(await publishForWechat('密钥错误测试'))
        expect(misconfigured).toMatchObject({ attempts: 1, status: 'failed' })
        expect(misconfigured.lastError).toContain('AppSecret 无效')
      } finally {
        // The cases after this one need the account as the server knows it.
        wechat.resetSecret(SECRET)
      }
    })

    it('withdrawal deletes the published article', async () => {
      const id = await publishForWechat('撤回删除测试')
      const { articleId } = (await wechatDelivery(id)).external as External
      const { approver } = await s().chain()
      expect((await actAs(s().payload, approver, 'news', id, 'withdraw', '信息有误，撤回')).status).toBe(200)
      const all = await settled(s(), 'news', id, 2)
      expect(all.map((d) => [d.action, d.status])).toEqual([
        ['publish', 'withdrawn'],
        ['withdraw', 'withdrawn'],
      ])
      const deleted = wechat.calls.filter((c) => c.path === '/cgi-bin/freepublish/delete').at(-1)!.body as { article_id: string }
      expect(deleted.article_id).toBe(articleId)
      expect([...wechat.publishes.values()].find((p) => p.articleId === articleId)!.status).toBe(5)
    })

    it('a withdrawal while the publication is still in flight waits for it, then takes its article down', async () => {
      wechat.inject('/cgi-bin/freepublish/submit', { delayMs: 3_000 })
      const before = count('/cgi-bin/freepublish/submit')
      const id = await publishForWechat('在途撤回测试')
      await until('the submit to reach WeChat', async () => count('/cgi-bin/freepublish/submit') > before || undefined)
      const { approver } = await s().chain()
      expect((await actAs(s().payload, approver, 'news', id, 'withdraw', '在途撤回')).status).toBe(200)
      const all = await settled(s(), 'news', id, 2)
      expect(all.map((d) => [d.action, d.status])).toEqual([
        ['publish', 'withdrawn'],
        ['withdraw', 'withdrawn'],
      ])
      const { articleId } = all[0]!.external as External
      expect(articleId).toBeTruthy()
      const deleted = wechat.calls.filter((c) => c.path === '/cgi-bin/freepublish/delete').map((c) => (c.body as { article_id: string }).article_id)
      expect(deleted).toContain(articleId)
      expect([...wechat.publishes.values()].find((p) => p.articleId === articleId)!.status).toBe(5)
    })

    it('an article already out (adopted after a lost submit answer) is not submitted again when its run was cut short', async () => {
      const id = await publishForWechat('采纳后中断测试')
      const done = await wechatDelivery(id)
      expect(done).toMatchObject({ status: 'delivered' })
      // The run adopted the article from freepublish/batchget (so it has no publish id), then died before it
      // recorded the delivery as delivered; WeChat took the draft when it published.
      const { publishId: _, ...adopted } = done.external as External
      await s().payload.update({
        id: done.id,
        collection: 'deliveries',
        data: { external: { ...adopted, submitting: false }, status: 'sending' },
        overrideAccess: true,
      })
      const submits = count('/cgi-bin/freepublish/submit')
      // Sending with no lease held: what the runner's start releases it as, so the server's poll claims it.
      const again = await wechatDelivery(id)
      expect(again).toMatchObject({ status: 'delivered' })
      expect((again.external as External).articleId).toBe((done.external as External).articleId)
      expect(count('/cgi-bin/freepublish/submit')).toBe(submits)
    })

    it('a server stopped between draft/add and freepublish/submit publishes exactly once after its restart', async () => {
      const before = { drafts: count('/cgi-bin/draft/add'), publishes: wechat.publishes.size, submits: count('/cgi-bin/freepublish/submit') }
      // The submit is held back long enough to stop the server while it waits (less than the client's 15 s
      // timeout); a dead caller's request is dropped.
      wechat.inject('/cgi-bin/freepublish/submit', { delayMs: 10_000 })
      const id = await publishForWechat('进程中断测试')
      const submits = () => count('/cgi-bin/freepublish/submit') - before.submits
      await until('the submit', async () => submits() > 0)
      const [interrupted] = await deliveriesOf(s(), 'news', id)
      expect(interrupted).toMatchObject({ status: 'sending' })
      expect((interrupted!.external as External).draftMediaId).toBeTruthy()

      await s().restart()
      const delivered = await wechatDelivery(id)
      expect(delivered).toMatchObject({ status: 'delivered' })
      // The first submit died with the server; the restarted one found nothing out, the draft still there, and
      // submitted it once more.
      expect(submits()).toBe(2)
      expect(count('/cgi-bin/draft/add') - before.drafts).toBe(1)
      expect(wechat.publishes.size - before.publishes).toBe(1)
    }, 120_000)
  },
  { env: account },
)
