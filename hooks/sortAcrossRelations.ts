import type { CollectionBeforeOperationHook, FlattenedField, PayloadRequest } from 'payload'

import { refusal } from '../src/errors'

/**
 * Sorting by a related document's field (`sort=user.email`) orders rows by a value the reader may not be able to
 * read: Payload checks the field's own access but not the related collection's read rule for a sort, so the
 * order would tell one account's e-mail from another's. A sort may cross a relationship only into a collection
 * the reader reads in full.
 */
export const sortAcrossRelations: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const sort = 'sort' in args ? args.sort : undefined
  if (operation !== 'read' || args.overrideAccess || !sort) return args
  const sorts = Array.isArray(sort) ? sort : String(sort).split(',')
  for (const path of sorts) {
    if (!(await mayCross(req, collection.flattenedFields, path.trim().replace(/^-/, '').replace(/__/g, '.').split('.')))) {
      throw refusal(`不能按关联记录的字段排序 / Cannot sort by a related document's field: ${path}`, 400, 'sort')
    }
  }
  return args
}

async function mayCross(req: PayloadRequest, fields: FlattenedField[], path: string[]): Promise<boolean> {
  const [name, ...rest] = path
  if (!rest.length) return true
  const field = fields.find((f) => f.name === name)
  if (!field) return true
  if (field.type === 'group' || field.type === 'tab') return mayCross(req, field.flattenedFields, rest)
  if (field.type !== 'relationship' && field.type !== 'upload') return true
  if (typeof field.relationTo !== 'string') return false
  const related = req.payload.collections[field.relationTo]?.config
  if (!related || (await related.access.read({ req })) !== true) return false
  return mayCross(req, related.flattenedFields, rest)
}
