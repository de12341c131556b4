/**
 * The JSON fields' shapes in payload-types.ts (src/fields/jsonSchemas.ts) are the code's own types: the
 * checks here are at compile time (`npm run typecheck`), so a schema that drifts from its type fails there.
 */
import type { Compiled } from '../../src/report/compile'
import type { ItemFinding } from '../../src/itemChecks/checkItem'
import type { AnnualReport, Decision as StoredDecision, ItemFinding as StoredFinding, WorkflowChecks } from '../../src/payload-types'
import type { Decision } from '../../src/workflow/machine'

import { describe, expectTypeOf, it } from 'vitest'

describe('generated JSON field types', () => {
  it('match the domain types they are written from', () => {
    // The same keys, and each assignable to the other (the generated ones are interfaces, the code's are aliases).
    expectTypeOf<keyof StoredDecision>().toEqualTypeOf<keyof Decision>()
    expectTypeOf<StoredDecision>().toExtend<Decision>()
    expectTypeOf<Decision>().toExtend<StoredDecision>()
    expectTypeOf<keyof StoredFinding>().toEqualTypeOf<keyof ItemFinding>()
    expectTypeOf<StoredFinding>().toExtend<ItemFinding>()
    expectTypeOf<ItemFinding>().toExtend<StoredFinding>()
    expectTypeOf<WorkflowChecks>().toEqualTypeOf<{ at: string; findings: StoredFinding[]; hash: string }>()
    expectTypeOf<NonNullable<AnnualReport['compiled']>>().toEqualTypeOf<Compiled>()
  })
})
