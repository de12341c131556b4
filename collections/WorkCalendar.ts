import type { GlobalConfig } from 'payload'

import { adminsOnly, isStaff } from '../src/access'
import { datesIn } from '../src/requests/calendarSupplement'
import { adminsMenu } from '../src/adminGroups'

const dateList = (name: string, label: { en: string; zh: string }) => ({
  name,
  type: 'textarea' as const,
  admin: { description: { en: 'Dates as YYYY-MM-DD, one per line or separated by commas', zh: '日期格式 YYYY-MM-DD，每行一个或以逗号分隔' } },
  label,
  validate: (value: null | string | undefined, { siblingData }: { siblingData: { year?: number } }) => {
    try {
      datesIn(value, siblingData.year ?? 0)
      return true
    } catch (error) {
      return (error as Error).message
    }
  },
})

/**
 * The State Council's holiday notice for a year the calendar package does not have yet (it is published in
 * November or December): entered here, deadlines of 依申请公开 can be counted into that year at once.
 */
export const WorkCalendar: GlobalConfig = {
  slug: 'work-calendar',
  access: { read: ({ req }) => isStaff(req.user), update: adminsOnly },
  admin: adminsMenu,
  fields: [
    {
      name: 'years',
      type: 'array',
      fields: [
        { name: 'year', type: 'number', label: { en: 'Year', zh: '年份' }, max: 2100, min: 2000, required: true },
        dateList('holidays', { en: 'Public holidays (放假日)', zh: '放假日期' }),
        dateList('workdays', { en: 'Make-up working days (调休上班)', zh: '调休上班日期' }),
      ],
      label: { en: 'Official holiday notices', zh: '国务院节假日安排' },
      labels: { plural: { en: 'Years', zh: '年度' }, singular: { en: 'Year', zh: '年度' } },
    },
  ],
  label: { en: 'Work calendar', zh: '工作日历' },
}
