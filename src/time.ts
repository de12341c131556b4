/** The organ works on Beijing time: dates on records, serial years and deadlines are China dates. */
export const ORGAN_TIME_ZONE = 'Asia/Shanghai'

const dateFormat = new Intl.DateTimeFormat('en-CA', {
  day: '2-digit',
  month: '2-digit',
  timeZone: ORGAN_TIME_ZONE,
  year: 'numeric',
})

/** YYYY-MM-DD in China for an instant. */
export function chinaDate(instant: Date | string): string {
  return dateFormat.format(new Date(instant))
}

/** 2026-11-28 → 2026年11月28日, as a printed document writes a date; anything else is printed as given. */
export function chineseDate(iso: string): string {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(iso.trim())
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : iso
}

export function chinaYear(instant: Date | string): number {
  return Number(chinaDate(instant).slice(0, 4))
}

/** The instant a China date (YYYY-MM-DD, or an instant on that day) ends: 24:00 Beijing time (UTC+8, no DST). */
export function endOfChinaDay(day: Date | string): Date {
  const [y, m, d] = chinaDate(day).split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + 1) - 8 * 3600_000)
}
