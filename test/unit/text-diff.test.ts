import { describe, expect, it } from 'vitest'

import { type DiffPart, textDiff } from '../../src/workflow/textDiff'
import { marked } from '../helpers/diffParts'

/** Both texts back from the parts: what a reader of the marked-up text sees before and after. */
const sides = (parts: DiffPart[]) => ({
  after: parts
    .filter((p) => p.op !== 'del')
    .map((p) => p.text)
    .join(''),
  before: parts
    .filter((p) => p.op !== 'add')
    .map((p) => p.text)
    .join(''),
})

describe('textDiff', () => {
  it('(the tests write parts as marked-up text)', () => {
    expect(marked('会议[+工作][-。]')).toEqual([
      { op: 'same', text: '会议' },
      { op: 'add', text: '工作' },
      { op: 'del', text: '。' },
    ])
  })

  it('unchanged text is one kept part; two empty texts have none', () => {
    expect(textDiff('青石乡召开工作会议。', '青石乡召开工作会议。')).toEqual(marked('青石乡召开工作会议。'))
    expect(textDiff('', '')).toEqual([])
  })

  it('an insertion in Chinese text is the inserted characters only', () => {
    expect(textDiff('青石乡召开会议。', '青石乡召开工作会议。')).toEqual(marked('青石乡召开[+工作]会议。'))
  })

  it('a deletion is the removed characters only', () => {
    expect(textDiff('青石乡人民政府召开会议。', '青石乡召开会议。')).toEqual(marked('青石乡[-人民政府]召开会议。'))
  })

  it('a replaced word is its removal, then its insertion', () => {
    expect(textDiff('青石乡召开工作会议。', '青石乡举行工作会议。')).toEqual(marked('青石乡[-召开][+举行]工作会议。'))
  })

  it('an added paragraph starts at its line break, not in the sentence before it', () => {
    expect(textDiff('青石乡召开工作会议。', '青石乡召开工作会议。\n会议部署了冬季防火工作。')).toEqual(
      marked('青石乡召开工作会议。[+\n会议部署了冬季防火工作。]'),
    )
    expect(textDiff('甲。乙。丙。', '甲。丙。')).toEqual(marked('甲。[-乙。]丙。'))
  })

  it('from nothing everything is added; to nothing everything is removed', () => {
    expect(textDiff('', '新增条目')).toEqual(marked('[+新增条目]'))
    expect(textDiff('旧条目', '')).toEqual(marked('[-旧条目]'))
  })

  it('several changes apart from each other, and both texts read back from the parts', () => {
    const before = '第一条 为规范管理，制定本办法。\n第二条 本办法自发布之日起施行。'
    const after = '第一条 为加强和规范管理，制定本办法。\n第二条 本办法自2027年1月1日起施行。'
    const parts = textDiff(before, after)
    expect(sides(parts)).toEqual({ after, before })
    // The shortest edit keeps the 日 both texts have: 自[发布之→2027年1月1]日起.
    expect(parts.filter((p) => p.op === 'add').map((p) => p.text)).toEqual(['加强和', '2027年1月1'])
    expect(parts.filter((p) => p.op === 'del').map((p) => p.text)).toEqual(['发布之'])
  })

  it('a character outside the BMP is one unit, never split into halves', () => {
    const parts = textDiff('𠀀甲', '𠀁甲')
    expect(parts).toEqual(marked('[-𠀀][+𠀁]甲'))
  })

  it('long texts with many changes still read back exactly', () => {
    const before = Array.from({ length: 3000 }, (_, i) => '天地玄黄宇宙洪荒'[i % 8]).join('')
    const after = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? '日' : '天地玄黄宇宙洪荒'[i % 8])).join('')
    expect(sides(textDiff(before, after))).toEqual({ after, before })
  })
})

describe('texts with little in common', () => {
  it('are shown as one removed and one added, beyond the edit limit', () => {
    const [before, after] = ['甲'.repeat(3000), '乙'.repeat(3000)]
    expect(textDiff(before, after)).toEqual([
      { op: 'del', text: before },
      { op: 'add', text: after },
    ])
  })
})
