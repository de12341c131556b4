/**
 * Lexical rich text → the blocks of a notice-board sheet. Pure: image bytes come in through `images`,
 * keyed by media id, already loaded by the caller.
 *
 * Simplifications (paper has fewer means than the editor): nested list items join their outer list,
 * table cell spans are padded with empty cells (row spans are not), only bold survives of the text
 * formats, links keep their text, horizontal rules are left out.
 */
import type { SheetBlock, SheetRun } from './sheet'

type LexicalNode = { [key: string]: unknown; children?: unknown; type?: unknown }

const isObject = (value: unknown): value is LexicalNode => typeof value === 'object' && value !== null
const asNodes = (value: unknown): LexicalNode[] => (Array.isArray(value) ? value.filter(isObject) : [])
const str = (value: unknown) => (typeof value === 'string' ? value : '')
const BLOCK_TYPES = new Set(['heading', 'horizontalrule', 'list', 'paragraph', 'quote', 'table', 'upload'])

export function lexicalToSheetBlocks(body: unknown, images: Map<string, Buffer>): SheetBlock[] {
  const root = isObject(body) && isObject(body.root) ? body.root : body
  const blocks: SheetBlock[] = []
  if (isObject(root)) for (const node of asNodes(root.children)) addBlock(node, images, blocks)
  return blocks
}

function addBlock(node: LexicalNode, images: Map<string, Buffer>, blocks: SheetBlock[]) {
  switch (node.type) {
    case 'paragraph':
    case 'quote': {
      const runs = inlineRuns(node)
      if (runs.some((run) => run.text.trim())) blocks.push({ type: 'paragraph', runs })
      return
    }
    case 'heading': {
      const text = plainText(node).trim()
      const level = Math.min(3, Math.max(1, Number(str(node.tag).slice(1)) || 1)) as 1 | 2 | 3
      if (text) blocks.push({ type: 'heading', level, text })
      return
    }
    case 'list': {
      const items = listItems(node)
      if (items.length) blocks.push({ type: 'list', ordered: node.listType === 'number', items })
      return
    }
    case 'table': {
      const rows = asNodes(node.children).map(tableRow)
      if (!rows.length) return
      const first = asNodes(asNodes(node.children)[0]?.children)
      // headerState is a bit set (1 row, 2 column): a header row has every first-row cell marked.
      const header = first.length > 0 && first.every((cell) => typeof cell.headerState === 'number' && cell.headerState !== 0)
      blocks.push({ type: 'table', rows, header })
      return
    }
    case 'upload': {
      const data = uploadImage(node, images)
      if (data) blocks.push({ type: 'image', data })
      return
    }
    case 'horizontalrule':
      return
    default: {
      // Unknown node (custom feature): keep its content, as blocks if it holds blocks, else as a paragraph.
      const children = asNodes(node.children)
      if (children.some((child) => BLOCK_TYPES.has(str(child.type)))) children.forEach((child) => addBlock(child, images, blocks))
      else addBlock({ ...node, type: 'paragraph' }, images, blocks)
    }
  }
}

/** Text runs with adjacent runs of the same weight merged. */
function inlineRuns(node: LexicalNode): SheetRun[] {
  const runs: SheetRun[] = []
  const push = (text: string, bold: boolean) => {
    if (!text) return
    const last = runs.at(-1)
    if (last && Boolean(last.bold) === bold) last.text += text
    else runs.push(bold ? { bold: true, text } : { text })
  }
  const walk = (child: LexicalNode) => {
    if (child.type === 'text') push(str(child.text), typeof child.format === 'number' && (child.format & 1) === 1)
    else if (child.type === 'linebreak') push('\n', Boolean(runs.at(-1)?.bold))
    else if (child.type === 'tab') push(' ', Boolean(runs.at(-1)?.bold))
    else if (Array.isArray(child.children))
      asNodes(child.children).forEach(walk) // link, autolink, mark…
    else push(str(child.text), false)
  }
  asNodes(node.children).forEach(walk)
  return runs
}

const plainText = (node: LexicalNode) =>
  inlineRuns(node)
    .map((run) => run.text)
    .join('')

function listItems(list: LexicalNode): string[] {
  return asNodes(list.children).flatMap((item) => {
    const children = asNodes(item.children)
    const own = plainText({ children: children.filter((child) => child.type !== 'list') }).trim()
    const nested = children.filter((child) => child.type === 'list').flatMap(listItems)
    return own ? [own, ...nested] : nested
  })
}

function tableRow(row: LexicalNode): string[] {
  return asNodes(row.children).flatMap((cell) => {
    // A cell holds paragraphs: one line each.
    const text = asNodes(cell.children)
      .map((child) => plainText(Array.isArray(child.children) ? child : { children: [child] }))
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n')
    const span = typeof cell.colSpan === 'number' && cell.colSpan > 1 ? cell.colSpan : 1
    return [text, ...Array<string>(span - 1).fill('')]
  })
}

function uploadImage(node: LexicalNode, images: Map<string, Buffer>): Buffer | undefined {
  const value = node.value
  if (value === null || value === undefined || value === '') return undefined // deleted media
  if (isObject(value)) {
    if (value.id === null || value.id === undefined) return undefined
    const mimeType = str(value.mimeType)
    if (mimeType && !mimeType.startsWith('image/')) return undefined // a PDF or document attachment
    return images.get(String(value.id))
  }
  return images.get(String(value))
}
