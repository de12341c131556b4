import type { WebsiteSettings } from '../settings'
import type { BatchChannelAdapter, DeliveryInput } from './types'

import { DeliveryError } from './types'
import { signWebhook } from './webhookSignature'

const TIMEOUT_MS = 10_000

/** One changed item as the website hears of it. */
const itemOf = (delivery: DeliveryInput) => ({
  action: delivery.action,
  collection: delivery.collection,
  delivery: String(delivery.id),
  id: delivery.document,
  path: `/${delivery.collection}/${delivery.document}`,
  version: delivery.contentHash,
})

/**
 * The body of one webhook: every item that changed since the last one, with what to revalidate in the shape of
 * Next's revalidatePath / revalidateTag (the Payload website template's): each item's path, and a tag for its
 * collection and for the item.
 */
export function websiteNotice(deliveries: DeliveryInput[]) {
  const items = deliveries.map(itemOf)
  const unique = (values: string[]) => [...new Set(values)]
  return {
    deliveries: items.map((i) => i.delivery),
    items,
    paths: unique(items.map((i) => i.path)),
    tags: unique(items.flatMap((i) => [i.collection, `${i.collection}:${i.id}`])),
  }
}

/**
 * The website reads our public API; this tells it to refresh: one signed JSON webhook to WEBSITE_WEBHOOK_URL
 * for a batch of publications, updates and withdrawals, retried as a unit. The delivery ids in the body let the
 * site ignore a repeat (a retry after a timeout may send the same notice twice; refreshing twice is harmless).
 */
export const deliverToWebsite: BatchChannelAdapter<WebsiteSettings> = async (deliveries, { settings }) => {
  const url = settings.webhookUrl
  if (!url) return { webhook: '未配置 WEBSITE_WEBHOOK_URL，网站按接口读取 / no webhook configured' }
  const secret = settings.webhookSecret
  if (!secret) throw new DeliveryError('网站推送密钥尚未配置，请系统管理员在部署设置中填写 / WEBSITE_WEBHOOK_SECRET is not set', true)
  const body = JSON.stringify(websiteNotice(deliveries))
  let response: Response
  try {
    response = await fetch(url, { body, headers: signWebhook(body, secret), method: 'POST', signal: AbortSignal.timeout(TIMEOUT_MS) })
  } catch (error) {
    throw new DeliveryError(`网站无法连接 / website unreachable: ${(error as Error).message}`, false)
  }
  if (response.ok) return { webhookStatus: response.status }
  const transient = response.status >= 500 || response.status === 408 || response.status === 429
  throw new DeliveryError(`网站返回 ${response.status} / website answered ${response.status}`, !transient)
}
