/**
 * Lexical rich text → WeChat Official Account article HTML (the `content` of draft/add).
 *
 * WeChat strips <script>, <style>, class attributes and images not hosted by WeChat, so every
 * style is inline and images must already be uploaded (media/uploadimg): the caller maps a media
 * id to its mmbiz.qpic.cn URL through `imageUrl`. The result must stay under 20,000 characters
 * and 1 MB; checking that is the caller's job.
 */

export type ArticleImage = { id: string }

export type ArticleHtmlOptions = {
  /** WeChat-hosted URL of an uploaded media document, or undefined when it was not uploaded. */
  imageUrl: (mediaId: string) => string | undefined
  /** Links under this base (e.g. the government website) may stay clickable. */
  linkBase?: string
}

type LexicalNode = { [key: string]: unknown; children?: unknown; type?: unknown }
type Context = ArticleHtmlOptions & { cell?: boolean; check?: boolean }

// Style strings are repeated on every element and count toward WeChat's length limit: keep them compact.
const P_BASE = 'font-size:16px;line-height:1.75;margin:0 0 1em'
const P = `${P_BASE};text-indent:2em;text-align:justify`
const CELL_P = 'margin:0'
const H2 = 'font-size:18px;font-weight:bold;line-height:1.5;margin:1.2em 0 .8em'
const H3 = 'font-size:17px;font-weight:bold;line-height:1.5;margin:1em 0 .6em'
const LIST = `${P_BASE};padding-left:2em`
const CHECK_LIST = `${LIST};list-style:none`
const NESTED_ITEM = 'list-style:none'
const QUOTE = `${P_BASE};padding:.5em 1em;border-left:3px solid #ccc;background:#f7f7f7;color:#555`
const HR = 'border:0;border-top:1px solid #ddd;margin:1.5em 0'
const TABLE = 'border-collapse:collapse;width:100%;margin:0 0 1em;font-size:14px'
const CELL = 'border:1px solid #ccc;padding:4px 6px'
const HEADER_CELL = `${CELL};font-weight:bold;background:#f5f5f5`
const IMAGE_P = 'text-align:center'
const IMAGE = 'max-width:100%'
const CODE = 'font-family:monospace;background:#f5f5f5;padding:0 2px'
const UNDERLINE = 'text-decoration:underline'
const STRIKE = 'text-decoration:line-through'
const EMPTY_P = '<p><br/></p>'
const WECHAT_ARTICLES = 'https://mp.weixin.qq.com/'

// Applied innermost first, so bold ends up outermost: <strong><span …underline>…</span></strong>.
const TEXT_FORMATS: ReadonlyArray<readonly [bit: number, open: string, close: string]> = [
  [16, `<code style="${CODE}">`, '</code>'],
  [32, '<sub>', '</sub>'],
  [64, '<sup>', '</sup>'],
  [8, `<span style="${UNDERLINE}">`, '</span>'],
  [4, `<span style="${STRIKE}">`, '</span>'],
  [2, '<em>', '</em>'],
  [1, '<strong>', '</strong>'],
]

const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' }
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!)

const isObject = (value: unknown): value is LexicalNode => typeof value === 'object' && value !== null
const asNodes = (value: unknown): LexicalNode[] => (Array.isArray(value) ? value.filter(isObject) : [])
const str = (value: unknown) => (typeof value === 'string' ? value : '')

/** Accepts the stored editor state `{ root }` or a bare root node. */
function rootOf(body: unknown): LexicalNode | undefined {
  if (!isObject(body)) return undefined
  return isObject(body.root) ? body.root : body
}

type Upload = { alt: string; filename: string; id: string; image: boolean }

function uploadOf(node: LexicalNode): Upload | undefined {
  const value = node.value
  if (value === null || value === undefined || value === '') return undefined // deleted media
  const doc = isObject(value) ? value : {}
  if (isObject(value) && (value.id === null || value.id === undefined)) return undefined
  const mimeType = str(doc.mimeType)
  // An unpopulated upload (bare id) has no mimeType: treat it as an image; the caller resolves
  // the document when uploading it to WeChat and simply returns no URL if it is not one.
  return { alt: str(doc.alt), filename: str(doc.filename), id: String(doc.id ?? value), image: !mimeType || mimeType.startsWith('image/') }
}

/** Media ids of every image upload node, in document order, without duplicates. */
export function articleImages(body: unknown): string[] {
  const ids = new Set<string>()
  const walk = (node: LexicalNode) => {
    if (node.type === 'upload') {
      const upload = uploadOf(node)
      if (upload?.image) ids.add(upload.id)
    }
    asNodes(node.children).forEach(walk)
  }
  const root = rootOf(body)
  if (root) walk(root)
  return [...ids]
}

export function lexicalToWechatHtml(body: unknown, options: ArticleHtmlOptions): string {
  const root = rootOf(body)
  return root ? renderNode(root, { imageUrl: options.imageUrl, linkBase: options.linkBase }) : ''
}

/** Children joined; empty paragraphs are kept between content but trimmed from both ends. */
function renderChildren(node: LexicalNode, ctx: Context): string {
  const parts = asNodes(node.children)
    .map((child) => renderNode(child, ctx))
    .filter((html) => html !== '')
  while (parts[0] === EMPTY_P) parts.shift()
  while (parts.at(-1) === EMPTY_P) parts.pop()
  return parts.join('')
}

function alignment(format: unknown): string {
  return format === 'center' || format === 'right' || format === 'justify' ? format : ''
}

function renderNode(node: LexicalNode, ctx: Context): string {
  switch (node.type) {
    case 'root':
      return renderChildren(node, ctx)
    case 'paragraph': {
      const inner = renderChildren(node, ctx)
      if (inner.trim() === '') return EMPTY_P
      const align = alignment(node.format)
      // Centred/right-aligned lines (signatures, dates) must not get the first-line indent.
      const style = ctx.cell
        ? CELL_P + (align ? `;text-align:${align}` : '')
        : align === 'center' || align === 'right'
          ? `${P_BASE};text-align:${align}`
          : P
      return `<p style="${style}">${inner}</p>`
    }
    case 'heading': {
      const inner = renderChildren(node, ctx)
      if (inner.trim() === '') return ''
      // WeChat articles read best with only two title sizes.
      const tag = Number(str(node.tag).slice(1)) <= 2 ? 'h2' : 'h3'
      const align = alignment(node.format)
      return `<${tag} style="${tag === 'h2' ? H2 : H3}${align ? `;text-align:${align}` : ''}">${inner}</${tag}>`
    }
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br/>'
    case 'tab':
      return '&emsp;'
    case 'link':
    case 'autolink':
      return renderLink(node, ctx)
    case 'list': {
      const check = node.listType === 'check'
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      const start = tag === 'ol' && typeof node.start === 'number' && node.start > 1 ? ` start="${node.start}"` : ''
      const inner = renderChildren(node, { ...ctx, check })
      return inner ? `<${tag}${start} style="${check ? CHECK_LIST : LIST}">${inner}</${tag}>` : ''
    }
    case 'listitem': {
      const children = asNodes(node.children)
      const inner = renderChildren(node, ctx)
      // Lexical nests a list inside an otherwise empty item: hide that item's own marker.
      if (children.length > 0 && children.every((child) => child.type === 'list')) return `<li style="${NESTED_ITEM}">${inner}</li>`
      return `<li>${ctx.check ? (node.checked ? '☑ ' : '☐ ') : ''}${inner}</li>`
    }
    case 'quote': {
      const inner = renderChildren(node, ctx)
      return inner ? `<blockquote style="${QUOTE}">${inner}</blockquote>` : ''
    }
    case 'horizontalrule':
      return `<hr style="${HR}"/>`
    case 'table':
      return `<table style="${TABLE}"><tbody>${renderChildren(node, ctx)}</tbody></table>`
    case 'tablerow':
      return `<tr>${renderChildren(node, ctx)}</tr>`
    case 'tablecell': {
      const header = typeof node.headerState === 'number' && node.headerState > 0
      const tag = header ? 'th' : 'td'
      const span = (name: string, value: unknown) => (typeof value === 'number' && value > 1 ? ` ${name}="${value}"` : '')
      const attrs = span('colspan', node.colSpan) + span('rowspan', node.rowSpan)
      return `<${tag}${attrs} style="${header ? HEADER_CELL : CELL}">${renderChildren(node, { ...ctx, cell: true })}</${tag}>`
    }
    case 'upload':
      return renderUpload(node, ctx)
    default:
      // Unknown node (custom feature, code block…): keep its text rather than dropping it.
      if (Array.isArray(node.children)) return renderChildren(node, ctx)
      return escapeHtml(str(node.text))
  }
}

function renderText(node: LexicalNode): string {
  let html = escapeHtml(str(node.text)).replace(/\r?\n/g, '<br/>')
  if (!html) return ''
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [bit, open, close] of TEXT_FORMATS) if (format & bit) html = open + html + close
  return html
}

/** Only absolute http(s) URLs, or site-relative ones resolved against linkBase; anything else (javascript:, mailto:) is dropped. */
function linkUrl(raw: string, linkBase: string | undefined): string | undefined {
  if (/^https?:\/\/[^\s/?#]/i.test(raw)) return raw
  if (linkBase && /^\/(?!\/)/.test(raw)) return linkBase.replace(/\/+$/, '') + raw
  return undefined
}

/** Prefix match that does not let "https://gov.cn" admit "https://gov.cn.example.com". */
function isUnder(url: string, base: string): boolean {
  if (!base || !url.startsWith(base)) return false
  return base.endsWith('/') || /^(?:[/?#]|$)/.test(url.slice(base.length))
}

function renderLink(node: LexicalNode, ctx: Context): string {
  const text = renderChildren(node, ctx)
  const fields = isObject(node.fields) ? node.fields : {}
  const url = linkUrl(str(fields.url ?? node.url).trim(), ctx.linkBase)
  if (!url) return text
  const href = escapeHtml(url)
  if (isUnder(url, WECHAT_ARTICLES) || (ctx.linkBase && isUnder(url, ctx.linkBase))) return `<a href="${href}">${text || href}</a>`
  // Most accounts may not link outside WeChat: show the address as copyable text instead.
  if (!text || text === href) return href
  return `${text}（${href}）`
}

function renderUpload(node: LexicalNode, ctx: Context): string {
  const upload = uploadOf(node)
  if (!upload) return ''
  if (!upload.image) return `<p style="${P}">附件：${escapeHtml(upload.filename || upload.alt || upload.id)}</p>`
  const src = ctx.imageUrl(upload.id)
  // WeChat strips images it does not host, so an image that was not uploaded is left out.
  if (!src) return ''
  return `<p style="${IMAGE_P}"><img src="${escapeHtml(src)}" alt="${escapeHtml(upload.alt)}" style="${IMAGE}"/></p>`
}
