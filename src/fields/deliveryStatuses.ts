import { labelsOf } from '../../translations'

const STATUS_NAMES = labelsOf('deliveryStatuses')

/** Where a delivery stands; shared by the collection and the admin panel (no server code here). */
export const DELIVERY_STATUSES = [
  { label: STATUS_NAMES.queued, value: 'queued' },
  { label: STATUS_NAMES.sending, value: 'sending' },
  { label: STATUS_NAMES.delivered, value: 'delivered' },
  { label: STATUS_NAMES.failed, value: 'failed' },
  { label: STATUS_NAMES.withdrawn, value: 'withdrawn' },
] as const
