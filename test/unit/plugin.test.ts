import type { CollectionConfig, Config, Field, Payload } from 'payload'
import type { GovPublishingT } from '../../translations'

import { initI18n } from '@payloadcms/translations'
import { afterEach, describe, expect, it } from 'vitest'

import { gateGlobalWrites, gateWrites } from '../../hooks/gateWrites'
import { trackGlobalWorkflow, trackWorkflow } from '../../hooks/trackWorkflow'
import { govPublishing } from '../../src/plugin'
import { PUBLISHABLE_SLUGS } from '../../src/publishable'
import { THREE_LEVELS, TWO_LEVELS } from '../../src/workflow/levels'

/** The plugin as Payload's own plugins are tested: a pure transform of a config. */
const host = (overrides: Partial<Config> = {}): Config => ({ collections: [], db: {} as Config['db'], secret: 'test', ...overrides })
/** Our transform is synchronous (Payload's Plugin type allows a promise). */
const apply = (options?: Parameters<typeof govPublishing>[0], config = host()) => govPublishing(options)(config) as Config
const collection = (config: Config, slug: string) => config.collections!.find((c) => c.slug === slug)!
const fieldNames = (fields: Field[]): string[] => fields.flatMap((f) => ('name' in f ? [f.name] : 'fields' in f ? fieldNames(f.fields) : []))
const schema = (config: Config) => Object.fromEntries(config.collections!.map((c) => [c.slug, fieldNames(c.fields)]))
const endpointPaths = (c: CollectionConfig) => (c.endpoints || []).map((e) => `${e.method} ${e.path}`)

/** What autoRun schedules inside the Next server (where crons start). */
async function autoRunInServer(config: Config) {
  process.env.NEXT_RUNTIME = 'nodejs'
  const autoRun = config.jobs!.autoRun as (payload: Payload) => Promise<{ queue?: string }[]>
  return autoRun({} as Payload)
}

afterEach(() => {
  delete process.env.NEXT_RUNTIME
})

describe('govPublishing as a config transform', () => {
  it('enabled: false keeps the schema but registers no gate, no workflow endpoint, no schedule and no job run', async () => {
    const on = apply()
    const off = apply({ enabled: false })
    expect(schema(off)).toEqual(schema(on))
    expect(off.jobs!.tasks!.map((t) => t.slug)).toEqual(on.jobs!.tasks!.map((t) => t.slug))

    for (const slug of [...PUBLISHABLE_SLUGS, 'wechat-replies']) {
      expect(endpointPaths(collection(on, slug))).toContain('post /:id/workflow')
      expect(endpointPaths(collection(off, slug))).not.toContain('post /:id/workflow')
      expect(collection(on, slug).hooks!.beforeChange).toContain(trackWorkflow)
      expect(collection(off, slug).hooks!.beforeChange).not.toContain(trackWorkflow)
      expect(collection(off, slug).hooks!.beforeOperation).not.toContain(gateWrites)
    }
    // The organ's details are reviewed like the items: drafts, the gate's hooks, its own workflow endpoint.
    const organ = (config: Config) => config.globals!.find((g) => g.slug === 'organ')!
    expect(organ(on).versions).toMatchObject({ drafts: { validate: true } })
    expect((organ(on).endpoints || []).map((e) => `${e.method} ${e.path}`)).toContain('post /workflow')
    expect(organ(on).hooks!.beforeChange).toContain(trackGlobalWorkflow)
    expect(organ(off).hooks!.beforeChange).not.toContain(trackGlobalWorkflow)
    expect(organ(off).hooks!.beforeOperation).not.toContain(gateGlobalWrites)
    expect(organ(off).endpoints || []).toEqual([])
    expect((await autoRunInServer(on)).map((r) => r.queue)).toEqual(['publishing', 'requests'])
    expect(on.jobs!.tasks!.filter((t) => t.schedule?.length).map((t) => t.slug)).toEqual(['publishScheduled', 'refreshRequests'])
    expect(await autoRunInServer(off)).toEqual([])
    expect(off.jobs!.tasks!.filter((t) => t.schedule?.length)).toEqual([])
  })

  it('a host that brings its own users keeps them, with roles, API keys and admin-only unlock added', () => {
    const read = () => true
    const users: CollectionConfig = {
      access: { read },
      auth: { tokenExpiration: 3600 },
      fields: [{ name: 'department', type: 'text' }],
      slug: 'users',
    }
    const config = apply({}, host({ collections: [users] }))
    expect(config.collections!.filter((c) => c.slug === 'users')).toHaveLength(1)
    const merged = collection(config, 'users')
    expect(fieldNames(merged.fields)).toEqual(['department', 'roles'])
    expect(merged.auth).toMatchObject({ tokenExpiration: 3600, useAPIKey: true })
    expect(merged.access!.read).toBe(read)
    expect(merged.access!.unlock!({ req: { user: { roles: ['editor'] } } } as never)).toBe(false)
    expect(merged.access!.unlock!({ req: { user: { roles: ['admin'] } } } as never)).toBe(true)
    // Without a host collection the plugin's own is used.
    expect(fieldNames(collection(apply(), 'users').fields)).toContain('roles')
  })

  it('review levels: two by default, THREE_LEVELS when given, kept for the gate and shown by the panel', () => {
    expect(apply().custom!.govPublishing).toMatchObject({ reviewLevels: TWO_LEVELS })
    const three = apply({ reviewLevels: THREE_LEVELS })
    expect(three.custom!.govPublishing).toMatchObject({ reviewLevels: THREE_LEVELS })
    const panel = JSON.stringify(collection(three, 'news').fields)
    expect(panel).toContain('复审（保密审查）')
  })

  it('keeps what the host configured: its collections, endpoints, hooks and languages', () => {
    const afterError = () => {}
    const config = apply(
      {},
      host({
        collections: [{ fields: [], slug: 'pages' }],
        endpoints: [{ handler: () => new Response(), method: 'get', path: '/ping' }],
        hooks: { afterError: [afterError] },
      }),
    )
    expect(config.collections!.map((c) => c.slug)).toContain('pages')
    expect(config.endpoints!.map((e) => e.path)).toContain('/ping')
    expect(config.hooks!.afterError).toContain(afterError)
    expect(Object.keys(config.i18n!.supportedLanguages!)).toEqual(expect.arrayContaining(['en', 'zh']))
  })

  it('adds its admin words under govPublishing per language and keeps the host’s translations', () => {
    const config = apply(
      {},
      host({
        i18n: {
          supportedLanguages: { de: { dateFNSKey: 'de', translations: {} } as never },
          translations: {
            en: { general: { home: 'Start' }, govPublishing: { myQueue: { title: 'My desk' } } },
            fr: { general: { home: 'Accueil' } },
          } as never,
        },
      }),
    )
    const translations = config.i18n!.translations as Record<string, Record<string, Record<string, Record<string, string>>>>
    expect(translations.zh!.govPublishing!.states!.draft).toBe('草稿')
    expect(translations.en!.govPublishing!.states!.draft).toBe('Draft')
    // The host's own words stay, and win for one of our keys.
    expect(translations.en!.general!.home).toBe('Start')
    expect(translations.en!.govPublishing!.myQueue!.title).toBe('My desk')
    expect(translations.fr!.general!.home).toBe('Accueil')
    // A language without words of ours shows the default language's.
    expect(translations.de!.govPublishing!.myQueue!.title).toBe('待我处理')
    expect(config.i18n!.fallbackLanguage).toBe('zh')
  })

  it('gives Payload’s own t our words in both languages, with {{var}} filled in, on the server and in the browser', async () => {
    const { i18n } = apply()
    for (const context of ['api', 'client'] as const) {
      const t = async (language: 'en' | 'zh') => (await initI18n({ config: i18n as never, context, language })).t as unknown as GovPublishingT
      expect((await t('zh'))('govPublishing:dueRequests:daysOverdue', { days: 3 })).toBe('已超期3个工作日')
      expect((await t('en'))('govPublishing:dueRequests:daysLeft', { days: 2 })).toBe('2 working days left')
      expect((await t('en'))('govPublishing:states:pending-review')).toBe('Waiting for review')
    }
  })

  it('no JSON field shows Payload’s Monaco editor, which it loads from a CDN an office network cannot reach', async () => {
    const { default: config } = await import('../../src/payload.config')
    const built = await config
    type Any = {
      admin?: { components?: { Field?: unknown }; hidden?: boolean }
      blocks?: { fields: Any[] }[]
      fields?: Any[]
      name?: string
      tabs?: Any[]
      type?: string
    }
    const visibleJson = (fields: Any[], at: string): string[] =>
      fields.flatMap((f) => {
        const path = f.name ? `${at}.${f.name}` : at
        if (f.admin?.hidden) return []
        if (f.type === 'json') return f.admin?.components?.Field ? [] : [path]
        if (f.type === 'group' && f.admin?.components?.Field) return []
        return [
          ...visibleJson(f.fields ?? [], path),
          ...visibleJson(f.tabs ?? [], path),
          ...(f.blocks ?? []).flatMap((b) => visibleJson(b.fields, path)),
        ]
      })
    // Payload's internal collections and globals (jobs, preferences) are hidden from the admin.
    const hiddenFromAdmins = (hidden: unknown) => (typeof hidden === 'function' ? hidden({ user: { roles: ['admin'] } }) : hidden)
    const shown = [...built.collections, ...built.globals].filter((c) => !hiddenFromAdmins(c.admin?.hidden))
    const all = shown.map((c) => visibleJson(c.fields as Any[], c.slug))
    expect(all.flat()).toEqual([])
  }, 60_000) // the whole app config loads (adapters, every collection): seconds on a loaded machine
})
