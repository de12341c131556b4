/**
 * The shapes of the JSON fields, as JSON Schema for `payload generate:types` only: `typescriptSchema` changes
 * the generated types, not the database, the admin form or validation. Each shape is written here once and
 * mirrors a TypeScript type the code already has (named below); test/unit/payload-types.test.ts keeps the two equal.
 * Named shapes go into the root `definitions` (see `withJsonDefinitions`), so payload-types.ts carries them as
 * interfaces of their own and every field that holds one refers to it.
 */
import type { Config, JSONField } from 'payload'

import { ROLES } from '../access'
import { RULE_NAMES, SEVERITIES } from '../checks/types'
import { MEDIA_TEXTS } from '../itemChecks/checkItem'
import { ACTIONS, STATES } from '../workflow/machine'

type JSONSchema = ReturnType<NonNullable<JSONField['typescriptSchema']>[number]>

const string = { type: 'string' } as const
const number = { type: 'number' } as const
const nullable = (schema: JSONSchema): JSONSchema => ({ anyOf: [schema, { type: 'null' }] })
const ref = (name: keyof typeof definitions): JSONSchema => ({ $ref: `#/definitions/${name}` })
const strings: JSONSchema = { type: 'array', items: string }

/** An object with exactly these properties; those not in `optional` are required. */
const object = (properties: Record<string, JSONSchema>, optional: string[] = []): JSONSchema => ({
  type: 'object',
  additionalProperties: false,
  properties,
  required: Object.keys(properties).filter((key) => !optional.includes(key)),
})

/** The named shapes; each mirrors the type of the same name in the code. */
const definitions = {
  /** src/workflow/machine.ts Decision */
  Decision: object(
    {
      acknowledgedWarnings: { ...number, description: 'warnings of the machine first pass the decider confirmed having checked' },
      action: { enum: [...ACTIONS] },
      at: string,
      comment: string,
      from: { enum: [...STATES] },
      hash: { ...string, description: 'SHA-256 of the normalised content the decision was about' },
      level: { description: 'review level decided at (null for submit and withdraw)', type: ['number', 'null'] },
      role: { enum: [...ROLES, null] },
      to: { enum: [...STATES] },
      userId: string,
    },
    ['acknowledgedWarnings', 'comment'],
  ),
  /** src/itemChecks/checkItem.ts ItemFinding: a src/checks/types.ts Finding and where on the item it is */
  ItemFinding: object(
    {
      end: number,
      excerpt: { ...string, description: 'the matched text with a little context either side' },
      field: string,
      file: string,
      mediaField: { enum: [...MEDIA_TEXTS] },
      message: string,
      place: { ...string, description: 'where the field is, in words (the annual report: section, row and column)' },
      rule: { enum: [...RULE_NAMES] },
      severity: { enum: [...SEVERITIES] },
      start: { ...number, description: 'offsets into the checked text (UTF-16, end exclusive)' },
      suggestion: { type: ['string', 'null'] },
    },
    ['file', 'mediaField', 'place'],
  ),
  /** src/workflow/record.ts StoredChecks: the machine first pass on one version, bound to the version's hash */
  WorkflowChecks: object({ at: string, findings: { type: 'array', items: { $ref: '#/definitions/ItemFinding' } }, hash: string }),
} satisfies Record<string, JSONSchema>

/** Replaces a JSON field's catch-all type (object, array, string, number, boolean or null) with this one, or null; keeps its description. */
const typed = (schema: JSONSchema): NonNullable<JSONField['typescriptSchema']> => [
  ({ jsonSchema }) => ({ ...(jsonSchema.description ? { description: jsonSchema.description } : {}), ...nullable(schema) }),
]

/** The JSON fields' types, by what they hold. */
export const jsonTypes = {
  /** annual-reports `compiled`: field path → the value the last compile wrote (src/report/compile.ts Compiled) */
  compiledValues: typed({ type: 'object', additionalProperties: { type: ['number', 'string'] } }),
  /** deliveries `external`: the ids a channel answered, by name (src/channels/types.ts DeliveryInput.external) */
  deliveryExternal: typed({ type: 'object', additionalProperties: true }),
  /** workflow `editors`, audit-log `userRoles`, media `liveIn` */
  strings: typed(strings),
  /** workflow `history` */
  decisions: typed({ type: 'array', items: ref('Decision') }),
  /** workflow `checks` */
  workflowChecks: typed(ref('WorkflowChecks')),
}

/** Adds the named shapes to the schema the types are generated from. */
export const withJsonDefinitions = (typescript: Config['typescript']): Config['typescript'] => ({
  ...typescript,
  schema: [...(typescript?.schema ?? []), ({ jsonSchema }) => ({ ...jsonSchema, definitions: { ...jsonSchema.definitions, ...definitions } })],
})
