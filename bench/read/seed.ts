import type { Payload } from 'payload'

import { drizzleOf, tableOf } from '../../src/infra/sqlAdapter'
import { richText } from '../../src/richText'

/** `count` published news items of a realistic size (a list of 20 with its defaults is about 20 KB of JSON), inserted in bulk. */
export async function seedNews(payload: Payload, count: number) {
  const drizzle = drizzleOf(payload)
  const news = tableOf(payload, 'news')
  const paragraph = '青石乡组织各村开展秋季森林防火巡查，重点检查林区周边用火、野外祭祀和农事用火情况，发现隐患当场整改。'
  const now = Date.now()
  for (let i = 0; i < count; i += 500) {
    const rows = Array.from({ length: Math.min(500, count - i) }, (_, j) => {
      const n = i + j
      const at = new Date(now - n * 60_000).toISOString()
      return {
        _status: 'published',
        body: richText(`第${n}条：${paragraph}`, paragraph),
        createdAt: at,
        publishedAt: at,
        summary: paragraph.slice(0, 60),
        title: `工作动态第${n}号：秋季森林防火巡查`,
        updatedAt: at,
      }
    })
    await drizzle.insert(news).values(rows)
  }
}
