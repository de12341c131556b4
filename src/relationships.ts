/** The id of a relationship or upload value, populated (`{ id, … }`) or not (the id itself). */
export const idOf = (value: unknown): string =>
  value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : String(value)
