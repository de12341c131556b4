/** Report fields addressed by dot paths (`requests.granted.natural`), as errors and compiling name them. */

/** `{ 'a.b': 1 }` → `{ a: { b: 1 } }`, merged over `base` (so groups keep their other fields). */
export function nest(values: Record<string, unknown>, base: Record<string, unknown> = {}): Record<string, unknown> {
  const out = structuredClone(base)
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split('.')
    let node = out
    for (const key of keys.slice(0, -1)) node = node[key] = { ...((node[key] as Record<string, unknown>) ?? {}) }
    node[keys.at(-1)!] = value
  }
  return out
}

/** The value at a dot path. */
export const valueAt = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc)
