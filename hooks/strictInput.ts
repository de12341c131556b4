import type { CollectionBeforeOperationHook, Field, GlobalBeforeOperationHook, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { refusal } from '../src/errors'

/** Deeper JSON is no document of ours (a rich text of nested lists stays far below) and costs a deep copy. */
const MAX_DEPTH = 64
/** Larger JSON is no document of ours either; files come as uploads, with their own limit. */
const MAX_JSON_BYTES = 8 * 1024 * 1024

type Data = Record<string, unknown>
const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

function depthOf(value: unknown): number {
  let deepest = 0
  const stack: Array<[unknown, number]> = [[value, 1]]
  while (stack.length) {
    const [node, depth] = stack.pop()!
    if (typeof node !== 'object' || node === null) continue
    deepest = Math.max(deepest, depth)
    if (deepest > MAX_DEPTH) return deepest
    for (const child of Object.values(node)) stack.push([child, depth + 1])
  }
  return deepest
}

/** An id as this database spells it: an integer on SQL, an ObjectId on MongoDB. */
export function isValidId(req: PayloadRequest, id: unknown): boolean {
  if (req.payload.db.defaultIDType === 'number')
    return (typeof id === 'number' && Number.isSafeInteger(id)) || (typeof id === 'string' && /^\d{1,15}$/.test(id))
  return typeof id === 'string' && /^[a-f\d]{24}$/i.test(id)
}

type Problem = { message: string; path: string }

const optionValues = (field: { options: Array<string | { value: string }> }) => field.options.map((o) => (typeof o === 'string' ? o : o.value))

/** Whether a relationship/upload value names a document: an id, a populated document, or {relationTo, value}. */
function isReference(req: PayloadRequest, value: unknown): boolean {
  if (isObject(value)) return 'relationTo' in value ? isReference(req, value.value) : isValidId(req, value.id)
  return isValidId(req, value)
}

/**
 * The value of each field has the field's type. Payload would store a number as a title, drop a string
 * where a list belongs, or hand an object to the database (500): here each is a 400 naming the field.
 */
function checkFields(req: PayloadRequest, fields: Field[], data: Data, path: string, problems: Problem[]) {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      checkFields(req, field.fields, data, path, problems)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if (!('name' in tab) || !tab.name) checkFields(req, tab.fields, data, path, problems)
        else if (isObject(data[tab.name])) checkFields(req, tab.fields, data[tab.name] as Data, `${path}${tab.name}.`, problems)
        else if (data[tab.name] !== undefined && data[tab.name] !== null)
          problems.push({ message: '须为对象 / must be an object', path: `${path}${tab.name}` })
      }
      continue
    }
    if (!('name' in field) || !field.name) continue
    const value = data[field.name]
    if (value === undefined || value === null) continue
    const at = `${path}${field.name}`
    const fail = (message: string) => problems.push({ message, path: at })
    const many = 'hasMany' in field && field.hasMany === true
    const each = (ok: (item: unknown) => boolean, message: string) => {
      if (many ? !Array.isArray(value) || !value.every(ok) : !ok(value)) fail(many ? `须为列表，每项${message}` : message)
    }
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
        each((v) => typeof v === 'string', '须为文本 / must be text')
        break
      case 'number':
        each((v) => typeof v === 'number' && Number.isFinite(v), '须为数字 / must be a number')
        break
      case 'checkbox':
        each((v) => typeof v === 'boolean', '须为 true 或 false / must be a boolean')
        break
      case 'date':
        each((v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)), '须为日期 / must be a date')
        break
      case 'select':
      case 'radio': {
        const allowed = optionValues(field as { options: Array<string | { value: string }> })
        each((v) => typeof v === 'string' && allowed.includes(v), `须为以下之一 / must be one of: ${allowed.join(', ')}`)
        break
      }
      case 'relationship':
      case 'upload':
        each((v) => isReference(req, v), '须为条目编号 / must be a document id')
        break
      case 'group':
        if (isObject(value)) checkFields(req, field.fields, value, `${at}.`, problems)
        else fail('须为对象 / must be an object')
        break
      case 'array':
        if (!Array.isArray(value) || !value.every(isObject)) fail('须为对象列表 / must be a list of objects')
        else value.forEach((row, i) => checkFields(req, field.fields, row, `${at}.${i}.`, problems))
        break
      case 'blocks':
        if (!Array.isArray(value) || !value.every(isObject)) fail('须为对象列表 / must be a list of objects')
        else {
          value.forEach((row, i) => {
            const block = field.blocks.find((b) => b.slug === row.blockType)
            if (!block) problems.push({ message: '未知的区块类型 / unknown block type', path: `${at}.${i}.blockType` })
            else checkFields(req, block.fields, row, `${at}.${i}.`, problems)
          })
        }
        break
      case 'richText':
        if (!isObject(value)) fail('须为富文本对象 / must be a rich-text object')
        break
    }
  }
}

type Target = { auth?: unknown; fields: Field[]; slug: string; upload?: unknown }

/** Every id a `where` compares against, so that `id in "1); DROP TABLE"` is refused rather than read as 1. */
function whereIds(where: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(where)) where.forEach((w) => whereIds(w, found))
  else if (isObject(where)) {
    for (const [key, condition] of Object.entries(where)) {
      if (key === 'id' && isObject(condition)) {
        for (const [operator, value] of Object.entries(condition)) {
          if (['equals', 'not_equals'].includes(operator)) found.push(value)
          if (['in', 'not_in'].includes(operator)) found.push(...(Array.isArray(value) ? value : String(value).split(',')))
        }
      } else if (key === 'and' || key === 'or') whereIds(condition, found)
    }
  }
  return found
}

function checkWrite(req: PayloadRequest, target: Target, operation: string, args: { data?: unknown; id?: unknown; where?: unknown }) {
  if (req.payloadAPI === 'local') return
  // The id as the client wrote it: Payload has already read "12abc" as 12 by the time the hook runs.
  const id = req.routeParams?.id ?? args.id
  if (id !== undefined && !isValidId(req, id)) throw refusal('未找到 / Not Found', 404, 'not-found')
  if (whereIds(args.where).some((id) => id !== '' && id !== null && id !== undefined && !isValidId(req, id)))
    throw refusal('查询条件中的编号无效 / An id in the query is not valid', 400, 'invalid-where')
  if (operation !== 'create' && operation !== 'update') return
  const { data } = args
  // An upload may come as the file alone, without `_payload`.
  if (data === undefined && target.upload) return
  if (!isObject(data)) throw refusal('请求体须为 JSON 对象 / The request body must be a JSON object', 400, 'invalid-request')
  if (depthOf(data) > MAX_DEPTH) throw refusal(`请求数据嵌套超过 ${MAX_DEPTH} 层 / The request data is nested too deeply`, 400, 'invalid-request')
  if (Buffer.byteLength(JSON.stringify(data)) > MAX_JSON_BYTES) {
    throw refusal(`请求数据超过 ${MAX_JSON_BYTES / 1024 / 1024} MB / The request data is too large`, 413, 'too-large')
  }
  const problems: Problem[] = []
  checkFields(req, target.fields, data, '', problems)
  if (target.auth && 'password' in data && typeof data.password !== 'string') problems.push({ message: '须为文本 / must be text', path: 'password' })
  // Payload's own shape for invalid fields: { errors: [{ message, data: { errors: [{ path, message }] } }] }.
  if (problems.length) throw new ValidationError({ collection: target.slug, errors: problems }, req.t)
}

/**
 * Writes over the API get what they claim: a JSON object of sane size and depth whose fields have their
 * types, and ids that are ids (Payload reads "12abc" as 12 and would change item 12). Local API calls are
 * the system's own and pass.
 */
export const strictInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  checkWrite(req, collection, operation, args as { data?: unknown; id?: unknown; where?: unknown })
  return args
}

export const strictGlobalInput: GlobalBeforeOperationHook = ({ args, global, operation, req }) => {
  checkWrite(req, global, operation, args ?? {})
  return args
}
