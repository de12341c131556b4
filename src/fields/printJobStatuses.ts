/** Where a print job stands, as the printers and staff see it. */
export const PRINT_JOB_STATUSES = [
  { label: { en: 'Waiting for a printer', zh: '待领取' }, value: 'queued' },
  { label: { en: 'Claimed by a printer', zh: '打印中' }, value: 'claimed' },
  { label: { en: 'Done', zh: '已完成' }, value: 'printed' },
  { label: { en: 'Failed', zh: '打印失败' }, value: 'failed' },
]
