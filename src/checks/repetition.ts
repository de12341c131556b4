import type { Finding } from './types'

import { finding, isHan } from './text'

/**
 * Reduplications that are good Chinese. Doubled characters that also form AABB (认认真真) or ABB
 * (绿油油, 亮晶晶) words are recognised by shape instead of listed.
 */
const REDUPLICATIONS = `常常 人人 谢谢 天天 年年 月月 日日 家家 户户 个个 处处 事事 时时 刻刻 步步 层层 条条 件件 样样 村村
  纷纷 渐渐 刚刚 往往 仅仅 稍稍 偏偏 悄悄 默默 慢慢 轻轻 深深 紧紧 久久 早早 好好 多多 大大 小小 高高 满满 足足
  整整 明明 恰恰 频频 屡屡 连连 节节 声声 句句 字字 代代 世世 生生 岁岁 家家户户 方方面面 点点滴滴 一一 看看 想想
  试试 听听 说说 走走 问问 聊聊 等等 谈谈 讲讲 学学 比比 哥哥 姐姐 弟弟 妹妹 爸爸 妈妈 爷爷 奶奶 叔叔 伯伯 婆婆
  公公 舅舅 姑姑 宝宝 星星 猩猩 蛐蛐 蝈蝈 往往 统统 通通 区区 楚楚 翩翩 冉冉 熊熊 滚滚 浩浩 荡荡 济济 赫赫 孜孜
  兢兢 业业 勤勤 恳恳 郁郁 葱葱 欣欣 熙熙 攘攘 源源 本本 落落 历历 津津 种种 些些 略略 微微 匆匆 区区 了了 万万 千千
  姗姗 栩栩 井井 芸芸 莘莘 奄奄 息息 喋喋 侃侃 凛凛 谆谆 循循 彬彬 亭亭 淙淙 潺潺 袅袅 皑皑 茫茫 苍苍 巍巍 徐徐
  依依 恋恋 切切 实实 在在 扎扎 稳稳 当当 踏踏 堂堂 正正 明明白白 清清楚楚 干干净净 认认真真 扎扎实实 实实在在
  平平安安 高高兴兴 快快乐乐 轰轰烈烈 堂堂正正 兢兢业业 勤勤恳恳 家家户户 时时刻刻 方方面面 原原本本 一五一十
  研究研究 讨论讨论 商量商量 学习学习 考虑考虑 休息休息 了解了解 检查检查 打扫打扫 收拾收拾`
  .split(/\s+/)
  .filter(Boolean)

/** Words written twice in a row: 工作工作, 进一步进一步. Verb reduplication (研究研究) is on the list. */
const REPEATED_WORD = /([\u4e00-\u9fff]{2,6})\1/g

const words = new Intl.Segmenter('zh', { granularity: 'word' })

/**
 * Whether ICU's Chinese word segmentation reads the doubled character as one word (人人, 天天) or as the end
 * of one word and the start of the next (并发|发布, 执行|行动): both are good Chinese. 的|的 and 中|中国 are not.
 * Only a small window around the candidate is segmented.
 */
function readsAsWords(text: string, i: number): boolean {
  const from = Math.max(0, i - 6)
  const segments = [...words.segment(text.slice(from, i + 7))]
  const at = (pos: number) => segments.find((s) => pos - from >= s.index && pos - from < s.index + s.segment.length)!
  const first = at(i - 1)
  const second = at(i)
  return first === second || (first.segment.length > 1 && second.segment.length > 1)
}

export function checkRepetition(text: string, whitelist: string[]): Finding[] {
  const fine = new Set([...REDUPLICATIONS, ...whitelist])
  const findings: Finding[] = []
  const covered = (i: number) => findings.some((f) => i >= f.start && i < f.end)

  for (const m of text.matchAll(REPEATED_WORD)) {
    if (fine.has(m[0]) || fine.has(m[1]!)) continue
    findings.push(finding(text, 'repetition', 'warn', m.index, m.index + m[0].length, `“${m[1]}”重复 / “${m[1]}” typed twice`, m[1]!))
  }

  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!
    if (ch !== text[i - 1] || !isHan(ch) || covered(i)) continue
    const pair = ch + ch
    const aabb = text[i + 1] !== undefined && text[i + 1] === text[i + 2] && isHan(text[i + 1]) // 认认真真
    const aabbTail = i >= 3 && text[i - 2] === text[i - 3] && isHan(text[i - 2])
    // 绿油油的, 亮晶晶。— an ABB adjective ends its phrase or takes 的/地.
    const abb = i >= 2 && isHan(text[i - 2]) && text[i - 2] !== ch && (!isHan(text[i + 1]) || /[的地]/.test(text[i + 1]!))
    if (fine.has(pair) || aabb || aabbTail || abb || text[i + 1] === ch || readsAsWords(text, i)) continue
    findings.push(finding(text, 'repetition', 'warn', i - 1, i + 1, `“${pair}”疑似重复 / “${ch}” typed twice?`, ch))
  }
  return findings.sort((a, b) => a.start - b.start)
}
