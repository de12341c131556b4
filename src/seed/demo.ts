import type { Payload, TypedUser } from 'payload'

import { randomBytes } from 'node:crypto'

import type { Role } from '../access'

import { generatePassword } from '../identity/passwordRule'
import { richText } from '../richText'
import { reviewAndPublish } from './reviewAndPublish'

/** 青石乡 is fictional; its credit code is made up but carries a valid check character. */
export const DEMO_ORGAN = {
  address: '青山县青石乡青石街1号',
  creditCode: '11339901MB1234567M',
  fullName: '青山县青石乡人民政府',
  officeHours: '工作日 8:30—12:00，14:30—17:30',
  phone: '0571-12345678',
  shortName: '青石乡政府',
  wrongNames: [{ name: '青山县清石乡人民政府' }, { name: '青山县青石乡人民政付' }],
}

const DEMO_USERS: { email: string; name: string; roles: Role[] }[] = [
  { email: 'editor@qingshi.example', name: '李文静（党政办）', roles: ['editor'] },
  { email: 'editor2@qingshi.example', name: '陈晓东（农业农村办）', roles: ['editor'] },
  { email: 'reviewer@qingshi.example', name: '王建国（保密审查）', roles: ['reviewer'] },
  { email: 'approver@qingshi.example', name: '张海峰（分管领导）', roles: ['approver'] },
  { email: 'printer@qingshi.example', name: '公示栏打印机（乡政府大院）', roles: ['printer'] },
]

/** A follower's most common question besides 电话 and 地址, which the organ's details answer on their own. */
const DEMO_REPLIES = [
  {
    keyword: '办事',
    match: 'contains' as const,
    reply: '便民服务中心工作日 8:30—12:00、14:30—17:30 受理社保、医保、户籍等事项，请携带身份证原件办理。',
  },
]

export type DemoLogins = { apiKey: string; password: string; users: typeof DEMO_USERS }

const NEWS = [
  {
    body: [
      '11月20日，青石乡召开秋冬季森林防火工作部署会，各村（社区）党组织书记、护林员代表共40余人参加会议。',
      '会议要求各村严格落实野外用火审批制度，加强重点时段、重点区域巡查，确保全乡森林资源安全。',
    ],
    category: 'work',
    summary: '全乡部署秋冬季森林防火工作，压实村级责任。',
    title: '青石乡部署秋冬季森林防火工作',
  },
  {
    body: [
      '为进一步改善农村人居环境，青石乡于本月开展“清洁家园”集中整治行动，共清理垃圾堆放点32处。',
      '下一步，乡政府将建立长效保洁机制，推动人居环境持续改善。',
    ],
    category: 'work',
    summary: '集中整治垃圾堆放点32处，建立长效保洁机制。',
    title: '青石乡开展农村人居环境集中整治行动',
  },
  {
    body: [
      '根据县医疗保障局通知，2027年度城乡居民基本医疗保险集中参保缴费工作已经开始。',
      '请广大群众于2026年12月31日前通过“浙里办”或到村便民服务中心完成缴费。',
    ],
    category: 'notice',
    summary: '2027年度城乡居民医保集中缴费期至12月31日。',
    title: '关于做好2027年度城乡居民基本医疗保险参保缴费工作的通知',
  },
]

/**
 * Realistic demo content for 青石乡: the organ, a user of every role, and a few items of each kind, some
 * published and some still drafts. Runs only on a database without content.
 */
export async function seedDemo(payload: Payload): Promise<DemoLogins> {
  const password = generatePassword()
  const apiKey = randomBytes(24).toString('hex')

  const users = []
  for (const user of DEMO_USERS) {
    users.push(
      await payload.create({
        collection: 'users',
        data: { ...user, password, ...(user.roles.includes('printer') ? { apiKey, enableAPIKey: true } : {}) },
      }),
    )
  }
  const [editor, , reviewer, approver] = users as [TypedUser, TypedUser, TypedUser, TypedUser]
  const chain = { approver, reviewers: [reviewer], submitter: editor }
  // The organ's details reach the public (replies, sheets, the report), so they pass both reviews first.
  await payload.updateGlobal({ slug: 'organ', data: DEMO_ORGAN })
  await reviewAndPublish(payload, 'organ', 'organ', chain)
  for (const reply of DEMO_REPLIES) {
    const doc = await payload.create({ collection: 'wechat-replies', data: reply, draft: true })
    await reviewAndPublish(payload, 'wechat-replies', doc.id, chain)
  }
  /** Written by the editor; published ones pass 保密审查 and 审签 like any item. */
  const add = async <S extends 'meetings' | 'news' | 'policies' | 'policy-interpretations'>(
    collection: S,
    data: Record<string, unknown>,
    publish: boolean,
  ) => {
    const doc = await payload.create({ collection, data: data as never, draft: true, overrideAccess: true, user: editor })
    if (publish) await reviewAndPublish(payload, collection, doc.id, chain)
    return doc
  }

  for (const [i, item] of NEWS.entries()) {
    await add(
      'news',
      {
        author: '青石乡党政办',
        body: richText(...item.body),
        category: item.category,
        channels: ['website', 'wechat'],
        summary: item.summary,
        title: item.title,
      },
      i < 2,
    )
  }

  const policy = await add(
    'policies',
    {
      body: richText(
        '第一条 为规范村级小微权力运行，保障村民知情权、参与权、监督权，结合本乡实际，制定本办法。',
        '第二条 本办法适用于本乡各行政村村务、财务公开工作。',
        '第三条 村务公开每季度不少于一次，涉及群众切身利益的重大事项随时公开。',
      ),
      documentNumber: '青政〔2026〕5号',
      effectiveAt: '2026-04-01',
      issuer: DEMO_ORGAN.fullName,
      keywords: '村务公开 小微权力',
      kind: 'normative',
      title: '青石乡村务公开管理办法',
      topic: 'civil',
      validity: 'valid',
      writtenAt: '2026-03-10',
    },
    true,
  )
  await add(
    'policy-interpretations',
    {
      body: richText(
        '一、制定背景：为进一步规范村务公开，回应群众关切，乡政府制定了《青石乡村务公开管理办法》。',
        '二、主要内容：明确公开内容、公开时间、公开形式和监督方式。',
      ),
      form: 'text',
      policy: policy.id,
      title: '《青石乡村务公开管理办法》政策解读',
      topic: 'civil',
    },
    true,
  )
  await add(
    'policies',
    {
      body: richText('第一条 为加强农村宅基地管理，节约集约利用土地，制定本办法。'),
      documentNumber: '青政〔2026〕9号',
      issuer: DEMO_ORGAN.fullName,
      kind: 'normative',
      title: '青石乡农村宅基地审批管理办法（征求意见稿）',
      topic: 'land',
      validity: 'valid',
      writtenAt: '2026-10-15',
    },
    false,
  )

  await add(
    'meetings',
    {
      agenda: [{ item: '研究2027年度民生实事项目' }, { item: '审议青石乡村务公开管理办法修订事项' }],
      attendees: '乡党委、政府领导班子成员，各站所负责人',
      convener: '乡长 周明',
      decisions: richText('会议原则通过2027年度民生实事项目初步建议，由党政办汇总后提交乡人大审议。'),
      heldAt: '2026-11-18T01:30:00.000Z',
      place: '乡政府三楼会议室',
      title: '青石乡人民政府第12次常务会议',
    },
    true,
  )

  await payload.create({
    collection: 'annual-reports',
    data: {
      overview: '本报告所列数据的统计期限为2025年1月1日至2025年12月31日。',
      signedBy: DEMO_ORGAN.fullName,
      title: '青山县青石乡人民政府2025年政府信息公开工作年度报告',
      year: 2025,
    },
    draft: true,
    user: editor,
  })

  return { apiKey, password, users: DEMO_USERS }
}
