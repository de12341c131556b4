import type { Payload, Where } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { type Group, tableThree, type TableThree } from './outcomes'

type Column = unknown
type SqlDb = {
  drizzle: {
    select: (fields: Record<string, unknown>) => {
      from: (table: unknown) => { where: (w: unknown) => { groupBy: (...c: Column[]) => Promise<Array<{ applicantType: string; count: number | string; outcome?: string }>> } }
    }
  }
  tableNameMap: Map<string, string>
  tables: Record<string, Record<string, Column>>
}
type MongoDb = { collections: Record<string, { aggregate: (pipeline: object[]) => Promise<Array<{ _id: { applicantType: string; outcome?: string }; count: number }>> }> }

/** The four groupings of table 三 for a year, each a condition on receipt and closing dates. */
function conditions(year: number) {
  const start = `${year}-01-01`
  const end = `${year}-12-31`
  const openAt = (day: string): Where => ({ or: [{ closedOn: { exists: false } }, { closedOn: { greater_than: day } }] })
  return {
    carriedForward: { and: [{ receivedOn: { less_than_equal: end } }, openAt(end)] } as Where,
    carriedOver: { and: [{ receivedOn: { less_than: start } }, { or: [{ closedOn: { exists: false } }, { closedOn: { greater_than_equal: start } }] }] } as Where,
    newReceived: { and: [{ receivedOn: { greater_than_equal: start } }, { receivedOn: { less_than_equal: end } }] } as Where,
    outcomes: { and: [{ closedOn: { greater_than_equal: start } }, { closedOn: { less_than_equal: end } }] } as Where,
  }
}

/**
 * Table 三 of the annual report for `year`, counted by the database (GROUP BY / $group), never by loading the
 * requests. Open requests at the year's end are carried forward; those open at its start were carried over.
 */
export async function requestStatistics(payload: Payload, year: number): Promise<TableThree> {
  const where = conditions(year)
  const grouped = async (condition: Where, byOutcome: boolean) => {
    const rows = payload.db.name === 'mongoose' ? await mongoGroups(payload, condition, byOutcome) : await sqlGroups(payload, condition, byOutcome)
    return rows.map((r) => ({ ...r, count: Number(r.count) }))
  }
  const [newReceived, carriedOver, outcomes, carriedForward] = await Promise.all([
    grouped(where.newReceived, false),
    grouped(where.carriedOver, false),
    grouped(where.outcomes, true),
    grouped(where.carriedForward, false),
  ])
  return tableThree({ carriedForward, carriedOver, newReceived, outcomes: outcomes as Array<Group & { outcome: string }> })
}

async function sqlGroups(payload: Payload, condition: Where, byOutcome: boolean) {
  const db = payload.db as unknown as SqlDb
  const t = db.tables[db.tableNameMap.get('disclosure_requests')!]!
  const filter = sqlWhere(t, condition)
  const fields = { applicantType: t.applicantType, count: sql`count(*)`, ...(byOutcome ? { outcome: t.outcome } : {}) }
  return db.drizzle
    .select(fields)
    .from(t)
    .where(filter)
    .groupBy(...(byOutcome ? [t.applicantType, t.outcome] : [t.applicantType]))
}

/** The few conditions these groupings use, as SQL on the table's columns. */
function sqlWhere(t: Record<string, Column>, condition: Where): unknown {
  if (condition.and) return sql.join((condition.and as Where[]).map((c) => sql`(${sqlWhere(t, c)})`), sql` and `)
  if (condition.or) return sql.join((condition.or as Where[]).map((c) => sql`(${sqlWhere(t, c)})`), sql` or `)
  const [field, ops] = Object.entries(condition)[0] as [string, Record<string, unknown>]
  const [op, value] = Object.entries(ops)[0]!
  const column = t[field]
  switch (op) {
    case 'exists':
      return value ? sql`${column} is not null` : sql`${column} is null`
    case 'greater_than':
      return sql`${column} > ${value}`
    case 'greater_than_equal':
      return sql`${column} >= ${value}`
    case 'less_than':
      return sql`${column} < ${value}`
    case 'less_than_equal':
      return sql`${column} <= ${value}`
    default:
      throw new Error(`unsupported condition ${op}`)
  }
}

async function mongoGroups(payload: Payload, condition: Where, byOutcome: boolean) {
  const db = payload.db as unknown as MongoDb
  const match = mongoMatch(condition)
  const rows = await db.collections['disclosure-requests']!.aggregate([
    { $match: match },
    { $group: { _id: { applicantType: '$applicantType', ...(byOutcome ? { outcome: '$outcome' } : {}) }, count: { $sum: 1 } } },
  ])
  return rows.map((r) => ({ applicantType: r._id.applicantType, count: r.count, outcome: r._id.outcome }))
}

function mongoMatch(condition: Where): object {
  if (condition.and) return { $and: (condition.and as Where[]).map(mongoMatch) }
  if (condition.or) return { $or: (condition.or as Where[]).map(mongoMatch) }
  const [field, ops] = Object.entries(condition)[0] as [string, Record<string, unknown>]
  const [op, value] = Object.entries(ops)[0]!
  const operator = { greater_than: '$gt', greater_than_equal: '$gte', less_than: '$lt', less_than_equal: '$lte' }[op]
  if (op === 'exists') return value ? { [field]: { $ne: null } } : { [field]: null }
  if (!operator) throw new Error(`unsupported condition ${op}`)
  return { [field]: { [operator]: value } }
}
