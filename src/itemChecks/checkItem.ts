import type { Field, PayloadRequest } from 'payload'

import { access } from 'node:fs/promises'

import type { CheckSettings, Finding } from '../checks/types'

import { checkLinks, checkText, hidePersonalInfo, type LinkRef } from '../checks'
import { finding } from '../checks/text'
import { checkWechatLimits } from '../checks/wechatLimits'
import { mediaFilePath, ownMediaFile } from '../mediaFiles'
import { idOf } from '../relationships'
import { attachmentText, hasText } from './attachmentText'
import { lexicalText, type RichTextRef } from './lexicalText'
import { loadCheckSettings } from './settings'

/**
 * A finding on an item: which field (and attached file, and which of the file's own texts) its offsets are in;
 * `place` names the field in words where a path would mean nothing to the editor (the annual report's cells).
 */
export type ItemFinding = Finding & { field: string; file?: string; mediaField?: MediaText; place?: string }

/** The texts a media document carries to the public beside its bytes. */
export const MEDIA_TEXTS = ['alt', 'caption', 'filename'] as const
type MediaText = (typeof MEDIA_TEXTS)[number]

type Data = Record<string, unknown>
type Segment = { field: string; refs: RichTextRef[]; text: string }
type Upload = { field: string; id: string }

/**
 * Every text the item would publish, field by field: text, textarea and rich text, inside groups, tabs,
 * arrays and blocks. System-written fields (read-only: 索引号, the workflow) are not the editor's words.
 */
function collect(fields: Field[], data: Data, prefix: string, segments: Segment[], uploads: Upload[]) {
  for (const field of fields) {
    if ('admin' in field && field.admin && 'readOnly' in field.admin && field.admin.readOnly) continue
    // A field with a read rule of its own is kept from the public (the organ's known wrong spellings): not sent out.
    if ('access' in field && field.access?.read) continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const nested = 'name' in tab && tab.name
        collect(tab.fields, nested ? ((data[tab.name] as Data) ?? {}) : data, nested ? `${prefix}${tab.name}.` : prefix, segments, uploads)
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field) collect(field.fields, data, prefix, segments, uploads)
      continue
    }
    const value = data[field.name]
    const at = `${prefix}${field.name}`
    if (value === undefined || value === null) continue
    switch (field.type) {
      case 'text':
      case 'textarea':
        if (typeof value === 'string' && value.trim()) segments.push({ field: at, refs: [], text: value })
        break
      case 'richText': {
        const { refs, text } = lexicalText(value)
        if (text.trim() || refs.length) segments.push({ field: at, refs, text })
        break
      }
      case 'upload':
        for (const v of Array.isArray(value) ? value : [value]) uploads.push({ field: at, id: idOf(v) })
        break
      case 'group':
        collect(field.fields, value as Data, `${at}.`, segments, uploads)
        break
      case 'array':
        ;(value as Data[]).forEach((row, i) => collect(field.fields, row, `${at}.${i}.`, segments, uploads))
        break
      case 'blocks':
        ;(value as Data[]).forEach((row, i) => {
          const block = field.blocks.find((b) => b.slug === row.blockType)
          if (block) collect(block.fields, row, `${at}.${i}.`, segments, uploads)
        })
        break
    }
  }
}

type MediaDoc = {
  alt?: null | string
  caption?: null | string
  filename?: null | string
  id: number | string
  mimeType?: null | string
  sha256?: null | string
}

async function fileExists(file: string) {
  return access(file).then(
    () => true,
    () => false,
  )
}

/** Whether each rich-text link and upload points at something that exists and is public. */
async function linkStatuses(req: PayloadRequest, refs: RichTextRef[], media: Map<string, MediaDoc>): Promise<LinkRef['status'][]> {
  const serverURL = req.payload.config.serverURL.replace(/\/$/, '')
  return Promise.all(
    refs.map(async ({ target }) => {
      if ('url' in target) {
        // Only our own files can be checked here; other sites are not fetched from the server.
        const file = ownMediaFile(target.url, serverURL)
        if (!file) return 'ok'
        const { totalDocs } = await req.payload.count({
          collection: 'media',
          overrideAccess: true,
          req,
          where: { filename: { equals: file } },
        })
        return totalDocs ? 'ok' : 'missing'
      }
      if (target.collection === 'media') return media.has(target.id) ? 'ok' : 'missing'
      const collection = req.payload.collections[target.collection as 'news']
      if (!collection) return 'missing'
      const doc = await req.payload.findByID({
        id: target.id,
        collection: target.collection as 'news',
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
        req,
        select: {},
      })
      if (!doc) return 'missing'
      if (!collection.config.versions?.drafts) return 'ok'
      const published = await req.payload.count({
        collection: target.collection as 'news',
        overrideAccess: true,
        req,
        where: { and: [{ id: { equals: target.id } }, { _status: { equals: 'published' } }] },
      })
      return published.totalDocs ? 'ok' : 'unpublished'
    }),
  )
}

/** The machine first pass over an item (saved or as edited in the form): every field and attachment. */
export async function checkItem(req: PayloadRequest, collection: { fields: Field[] }, data: Data, settings?: CheckSettings): Promise<ItemFinding[]> {
  const rules = settings ?? (await loadCheckSettings(req))
  const segments: Segment[] = []
  const uploads: Upload[] = []
  collect(collection.fields, data, '', segments, uploads)

  const inlineUploads = segments.flatMap((s) =>
    s.refs.flatMap((r) => ('collection' in r.target && r.target.collection === 'media' ? [{ field: s.field, id: r.target.id }] : [])),
  )
  const ids = [...new Set([...uploads, ...inlineUploads].map((u) => u.id))]
  const media = new Map<string, MediaDoc>()
  if (ids.length) {
    const { docs } = await req.payload.find({
      collection: 'media',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { alt: true, caption: true, filename: true, mimeType: true, sha256: true },
      where: { id: { in: ids } },
    })
    for (const doc of docs as MediaDoc[]) media.set(String(doc.id), doc)
  }

  const findings: ItemFinding[] = []
  if ((data.channels as string[] | undefined)?.includes('wechat')) {
    findings.push(...checkWechatLimits(data as { abstract?: string; author?: string; title?: string }))
  }
  for (const segment of segments) {
    const statuses = await linkStatuses(req, segment.refs, media)
    const links = segment.refs.map((ref, i) => ({
      end: ref.end,
      label: 'url' in ref.target ? ref.target.url : (media.get(ref.target.id)?.filename ?? `${ref.target.collection} ${ref.target.id}`),
      start: ref.start,
      status: statuses[i]!,
    }))
    for (const f of hidePersonalInfo(segment.text, [...checkText(segment.text, rules), ...checkLinks(segment.text, links)])) {
      findings.push({ ...f, field: segment.field })
    }
  }

  // Alt text, caption and file name go out with the file (the page's <img alt>, the WeChat article, the link).
  const referenced = new Map([...uploads, ...inlineUploads].map((u) => [`${u.field}\0${u.id}`, u]))
  for (const { field, id } of referenced.values()) {
    const doc = media.get(id)
    for (const mediaField of MEDIA_TEXTS) {
      const text = doc?.[mediaField]
      if (!text?.trim()) continue
      for (const f of checkText(text, rules)) findings.push({ ...f, field, file: doc!.filename ?? undefined, mediaField })
    }
  }

  for (const upload of uploads) {
    const doc = media.get(upload.id)
    const file = doc?.filename ? mediaFilePath(req.payload, doc.filename) : null
    if (!doc || !file || !(await fileExists(file))) {
      const label = doc?.filename ?? `media ${upload.id}`
      findings.push({
        ...finding(label, 'dead-link', 'warn', 0, label.length, `附件“${label}”不存在 / Attachment does not exist`),
        field: upload.field,
      })
      continue
    }
    if (!hasText(doc.mimeType)) continue
    try {
      const text = await attachmentText(file, doc.mimeType!, doc.sha256 ?? `${doc.id}:${doc.filename}`)
      for (const f of checkText(text, rules)) findings.push({ ...f, field: upload.field, file: doc.filename! })
    } catch (error) {
      req.payload.logger.warn({ err: error, msg: `附件无法读取 / cannot read attachment ${doc.filename}` })
      findings.push({
        ...finding(
          doc.filename!,
          'unreadable',
          'warn',
          0,
          doc.filename!.length,
          `附件“${doc.filename}”无法读取，须人工检查 / Attachment could not be read: check it by hand`,
        ),
        field: upload.field,
        file: doc.filename!,
      })
    }
  }
  return findings
}
