import { describe, expect, it } from 'vitest'

import { articleImages, lexicalToWechatHtml } from '../../src/channels/wechat/articleHtml'
import { richText } from '../../src/richText'

// Minimal lexical builders: the fields the converter reads, as the editor stores them.
type Node = Record<string, unknown>
const block = { direction: 'ltr', format: '', indent: 0, version: 1 }
const text = (value: string, format = 0): Node => ({ type: 'text', detail: 0, format, mode: 'normal', style: '', text: value, version: 1 })
const p = (...children: Node[]): Node => ({ ...block, type: 'paragraph', children, textFormat: 0, textStyle: '' })
const aligned = (format: string, ...children: Node[]): Node => ({ ...p(...children), format })
const heading = (tag: string, value: string): Node => ({ ...block, type: 'heading', tag, children: [text(value)] })
const link = (url: string, value: string): Node => ({
  ...block,
  type: 'link',
  fields: { linkType: 'custom', newTab: false, url },
  children: [text(value)],
})
const list = (listType: string, ...children: Node[]): Node => ({
  ...block,
  type: 'list',
  listType,
  start: 1,
  tag: listType === 'number' ? 'ol' : 'ul',
  children,
})
const item = (children: Node[], checked?: boolean): Node => ({ ...block, type: 'listitem', value: 1, checked, children })
const cell = (value: string, headerState = 0): Node => ({ ...block, type: 'tablecell', headerState, colSpan: 1, children: [p(text(value))] })
const row = (...children: Node[]): Node => ({ ...block, type: 'tablerow', children })
const upload = (value: unknown): Node => ({ type: 'upload', relationTo: 'media', value, fields: null, version: 3 })
const doc = (...children: Node[]) => ({ root: { ...block, type: 'root', children } })

const uploaded: Record<string, string> = {
  m1: 'http://mmbiz.qpic.cn/mmbiz_jpg/abc123/0?wx_fmt=jpeg',
  m2: 'http://mmbiz.qpic.cn/mmbiz_png/def456/0?wx_fmt=png',
}
const options = { imageUrl: (id: string) => uploaded[id], linkBase: 'https://www.example.gov.cn' }
const html = (...children: Node[]) => lexicalToWechatHtml(doc(...children), options)

const forbidden = (out: string) => {
  expect(out).not.toMatch(/class=/i)
  expect(out).not.toMatch(/\sid=/i)
  expect(out).not.toMatch(/<style/i)
  expect(out).not.toMatch(/<script/i)
}

describe('lexicalToWechatHtml', () => {
  it('renders a 工作动态 article: headings, indented paragraphs, list, quote, rule', () => {
    const out = html(
      heading('h1', '我乡全面部署秋季森林防火工作'),
      p(text('10月15日，乡人民政府召开秋季森林防火工作部署会，各村（社区）党支部书记参加会议。')),
      heading('h3', '一、压实防火责任'),
      list('number', item([text('落实网格化管护，明确'), text('护林员', 1), text('责任片区。')]), item([text('严格野外火源管控。')])),
      { ...block, type: 'quote', children: [text('森林防火，人人有责。')] },
      { type: 'horizontalrule', version: 1 },
      aligned('right', text('××乡人民政府')),
    )
    expect(out).toContain('<h2 style="font-size:18px;font-weight:bold;')
    expect(out).toContain('>我乡全面部署秋季森林防火工作</h2>')
    expect(out).toMatch(/<h3 style="font-size:17px;[^"]*">一、压实防火责任<\/h3>/)
    expect(out).toContain(
      '<p style="font-size:16px;line-height:1.75;margin:0 0 1em;text-indent:2em;text-align:justify">10月15日，乡人民政府召开秋季森林防火工作部署会，各村（社区）党支部书记参加会议。</p>',
    )
    expect(out).toMatch(/<ol style="[^"]+"><li>落实网格化管护，明确<strong>护林员<\/strong>责任片区。<\/li><li>严格野外火源管控。<\/li><\/ol>/)
    expect(out).toMatch(/<blockquote style="[^"]*border-left:[^"]*">森林防火，人人有责。<\/blockquote>/)
    expect(out).toMatch(/<hr style="[^"]+"\/>/)
    // Right-aligned signature: no first-line indent.
    expect(out).toContain('<p style="font-size:16px;line-height:1.75;margin:0 0 1em;text-align:right">××乡人民政府</p>')
    forbidden(out)
  })

  it('maps h2 to <h2> and h4–h6 to <h3>, centred headings keep their alignment', () => {
    const out = html(heading('h2', '二级'), heading('h4', '四级'), heading('h6', '六级'), { ...heading('h3', '居中'), format: 'center' })
    expect(out.match(/<h2 /g)).toHaveLength(1)
    expect(out.match(/<h3 /g)).toHaveLength(3)
    expect(out).toMatch(/<h3 style="[^"]*;text-align:center">居中<\/h3>/)
    expect(out).not.toMatch(/<h[1456]/)
  })

  it('applies every text format and nests bold around underline', () => {
    expect(html(p(text('重点', 1 | 8)))).toContain('<strong><span style="text-decoration:underline">重点</span></strong>')
    const out = html(p(text('斜', 2), text('删', 4), text('码', 16), text('下', 32), text('上', 64)))
    expect(out).toContain('<em>斜</em>')
    expect(out).toContain('<span style="text-decoration:line-through">删</span>')
    expect(out).toMatch(/<code style="[^"]+">码<\/code>/)
    expect(out).toContain('<sub>下</sub><sup>上</sup>')
  })

  it('renders linebreak and tab nodes', () => {
    const out = html(
      p(text('联系人：张三'), { type: 'linebreak', version: 1 }, { type: 'tab', text: '\t', format: 0, version: 1 }, text('电话：0571-1234567')),
    )
    expect(out).toContain('联系人：张三<br/>&emsp;电话：0571-1234567')
  })

  it('renders bullet, check and nested lists', () => {
    const out = html(
      list('bullet', item([text('巡山护林')]), item([list('bullet', item([text('重点林区')]))])),
      list('check', item([text('防火宣传')], true), item([text('隐患排查')], false)),
    )
    expect(out).toMatch(/<ul style="[^"]+"><li>巡山护林<\/li><li style="list-style:none"><ul style="[^"]+"><li>重点林区<\/li><\/ul><\/li><\/ul>/)
    expect(out).toMatch(/<ul style="[^"]*list-style:none"><li>☑ 防火宣传<\/li><li>☐ 隐患排查<\/li><\/ul>/)
  })

  it('renders tables with header cells and unindented cell paragraphs', () => {
    const out = html({ ...block, type: 'table', children: [row(cell('村名', 1), cell('护林员人数', 1)), row(cell('东山村'), cell('12'))] })
    expect(out).toContain('<table style="border-collapse:collapse;width:100%')
    expect(out).toContain('<th style="border:1px solid #ccc;padding:4px 6px;')
    expect(out).toContain('<td style="border:1px solid #ccc;padding:4px 6px"><p style="margin:0">东山村</p></td>')
    expect(out).not.toContain('text-indent')
  })

  it('keeps empty paragraphs between content only', () => {
    const out = html(p(), p(text('第一段')), p(), p(text('第二段')), p(text('  ')), p())
    expect(out.startsWith('<p style=')).toBe(true)
    expect(out.endsWith('第二段</p>')).toBe(true)
    expect(out.match(/<p><br\/><\/p>/g)).toHaveLength(1)
  })

  it('applies paragraph alignment', () => {
    expect(html(aligned('center', text('（2024年10月15日）')))).toContain('text-align:center">（2024年10月15日）</p>')
    expect(html(aligned('justify', text('正文')))).toContain('text-indent:2em;text-align:justify">正文</p>')
  })

  it('escapes text and attribute values', () => {
    const out = html(
      p(text('<script>alert("x")</script> & \'引号\'')),
      upload({ id: 'm1', mimeType: 'image/jpeg', alt: '火情"瞭望"塔', filename: 'a.jpg' }),
    )
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;引号&#39;')
    expect(out).toContain('alt="火情&quot;瞭望&quot;塔"')
    forbidden(out)
  })

  it('rewrites images to the uploaded URL, omits images without one, and lists attachments by name', () => {
    const out = html(
      upload({ id: 'm1', mimeType: 'image/jpeg', alt: '防火演练现场', filename: 'drill.jpg' }),
      upload({ id: 'm9', mimeType: 'image/png', alt: '未上传', filename: 'x.png', url: '/api/media/file/x.png' }),
      upload({ id: 'f1', mimeType: 'application/pdf', filename: '秋季森林防火工作方案.pdf' }),
      upload('m2'),
    )
    expect(out).toContain(
      '<p style="text-align:center"><img src="http://mmbiz.qpic.cn/mmbiz_jpg/abc123/0?wx_fmt=jpeg" alt="防火演练现场" style="max-width:100%"/></p>',
    )
    expect(out).toContain('src="http://mmbiz.qpic.cn/mmbiz_png/def456/0?wx_fmt=png"')
    expect(out).not.toContain('未上传')
    expect(out).not.toContain('/api/media')
    expect(out).toMatch(/<p style="[^"]+">附件：秋季森林防火工作方案\.pdf<\/p>/)
    expect(out.match(/<img /g)).toHaveLength(2)
  })

  it('turns outbound links into text plus (URL), keeps site and WeChat links, never emits javascript:', () => {
    const out = html(
      p(text('详见'), link('https://www.mem.gov.cn/fw/', '应急管理部通知'), text('。')),
      p(link('https://www.example.gov.cn/xxgk/2024/1015.html', '本站原文')),
      p(link('https://www.example.gov.cn.evil.com/', '仿冒站点')),
      p(link('/xxgk/notice.html', '站内相对链接')),
      p(link('https://mp.weixin.qq.com/s/AbCdEf', '往期推文')),
      p(link('javascript:alert(1)', '点击这里')),
      p({ ...block, type: 'autolink', fields: { url: 'https://www.forestry.gov.cn/' }, children: [text('https://www.forestry.gov.cn/')] }),
    )
    expect(out).toContain('详见应急管理部通知（https://www.mem.gov.cn/fw/）。')
    expect(out).toContain('<a href="https://www.example.gov.cn/xxgk/2024/1015.html">本站原文</a>')
    expect(out).toContain('仿冒站点（https://www.example.gov.cn.evil.com/）')
    expect(out).toContain('<a href="https://www.example.gov.cn/xxgk/notice.html">站内相对链接</a>')
    expect(out).toContain('<a href="https://mp.weixin.qq.com/s/AbCdEf">往期推文</a>')
    expect(out).toContain('>点击这里</p>')
    expect(out).not.toMatch(/javascript:/i)
    expect(out).toContain('>https://www.forestry.gov.cn/</p>')
    expect(out.match(/<a /g)).toHaveLength(3)
  })

  it('renders the text of unknown nodes instead of dropping it', () => {
    const out = html(
      { type: 'code', language: 'text', children: [{ type: 'code-highlight', text: '防火期：10月1日至次年4月30日' }] },
      p({ type: 'mention', text: '@林业站' }),
    )
    expect(out).toContain('防火期：10月1日至次年4月30日')
    expect(out).toContain('@林业站')
  })

  it('works with the richText() fixture helper and tolerates empty input', () => {
    const out = lexicalToWechatHtml(richText('各村要加强巡查。', '发现火情立即报告。'), options)
    expect(out.match(/<p style="[^"]*text-indent:2em/g)).toHaveLength(2)
    expect(lexicalToWechatHtml(null, options)).toBe('')
    expect(lexicalToWechatHtml({ root: { type: 'root', children: [] } }, options)).toBe('')
  })
})

describe('articleImages', () => {
  it('lists image media ids in order, de-duplicated, from ids and populated docs, nested anywhere', () => {
    const body = doc(
      upload({ id: 7, mimeType: 'image/jpeg', filename: 'a.jpg' }),
      p(text('现场照片')),
      upload('m2'),
      upload({ id: 'f1', mimeType: 'application/pdf', filename: '方案.pdf' }),
      upload(7),
      {
        ...block,
        type: 'table',
        children: [row({ ...block, type: 'tablecell', headerState: 0, children: [upload({ id: 'm3', mimeType: 'image/png' })] })],
      },
      upload(null),
    )
    expect(articleImages(body)).toEqual(['7', 'm2', 'm3'])
    expect(articleImages(undefined)).toEqual([])
  })
})
