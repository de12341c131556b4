/** Where a delivery stands; shared by the collection and the admin panel (no server code here). */
export const DELIVERY_STATUSES = [
  { label: { en: 'Queued', zh: '排队中' }, value: 'queued' },
  { label: { en: 'Sending', zh: '发送中' }, value: 'sending' },
  { label: { en: 'Delivered', zh: '已送达' }, value: 'delivered' },
  { label: { en: 'Failed', zh: '失败' }, value: 'failed' },
  { label: { en: 'Withdrawn', zh: '已撤下' }, value: 'withdrawn' },
] as const
