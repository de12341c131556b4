import { hasRole } from './access'

/** The admin's groups, in the order its menu and dashboard show them: the daily work first, the system last. */
export const GROUPS = {
  publishing: { en: 'Publishing', zh: '信息发布' },
  disclosure: { en: 'Disclosure', zh: '政务公开' },
  system: { en: 'System', zh: '系统管理' },
} as const

const RANK = new Map<unknown, number>([GROUPS.publishing, GROUPS.disclosure, GROUPS.system].map((group, i) => [group.zh, i]))
// A host's own ungrouped or differently grouped entities come after ours and before the system.
const rankOf = (entity: { admin?: { group?: unknown } }) => {
  const group = entity.admin?.group
  const zh = group && typeof group === 'object' ? (group as { zh?: unknown }).zh : group
  return RANK.get(zh) ?? RANK.size - 0.5
}

/** Payload orders its groups by where each first appears in the config: sorted into our order, stable within a group. */
export const inGroupOrder = <T extends { admin?: { group?: unknown } }>(entities: T[]): T[] =>
  entities
    .map((entity, i) => ({ entity, i }))
    .sort((a, b) => rankOf(a.entity) - rankOf(b.entity) || a.i - b.i)
    .map(({ entity }) => entity)

/** Settings only an admin changes: out of everyone else's menu and dashboard (their API access is unchanged). */
export const adminsMenu = { group: GROUPS.system, hidden: ({ user }: { user: unknown }) => !hasRole(user as never, 'admin') }
