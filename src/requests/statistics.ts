import type { Payload, Where } from 'payload'

import type { ApplicantType } from './submission'

import { COLUMN_OF, type Group, OUTCOMES, tableThree, type TableThree } from './outcomes'

/** The applicant types with a column of their own; 其他 is counted as the rest. */
const NAMED_TYPES = (Object.keys(COLUMN_OF) as ApplicantType[]).filter((type) => COLUMN_OF[type] !== 'other')

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
 * Table 三 of the annual report for `year`, counted by the database (Payload's count, the same query on SQLite,
 * PostgreSQL and MongoDB), never by loading the requests. Open requests at the year's end are carried forward;
 * those open at its start were carried over.
 *
 * A count cannot group, so each cell is a count of its own: per applicant type, and per outcome and applicant
 * type. The 其他 column takes what the named types leave (as a GROUP BY put a type outside the list there), and
 * an outcome or grouping nobody has is not split by type at all.
 */
export async function requestStatistics(payload: Payload, year: number): Promise<TableThree> {
  const where = conditions(year)
  const count = async (condition: Where) => (await payload.count({ collection: 'disclosure-requests', overrideAccess: true, where: condition })).totalDocs
  const byType = async (condition: Where): Promise<Group[]> => {
    const total = await count(condition)
    if (!total) return []
    const named = NAMED_TYPES.map(async (applicantType) => ({ applicantType, count: await count({ and: [condition, { applicantType: { equals: applicantType } }] }) }))
    const groups = await Promise.all(named)
    return [...groups, { applicantType: 'other', count: total - groups.reduce((sum, g) => sum + g.count, 0) }]
  }
  const byOutcome = async (condition: Where) =>
    (await Promise.all(OUTCOMES.map(async ({ key }) => (await byType({ and: [condition, { outcome: { equals: key } }] })).map((g) => ({ ...g, outcome: key }))))).flat()
  const [newReceived, carriedOver, outcomes, carriedForward] = await Promise.all([
    byType(where.newReceived),
    byType(where.carriedOver),
    byOutcome(where.outcomes),
    byType(where.carriedForward),
  ])
  return tableThree({ carriedForward, carriedOver, newReceived, outcomes })
}
