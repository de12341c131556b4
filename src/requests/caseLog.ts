import type { CaseEvent } from './deadlines'

export type CaseLogRow = { by?: null | string; days?: null | number; note?: null | string; on: string; step: CaseEvent['type'] }

/** The admin's case-log rows as the deadline engine's events. */
export function eventsOf(rows: CaseLogRow[]): CaseEvent[] {
  return rows.map((row) =>
    row.step === 'extended'
      ? { approvedBy: row.by ?? '', days: row.days ?? 0, on: row.on, type: 'extended' }
      : ({ on: row.on, type: row.step } as CaseEvent),
  )
}
