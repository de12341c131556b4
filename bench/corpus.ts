/** Realistic township text for benchmarks: notices, news and policy prose, varied so no two paragraphs match. */
const SENTENCES = [
  '为切实做好秋冬季森林防火工作，保护人民群众生命财产安全，根据上级有关文件精神，结合我乡实际，现将有关事项通知如下。',
  '各村（居）委会要高度重视，成立由主要负责同志任组长的工作领导小组，明确责任分工，层层压实责任。',
  '乡党委书记主持召开专题会议，传达学习上级会议精神，研究部署下一阶段乡村振兴重点工作。',
  '会议强调，要坚持以人民为中心的发展思想，扎实推进农村人居环境整治，持续改善群众生产生活条件。',
  '本次共发放农业生产补贴资金一百二十三万元，惠及农户二千四百余户，资金已全部通过惠农“一卡通”发放到位。',
  '依据《中华人民共和国政府信息公开条例》，现将我乡2026年度政府信息公开工作情况报告如下。',
  '对公示内容如有异议，请于公示期内以书面形式向乡人民政府党政综合办公室反映，联系电话：0591-87654321。',
  '下一步，我乡将继续加强安全生产隐患排查整治，严格落实属地管理责任，坚决遏制各类事故发生。',
  '乡卫生院组织医务人员深入各村开展健康义诊活动，为老年人免费测量血压、血糖，发放健康宣传资料。',
  '各单位要严格执行值班值守制度，确保信息畅通，遇有重大突发事件及时报告，不得迟报、漏报、瞒报。',
]

export function chineseText(bytes: number): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const sentence = SENTENCES[(i * 7) % SENTENCES.length]!.replace('2026', String(2000 + (i % 27)))
    // A paragraph number keeps paragraphs distinct; a line break every few sentences.
    const part = `${sentence}（${i}）${i % 4 === 3 ? '\n' : ''}`
    parts.push(part)
    size += Buffer.byteLength(part)
  }
  return parts.join('')
}

/** `count` dictionary terms of 2–5 characters drawn across the CJK block, like a real banned-word list. */
export function dictionaryTerms(count: number, seed = 1): string[] {
  let state = seed
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 0x80000000
  const terms = new Set<string>()
  while (terms.size < count) {
    let term = ''
    const length = 2 + Math.floor(random() * 4)
    for (let i = 0; i < length; i++) term += String.fromCharCode(0x4e00 + Math.floor(random() * 0x5000))
    terms.add(term)
  }
  return [...terms]
}
