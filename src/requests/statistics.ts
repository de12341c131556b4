import type { Payload, Where } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { filterOf, modelOf } from '../infra/mongoAdapter'
import { drizzleOf, tableOf, whereOf } from '../infra/sqlAdapter'
import { type Group, tableThree, type TableThree } from './outcomes'

const REQUESTS = 'disclosure-requests'

/** The four groupings of table 三 for a year, each a condition on receipt and closing dates. */
function conditions(year: number) {
  const start = `${year}-01-01`
  const end = `${year}-12-31`
  const openAt = (day: string): Where => ({ or: [{ closedOn: { exists: false } }, { closedOn: { greater_than: day } }] })
  return {
    carriedForward: { and: [{ receivedOn: { less_than_equal: end } }, openAt(end)] } as Where,
    carriedOver: {
      and: [{ receivedOn: { less_than: start } }, { or: [{ closedOn: { exists: false } }, { closedOn: { greater_than_equal: start } }] }],
    } as Where,
    newReceived: { and: [{ receivedOn: { greater_than_equal: start } }, { receivedOn: { less_than_equal: end } }] } as Where,
    outcomes: { and: [{ closedOn: { greater_than_equal: start } }, { closedOn: { less_than_equal: end } }] } as Where,
  }
}

/**
 * Table 三 of the annual report for `year`, counted by the database (GROUP BY / $group), never by loading the
 * requests. Open requests at the year's end are carried forward; those open at its start were carried over.
 *
 * Each condition is the adapter's own translation of the `Where` (what payload.count would run); only the
 * grouping is written here, because a count cannot group: one payload.count per cell (6 applicant types × 21
 * outcomes and the other rows) took 5 s instead of 0.7 s for the compile of bench/compile.ts's year (target 2 s).
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

type Row = { applicantType: string; count: number | string; outcome?: string }

async function sqlGroups(payload: Payload, condition: Where, byOutcome: boolean): Promise<Row[]> {
  const t = tableOf(payload, REQUESTS)
  const fields = { applicantType: t.applicantType, count: sql`count(*)`, ...(byOutcome ? { outcome: t.outcome } : {}) }
  return (await drizzleOf(payload)
    .select(fields)
    .from(t)
    .where(whereOf(payload, REQUESTS, condition))
    .groupBy(...(byOutcome ? [t.applicantType, t.outcome] : [t.applicantType]))) as Row[]
}

async function mongoGroups(payload: Payload, condition: Where, byOutcome: boolean): Promise<Row[]> {
  const rows = await modelOf(payload, REQUESTS).aggregate<{ _id: { applicantType: string; outcome?: string }; count: number }>([
    { $match: await filterOf(payload, REQUESTS, condition) },
    { $group: { _id: { applicantType: '$applicantType', ...(byOutcome ? { outcome: '$outcome' } : {}) }, count: { $sum: 1 } } },
  ])
  return rows.map((r) => ({ applicantType: r._id.applicantType, count: r.count, outcome: r._id.outcome }))
}
