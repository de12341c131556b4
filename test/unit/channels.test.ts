import { describe, expect, it } from 'vitest'

import { nextQuotaDay } from '../../src/channels/wechat/client'
import { pickReply, type ReplyRule } from '../../src/channels/wechat/replies'
import { endOfChinaDay } from '../../src/time'

describe('WeChat keyword replies', () => {
  const organ = {
    address: '福建省福州市青石乡政府路1号',
    email: 'qsx@qingshi.example.gov.cn',
    fullName: '青石乡人民政府',
    officeHours: '工作日 8:30—17:30',
    phone: '0591-22334455',
  }
  const rules: ReplyRule[] = [
    { keyword: '低保', match: 'contains', reply: '低保申请请到乡民政办。' },
    { keyword: '低保公示', match: 'contains', reply: '低保公示见乡政府公示栏。' },
    { keyword: '你好', match: 'exact', reply: '您好，这里是青石乡人民政府。' },
    { enabled: false, keyword: '医保', match: 'contains', reply: '停用的回复' },
  ]

  it('an exact rule wins, then the longest contained keyword', () => {
    expect(pickReply('你好', rules, organ)).toBe('您好，这里是青石乡人民政府。')
    expect(pickReply('你好，低保怎么办', rules, organ)).toBe('低保申请请到乡民政办。')
    expect(pickReply('请问低保公示在哪看', rules, organ)).toBe('低保公示见乡政府公示栏。')
  })

  it('full-width and case variants match; disabled rules do not', () => {
    const latin: ReplyRule[] = [
      ...rules,
      { keyword: 'ETC', match: 'contains', reply: 'ETC办理请到乡便民服务中心。' },
      { keyword: '１２３４５', match: 'exact', reply: '12345热线全天受理。' },
    ]
    // Full-width letters and digits (a Chinese input method's default) and either case match both ways.
    for (const message of ['ｅｔｃ怎么办', 'ＥＴＣ怎么办', 'etc怎么办', 'Etc怎么办']) {
      expect(pickReply(message, latin, organ), message).toBe('ETC办理请到乡便民服务中心。')
    }
    expect(pickReply('12345', latin, organ)).toBe('12345热线全天受理。')
    expect(pickReply('　１２３４５　', latin, organ)).toBe('12345热线全天受理。')
    expect(pickReply(' 低保 ', rules, organ)).toBe('低保申请请到乡民政办。')
    expect(pickReply('医保', rules, organ)).toBeNull()
  })

  it('answers phone, email and address from the organ settings, and nothing otherwise', () => {
    expect(pickReply('你们电话多少？', rules, organ)).toBe('青石乡人民政府\n联系电话：0591-22334455（工作日 8:30—17:30）')
    expect(pickReply('地址和邮箱', rules, organ)).toBe('青石乡人民政府\n电子邮箱：qsx@qingshi.example.gov.cn\n办公地址：福建省福州市青石乡政府路1号')
    expect(pickReply('电话', rules, { fullName: '青石乡人民政府' })).toBeNull()
    expect(pickReply('天气怎么样', rules, organ)).toBeNull()
  })
})

describe('channel time arithmetic (Beijing time)', () => {
  it('the WeChat quota day turns at midnight Beijing time', () => {
    expect(nextQuotaDay(new Date('2026-11-29T15:59:00Z')).toISOString()).toBe('2026-11-29T16:01:00.000Z')
    expect(nextQuotaDay(new Date('2026-11-29T16:00:00Z')).toISOString()).toBe('2026-11-30T16:01:00.000Z')
  })

  it('a 公示期 ends at 24:00 Beijing time on its last day', () => {
    expect(endOfChinaDay('2026-12-07').toISOString()).toBe('2026-12-07T16:00:00.000Z')
    expect(endOfChinaDay(new Date('2026-12-07T17:00:00Z')).toISOString()).toBe('2026-12-08T16:00:00.000Z')
  })
})
