import type { CollectionBeforeChangeHook } from 'payload'

import { refusal } from '../src/errors'

import { formatIndexNumber, indexNumberPrefix } from '../src/disclosure/indexNumber'
import { nextSerial } from '../src/disclosure/nextSerial'
import { chinaYear } from '../src/time'

/**
 * On first publication an item gets its 发布日期 and 索引号; both are kept for good afterwards (a later
 * edit, withdrawal or republication never changes them, so links and catalogues stay valid).
 */
export const assignIndexNumber: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (originalDoc?.indexNumber) {
    data.indexNumber = originalDoc.indexNumber
    data.publishedAt = originalDoc.publishedAt
    return data
  }
  if (data._status !== 'published') return data

  const organ = await req.payload.findGlobal({ slug: 'organ', depth: 0, req })
  if (!organ.creditCode) {
    throw refusal(
      '无法生成索引号：请先在“机关信息”中填写统一社会信用代码并送审通过 / Cannot assign an index number: set the organ’s credit code and have it reviewed first',
      400,
    )
  }
  const publishedAt = new Date().toISOString()
  const year = chinaYear(publishedAt)
  const serial = await nextSerial(req.payload, req, indexNumberPrefix(organ.creditCode, year))
  data.publishedAt = publishedAt
  data.indexNumber = formatIndexNumber(organ.creditCode, year, serial)
  return data
}
