import sharp from 'sharp'
import { extractText, getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'

import { typicalNotice } from '../../bench/sheet'
import { lexicalToSheetBlocks } from '../../src/channels/noticeboard/lexicalBlocks'
import { renderNoticeSheet, type NoticeSheet, type SheetBlock } from '../../src/channels/noticeboard/sheet'

const KB = 1024
const squash = (text: string) => text.replace(/\s+/g, '')

async function read(pdf: Buffer) {
  const doc = await getDocumentProxy(new Uint8Array(pdf))
  const { text, totalPages } = await extractText(doc, { mergePages: false })
  return { doc, pages: text.map(squash), totalPages }
}

const short = (blocks: SheetBlock[] = []): NoticeSheet => ({
  blocks: [{ type: 'paragraph', runs: [{ text: '经村民代表会议评议，现将青石村道路硬化工程施工单位予以公示。' }] }, ...blocks],
  issuedOn: '2026-11-28',
  organName: '青石乡人民政府',
  title: '青石村道路硬化工程施工单位公示',
})

const longParagraph = (i: number): SheetBlock => ({
  type: 'paragraph',
  runs: [
    {
      text: `第${i}条　各村要认真做好最低生活保障对象的动态管理工作，严格执行入户调查、民主评议和张榜公示制度，做到应保尽保、应退尽退，确保救助资金及时足额发放到位。`,
    },
  ],
})

// The first render reads and parses the font files (about a second on a busy machine).
describe('renderNoticeSheet', { timeout: 60_000 }, () => {
  it('renders a typical notice on one A4 page with the text extractable', async () => {
    const pdf = await renderNoticeSheet(typicalNotice())
    const { doc, pages, totalPages } = await read(pdf)
    expect(totalPages).toBe(1)
    const [x0, y0, width, height] = (await doc.getPage(1)).view
    expect([x0, y0]).toEqual([0, 0])
    expect(width).toBeCloseTo(595.28, 1)
    expect(height).toBeCloseTo(841.89, 1)

    const text = pages[0]!
    for (const expected of [
      '关于2026年度农村低保对象拟认定名单的公示',
      '青石乡人民政府',
      '索引号：11350100MB0000000X/2026-00123',
      '公示期：2026年11月1日至2026年11月7日',
      '公示期间如有异议，请向乡党政办，电话0591-12345678反映。',
      '2026年10月31日',
      '保障人数',
      '李某某',
      '溪口村',
      '重点保障对象',
      '现将2026年度农村最低生活保障拟认定对象名单予以公示，接受社会监督。',
      '均已完成家庭经济状况核对',
    ]) {
      expect(text).toContain(squash(expected))
    }
    // One page: no page number.
    expect(text).not.toContain('—1—')
    expect(pdf.length).toBeLessThan(100 * KB)
  })

  it('embeds subsets of the Chinese regular and bold faces, not whole fonts', async () => {
    const pdf = (await renderNoticeSheet(typicalNotice())).toString('latin1')
    expect(pdf).toContain('/FontFile3')
    // A subset font's name carries a six-letter tag.
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Regular/)
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Bold/)
  })

  it('keeps a short item to exactly one page', async () => {
    const { pages, totalPages } = await read(await renderNoticeSheet(short()))
    expect(totalPages).toBe(1)
    expect(pages[0]).toContain('青石村道路硬化工程施工单位公示')
    expect(pages[0]).toContain('2026年11月28日')
  })

  it('numbers the pages of a long item', async () => {
    const blocks = Array.from({ length: 40 }, (_, i) => longParagraph(i + 1))
    const pdf = await renderNoticeSheet({ ...short(blocks), period: { end: '2026-12-07', start: '2026-12-01' } })
    const { pages, totalPages } = await read(pdf)
    expect(totalPages).toBeGreaterThan(2)
    expect(pages[0]).toContain('—1—')
    expect(pages[1]).toContain('—2—')
    expect(pages[1]).toContain('各村要认真做好最低生活保障对象的动态管理工作')
    expect(pages.at(-1)).toContain(`—${totalPages}—`)
    expect(pages.join('')).toContain('第40条')
    expect(pages.at(-1)).toContain('公示期：2026年12月1日至2026年12月7日')
    expect(pdf.length / totalPages).toBeLessThan(100 * KB)
  })

  it('wraps a long table over pages and repeats its header row', async () => {
    const rows = [['序号', '姓名', '村', '保障人数', '备注']]
    for (let i = 1; i <= 60; i++)
      rows.push([String(i), '张某某', '青石村', '2', i % 7 === 0 ? '因病致贫，家庭主要劳动力长期患病，已纳入医疗救助范围' : ''])
    const { pages, totalPages } = await read(await renderNoticeSheet(short([{ type: 'table', header: true, rows }])))
    expect(totalPages).toBeGreaterThan(1)
    expect(pages[1]).toContain('序号姓名村保障人数备注')
    expect(pages.join('')).toContain('因病致贫，家庭主要劳动力长期患病，已纳入医疗救助范围')
  })

  it('embeds an image and leaves out bytes that are no image', async () => {
    const png = await sharp({ create: { background: '#c00', channels: 3, height: 20, width: 40 } })
      .png()
      .toBuffer()
    const pdf = await renderNoticeSheet(
      short([
        { type: 'image', data: png },
        { type: 'image', data: Buffer.from('not an image') },
      ]),
    )
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/)
    expect((await read(pdf)).totalPages).toBe(1)
  })

  it('renders headings, lists and bold runs', async () => {
    const { pages } = await read(
      await renderNoticeSheet(
        short([
          { type: 'heading', level: 2, text: '一、公示内容' },
          { type: 'list', ordered: true, items: ['施工单位：青石建筑工程有限公司', '工期：90天'] },
          { type: 'list', ordered: false, items: ['监督电话：0591-12345678'] },
          { type: 'paragraph', runs: [{ text: '请广大群众' }, { bold: true, text: '积极监督' }, { text: '。' }] },
        ]),
      ),
    )
    for (const expected of [
      '一、公示内容',
      '1．施工单位：青石建筑工程有限公司',
      '2．工期：90天',
      '监督电话：0591-12345678',
      '请广大群众积极监督。',
    ]) {
      expect(pages[0]).toContain(squash(expected))
    }
  })
})

// Minimal lexical builders: the fields the converter reads, as the editor stores them.
type Node = Record<string, unknown>
const block = { direction: 'ltr', format: '', indent: 0, version: 1 }
const text = (value: string, format = 0): Node => ({ type: 'text', detail: 0, format, mode: 'normal', style: '', text: value, version: 1 })
const p = (...children: Node[]): Node => ({ ...block, type: 'paragraph', children, textFormat: 0, textStyle: '' })
const heading = (tag: string, value: string): Node => ({ ...block, type: 'heading', tag, children: [text(value)] })
const list = (listType: string, ...children: Node[]): Node => ({
  ...block,
  type: 'list',
  listType,
  start: 1,
  tag: listType === 'number' ? 'ol' : 'ul',
  children,
})
const item = (...children: Node[]): Node => ({ ...block, type: 'listitem', value: 1, children })
const cell = (value: string, headerState = 0, colSpan = 1): Node => ({
  ...block,
  type: 'tablecell',
  headerState,
  colSpan,
  children: [p(text(value))],
})
const row = (...children: Node[]): Node => ({ ...block, type: 'tablerow', children })
const table = (...children: Node[]): Node => ({ ...block, type: 'table', children })
const upload = (value: unknown): Node => ({ type: 'upload', relationTo: 'media', value, fields: null, version: 3 })
const doc = (...children: Node[]) => ({ root: { ...block, type: 'root', children } })

describe('lexicalToSheetBlocks', () => {
  const jpeg = Buffer.from('jpeg bytes')
  const images = new Map([
    ['7', jpeg],
    ['m2', Buffer.from('png bytes')],
  ])

  it('maps headings, paragraphs with bold runs, links, line breaks and quotes', () => {
    const blocks = lexicalToSheetBlocks(
      doc(
        heading('h1', '总体要求'),
        heading('h2', '一、工作安排'),
        heading('h4', '（一）入户调查'),
        p(text('请于'), text('11月30日前', 1), text('报送，'), text('逾期', 1 | 2), text('不报的视为放弃。')),
        p(
          text('详见'),
          { ...block, type: 'link', fields: { url: 'https://www.example.gov.cn/a' }, children: [text('乡政府网站')] },
          { type: 'linebreak', version: 1 },
          text('联系人：王某某'),
        ),
        p(),
        p(text('　　')),
        { ...block, type: 'quote', children: [text('引用的文件原文。')] },
        { type: 'horizontalrule', version: 1 },
      ),
      images,
    )
    expect(blocks).toEqual([
      { type: 'heading', level: 1, text: '总体要求' },
      { type: 'heading', level: 2, text: '一、工作安排' },
      { type: 'heading', level: 3, text: '（一）入户调查' },
      {
        type: 'paragraph',
        runs: [{ text: '请于' }, { bold: true, text: '11月30日前' }, { text: '报送，' }, { bold: true, text: '逾期' }, { text: '不报的视为放弃。' }],
      },
      { type: 'paragraph', runs: [{ text: '详见乡政府网站\n联系人：王某某' }] },
      { type: 'paragraph', runs: [{ text: '引用的文件原文。' }] },
    ])
  })

  it('maps numbered and bullet lists, nested items joining their list', () => {
    const blocks = lexicalToSheetBlocks(
      doc(
        list('number', item(text('入户调查')), item(text('民主评议')), item(list('number', item(text('张榜公示'))))),
        list('bullet', item(text('乡民政办')), item(text(''))),
      ),
      images,
    )
    expect(blocks).toEqual([
      { type: 'list', ordered: true, items: ['入户调查', '民主评议', '张榜公示'] },
      { type: 'list', ordered: false, items: ['乡民政办'] },
    ])
  })

  it('maps tables, with a header row only when every first-row cell is a header', () => {
    const blocks = lexicalToSheetBlocks(
      doc(
        table(row(cell('姓名', 3), cell('村', 1), cell('保障人数', 1)), row(cell('李某某', 2), cell('青石村'), cell('3'))),
        table(row(cell('合计', 2), cell('')), row(cell('说明', 0, 2))),
      ),
      images,
    )
    expect(blocks).toEqual([
      {
        type: 'table',
        header: true,
        rows: [
          ['姓名', '村', '保障人数'],
          ['李某某', '青石村', '3'],
        ],
      },
      {
        type: 'table',
        header: false,
        rows: [
          ['合计', ''],
          ['说明', ''],
        ],
      },
    ])
  })

  it('maps image uploads by id or populated document, and skips missing, deleted and non-image ones', () => {
    const blocks = lexicalToSheetBlocks(
      doc(
        upload(7),
        upload({ id: 'm2', mimeType: 'image/png', filename: 'a.png' }),
        upload({ id: '7', mimeType: 'application/pdf', filename: '名单.pdf' }),
        upload('unknown'),
        upload(null),
      ),
      images,
    )
    expect(blocks).toEqual([
      { type: 'image', data: jpeg },
      { type: 'image', data: images.get('m2') },
    ])
  })

  it('accepts a bare root and ignores what is not an editor state', () => {
    expect(lexicalToSheetBlocks(doc(p(text('正文'))).root, images)).toEqual([{ type: 'paragraph', runs: [{ text: '正文' }] }])
    expect(lexicalToSheetBlocks(null, images)).toEqual([])
    expect(lexicalToSheetBlocks('text', images)).toEqual([])
  })

  it('feeds the renderer end to end', async () => {
    const png = await sharp({ create: { background: '#06c', channels: 3, height: 30, width: 60 } })
      .png()
      .toBuffer()
    const body = doc(heading('h2', '一、拟认定名单'), table(row(cell('姓名', 1), cell('村', 1)), row(cell('李某某'), cell('青石村'))), upload(9))
    const pdf = await renderNoticeSheet({ ...short(lexicalToSheetBlocks(body, new Map([['9', png]]))) })
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/)
    const { pages } = await read(pdf)
    expect(pages[0]).toContain('一、拟认定名单')
    expect(pages[0]).toContain('李某某')
  }, 60_000)
})
