/**
 * A typical one-page notice-board sheet (title, ~400 characters of body, a small table) rendered 20 times
 * after one warm-up (font parsing, JIT). Targets: ≤ 300 ms and ≤ 100 KB per page.
 */
import { type NoticeSheet, pageCount, renderNoticeSheet } from '../src/channels/noticeboard/sheet'
import { percentile } from './stats'
import { summary } from './summary'

const RUNS = 20

/** Also the fixture of test/unit/notice-sheet.test.ts, which checks it stays one page under 100 KB. */
export function typicalNotice(): NoticeSheet {
  return {
    organName: '青石乡人民政府',
    title: '关于2026年度农村低保对象拟认定名单的公示',
    indexNumber: '11350100MB0000000X/2026-00123',
    blocks: [
      {
        type: 'paragraph',
        runs: [
          {
            text: '根据《社会救助暂行办法》《福建省最低生活保障条件认定办法》等有关规定，经农户本人申请、村民委员会入户调查、民主评议，乡人民政府审核，现将2026年度农村最低生活保障拟认定对象名单予以公示，接受社会监督。',
          },
        ],
      },
      {
        type: 'paragraph',
        runs: [
          { text: '本次拟认定对象共3户7人，' },
          { bold: true, text: '均已完成家庭经济状况核对' },
          {
            text: '，其家庭人均收入低于当地最低生活保障标准，且家庭财产状况符合规定。公示对象的姓名已按个人信息保护要求作隐名处理，完整信息可到乡社会事务服务中心查阅。',
          },
        ],
      },
      {
        type: 'table',
        header: true,
        rows: [
          ['序号', '姓名', '村', '保障人数', '认定类别'],
          ['1', '李某某', '青石村', '3', '一般低保户'],
          ['2', '王某某', '溪口村', '2', '重点保障对象'],
          ['3', '陈某某', '后垄村', '2', '一般低保户'],
        ],
      },
      {
        type: 'paragraph',
        runs: [
          {
            text: '对公示名单有不同意见的单位和个人，可通过来信、来电或来访等方式反映，反映情况应当实事求是，并提供联系方式和相关证明材料，以便核实。我们将对反映人的信息严格保密，对反映的问题认真调查核实，并及时予以答复。公示期满无异议的，将按程序报县民政局审批。',
          },
        ],
      },
    ],
    period: { start: '2026-11-01', end: '2026-11-07' },
    objectionContact: '乡党政办，电话 0591-12345678',
    issuedOn: '2026-10-31',
  }
}

export async function benchSheet(): Promise<void> {
  const sheet = typicalNotice()
  let pdf = await renderNoticeSheet(sheet) // warm-up: loads and parses the font files once
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    pdf = await renderNoticeSheet(sheet)
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const pages = pageCount(pdf)
  console.log(`notice board sheet: typical notice rendered ${RUNS} times after a warm-up (targets ≤ 300 ms, ≤ 100 KB per page)`)
  console.log(
    `  notice sheet: median ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, ${Math.round(pdf.length / 1024)} KB for ${pages} page${pages === 1 ? '' : 's'}`,
  )
  summary({ benchmark: 'notice sheet', measure: 'render median', target: '≤ 300 ms', value: `${percentile(times, 50).toFixed(0)} ms` })
  summary({ benchmark: 'notice sheet', measure: 'size per page', target: '≤ 100 KB', value: `${Math.round(pdf.length / 1024 / pages)} KB` })
}
