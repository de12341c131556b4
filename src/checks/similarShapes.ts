/**
 * Characters that are easily mistaken for each other in print (形近字): each string is one group. Not a
 * complete list — a maintained starting point for the name checks; similar-sounding characters come from
 * pinyin instead.
 */
const GROUPS = [
  '人入八',
  '士土',
  '己已巳',
  '未末',
  '日曰',
  '戊戌戍',
  '贝见',
  '大太犬',
  '王玉主',
  '天夭',
  '刀力',
  '千干于',
  '办为',
  '今令',
  '田由甲申',
  '白百自',
  '免兔',
  '鸟乌',
  '拔拨',
  '候侯',
  '历厉',
  '析折',
  '杨扬',
  '崇祟',
  '壁璧',
  '辩辨辫',
  '券卷',
  '睛晴',
  '清请情',
  '徒徙',
  '陪倍培赔',
  '坚竖',
  '治冶',
  '汩汨',
  '衷哀衰',
  '毫亳',
  '县具',
  '党堂',
  '区匹',
  '市巿',
  '部郡',
  '石右',
  '青责',
  '乡多',
  '府俯',
  '政攻',
  '民氏',
  '镇慎',
  '街衔',
  '道遵',
  '村材',
  '委季',
  '局届',
  '厅斤',
  '省肖',
  '州洲',
  '江汪',
  '河何',
  '山出',
  '林材',
  '东车',
  '西酉',
  '南商',
  '北比',
  '新亲',
  '华毕',
  '国图',
  '中申',
  '会合',
  '员贡',
  '长张',
  '书韦',
  '记纪',
  '席度',
  '主王',
]

const similar = new Map<string, Set<string>>()
for (const group of GROUPS) {
  for (const ch of group) {
    const set = similar.get(ch) ?? new Set<string>()
    for (const other of group) if (other !== ch) set.add(other)
    similar.set(ch, set)
  }
}

export const looksAlike = (a: string, b: string): boolean => similar.get(a)?.has(b) ?? false
