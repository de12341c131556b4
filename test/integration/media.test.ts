import { readdirSync } from 'node:fs'
import sharp from 'sharp'
import { expect, it } from 'vitest'

import { binary, pdfDocument, pngImage } from '../helpers/files'
import { sampleData } from '../helpers/fixtures'
import { withServer } from '../helpers/server'

withServer('media uploads', (s) => {
  const files = () => readdirSync(s().mediaDir)

  it('an editor uploads an image: stored with the website and WeChat sizes (900×383 cover)', async () => {
    const { agent } = await s().as('editor')
    const res = await agent
      .post('/api/media')
      .field('_payload', JSON.stringify({ alt: '青石乡政府大院' }))
      .attach('file', await pngImage(), { contentType: 'image/png', filename: 'yard.png' })
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc.mimeType).toBe('image/png')
    expect(doc.sizes.wechatCover).toMatchObject({ height: 383, width: 900 })
    expect(doc.sizes.thumbnail).toMatchObject({ height: 200, width: 300 })
    expect(doc.sizes.square).toMatchObject({ height: 200, width: 200 })
    expect(doc.sizes.card.width).toBe(768)

    const cover = await agent.get(new URL(doc.sizes.wechatCover.url, 'http://x').pathname)
    expect(cover.status).toBe(200)
    expect(await sharp(cover.body).metadata()).toMatchObject({ height: 383, width: 900 })
  })

  it('an editor uploads a PDF attachment and links it to a policy', async () => {
    const { agent } = await s().as('editor')
    const res = await agent
      .post('/api/media')
      .field('_payload', JSON.stringify({ caption: '附件1' }))
      .attach('file', pdfDocument(), { contentType: 'application/pdf', filename: 'notice.pdf' })
    expect(res.status).toBe(201)
    expect(res.body.doc.mimeType).toBe('application/pdf')
    const file = await agent.get(new URL(res.body.doc.url, s().url).pathname).buffer(true).parse(binary)
    expect(file.status).toBe(200)
    expect(file.headers['content-type']).toContain('application/pdf')
    expect(file.body).toEqual(pdfDocument())
    const policy = await agent
      .post('/api/policies?draft=true')
      .send({ ...(await sampleData(s(), 'policies', '带附件的文件')), attachments: [res.body.doc.id] })
    expect(policy.status).toBe(201)
    expect(policy.body.doc.attachments.map((a: { id: unknown }) => a.id)).toEqual([res.body.doc.id])
  })

  it('refuses a file that only claims to be an image, and writes nothing', async () => {
    const { agent } = await s().as('editor')
    const before = { count: (await s().payload.count({ collection: 'media' })).totalDocs, files: files() }
    const res = await agent
      .post('/api/media')
      .field('_payload', JSON.stringify({ alt: '伪装的图片' }))
      .attach('file', Buffer.from('#!/bin/sh\necho not an image\n'), { contentType: 'image/png', filename: 'photo.png' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body.errors)).toMatch(/文件|file/i)
    expect((await s().payload.count({ collection: 'media' })).totalDocs).toBe(before.count)
    expect(files()).toEqual(before.files)
  })

  it('refuses a file type outside the allowed list (e.g. an executable), and writes nothing', async () => {
    const { agent } = await s().as('editor')
    const before = { count: (await s().payload.count({ collection: 'media' })).totalDocs, files: files() }
    const res = await agent
      .post('/api/media')
      .attach('file', Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), { contentType: 'application/x-msdownload', filename: 'setup.exe' })
    expect(res.status).toBe(400)
    expect((await s().payload.count({ collection: 'media' })).totalDocs).toBe(before.count)
    expect(files()).toEqual(before.files)
  })

  it('refuses a PDF as a cover image', async () => {
    const { agent } = await s().as('editor')
    const pdf = await agent.post('/api/media').attach('file', pdfDocument(), { contentType: 'application/pdf', filename: 'cover.pdf' })
    expect(pdf.status).toBe(201)
    const before = (await s().payload.count({ collection: 'news' })).totalDocs
    const res = await agent.post('/api/news?draft=true').send({ ...(await sampleData(s(), 'news', '封面是PDF')), cover: pdf.body.doc.id })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].path).toBe('cover')
    expect((await s().payload.count({ collection: 'news' })).totalDocs).toBe(before)
  })

  it('refuses an image without alternative text', async () => {
    const { agent } = await s().as('editor')
    const res = await agent.post('/api/media').attach('file', await pngImage(40, 40), { contentType: 'image/png', filename: 'noalt.png' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0]).toMatchObject({ path: 'alt' })
    expect(res.body.errors[0].data.errors[0].message).toContain('替代文字')
  })

  it('refuses an oversized file with 413 and a message in both languages, writing nothing', async () => {
    const { agent } = await s().as('editor')
    const before = { count: (await s().payload.count({ collection: 'media' })).totalDocs, files: files() }
    const big = Buffer.concat([pdfDocument(), Buffer.alloc(1024 * 1024 + 1, 0x20)])
    const res = await agent.post('/api/media').attach('file', big, { contentType: 'application/pdf', filename: 'big.pdf' })
    expect(res.status).toBe(413)
    expect(res.body.errors[0].message).toContain('文件超过大小上限（1 MB）')
    expect(res.body.errors[0].message).toContain('File exceeds the size limit (1 MB)')
    expect((await s().payload.count({ collection: 'media' })).totalDocs).toBe(before.count)
    expect(files()).toEqual(before.files)
  })

  it('anonymous users and printers cannot upload, and nothing is written', async () => {
    const before = { count: (await s().payload.count({ collection: 'media' })).totalDocs, files: files() }
    const png = await pngImage(20, 20)
    expect((await s().request.post('/api/media').attach('file', png, 'a.png')).status).toBe(403)
    const { agent } = await s().as('printer')
    expect((await agent.post('/api/media').attach('file', png, 'a.png')).status).toBe(403)
    expect((await s().payload.count({ collection: 'media' })).totalDocs).toBe(before.count)
    expect(files()).toEqual(before.files)
  })
})
