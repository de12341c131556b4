import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import type { ApprovedItem } from './approvedItem'
import type { NoticePeriod } from './noticeboard/deliver'

import { isStaff } from '../access'
import { errorResponse } from '../errors'
import { bodyMedia, richTextBody } from './approvedItem'
import { renderSheet } from './noticeboard/deliver'
import { lexicalToWechatHtml } from './wechat/articleHtml'
import { articleMeta } from './wechat/deliver'
import { organInForce } from '../organInForce'

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The latest draft of an item, for staff: what reviewers are about to pass. */
async function draftOf(req: PayloadRequest, slug: string): Promise<ApprovedItem | Response> {
  if (!isStaff(req.user)) return errorResponse(req.user ? 403 : 401, 'auth', '仅工作人员可预览 / Staff only')
  const item = await req.payload.findByID({
    id: String(req.routeParams?.id),
    collection: slug as CollectionSlug,
    depth: 1,
    disableErrors: true,
    draft: true,
    overrideAccess: true,
  })
  return item ? (item as unknown as ApprovedItem) : errorResponse(404, 'not-found', '没有这个条目 / No such item')
}

/**
 * Previews of what the channels will show, before approval: the WeChat article as WeChat will lay it out
 * (images from this server until they are uploaded at publication) and the notice-board sheet PDF.
 */
export const previewEndpoints = (slug: string): Endpoint[] => [
  {
    handler: async (req) => {
      const item = await draftOf(req, slug)
      if (item instanceof Response) return item
      const body = richTextBody(req.payload, item, slug)
      const media = await bodyMedia(req.payload, body)
      const organ = await organInForce(req.payload, req)
      const meta = articleMeta(item, organ.shortName)
      const content = lexicalToWechatHtml(body, { imageUrl: (id) => media.get(id)?.url ?? undefined, linkBase: req.payload.config.serverURL })
      const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(meta.title)}</title></head>
<body style="max-width:677px;margin:0 auto;padding:20px 16px;font-family:-apple-system,'PingFang SC','Noto Sans CJK SC',sans-serif;color:#222">
<p style="color:#b71c1c;font-size:13px">微信公众号文章预览 · 正式发布时图片上传至微信</p>
<h1 style="font-size:22px;line-height:1.4">${escape(meta.title)}</h1>
<p style="color:#888;font-size:14px">${escape(meta.author)}</p>
${meta.digest ? `<p style="background:#f5f5f5;padding:8px;font-size:14px;color:#555">摘要：${escape(meta.digest)}</p>` : ''}
${content}
</body></html>`
      return new Response(page, {
        headers: {
          'cache-control': 'private, no-store',
          'content-security-policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'",
          'content-type': 'text/html; charset=utf-8',
        },
      })
    },
    method: 'get',
    path: '/:id/preview/wechat',
  },
  {
    handler: async (req) => {
      const item = await draftOf(req, slug)
      if (item instanceof Response) return item
      const pdf = await renderSheet(req.payload, item, slug, (item.noticePeriod ?? {}) as NoticePeriod)
      return new Response(new Uint8Array(pdf), { headers: { 'cache-control': 'private, no-store', 'content-type': 'application/pdf' } })
    },
    method: 'get',
    path: '/:id/preview/sheet.pdf',
  },
]
