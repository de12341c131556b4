import type { CollectionConfig, Config, Plugin } from 'payload'

import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { deepMergeSimple } from '@payloadcms/translations/utilities'

import { translations } from '../translations'
import { IndexCounters } from '../collections/IndexCounters'
import { Media, MEDIA_DIR } from '../collections/Media'
import { rolesField, Users } from '../collections/Users'
import { AuditLog } from '../collections/AuditLog'
import { CheckSettings } from '../collections/CheckSettings'
import { CheckTerms } from '../collections/CheckTerms'
import { Deliveries } from '../collections/Deliveries'
import { WorkCalendar } from '../collections/WorkCalendar'
import { DisclosureRequests } from '../collections/DisclosureRequests'
import { PrintJobs } from '../collections/PrintJobs'
import { PublicVersions } from '../collections/PublicVersions'
import { WechatNonces } from '../collections/WechatNonces'
import { assignIndexNumber } from '../hooks/assignIndexNumber'
import { rejectForbiddenWrites } from '../hooks/rejectForbiddenWrites'
import { sortAcrossRelations } from '../hooks/sortAcrossRelations'
import { strictGlobalInput, strictInput } from '../hooks/strictInput'
import { bumpAfterChange, bumpAfterDelete } from '../hooks/bumpPublicCache'
import { clientErrorsAs400 } from '../hooks/clientErrorsAs400'
import { identityAfterLogin, identityRules } from '../hooks/identity'
import { trustedProxies } from './clientAddress'
import { forgotPasswordEndpoint } from './identity/passwordReset'
import { adminsOnly, deleteNeverPublished, editorsOnly, readPublishedOrStaff } from './access'
import { disclosureFields } from './fields/disclosure'
import { withJsonDefinitions } from './fields/jsonSchemas'
import { publishAtField } from './fields/workflow'
import { PUBLISHABLE, PUBLISHABLE_SLUGS, REVIEWED_COLLECTIONS, REVIEWED_GLOBALS } from './publishable'
import { withReview, withReviewedGlobal } from './reviewed'
import {
  type DeliverySettings,
  type GovPublishingSettings,
  type NoticeboardSettings,
  type WebsiteSettings,
  type WechatSettings,
  withSettings,
} from './settings'
import { printerEndpoints } from './channels/noticeboard/printerEndpoints'
import { retryDeliveryEndpoint } from './channels/retryEndpoint'
import { pollDeliveriesInServer } from './channels/runner'
import { checksEndpoint } from './itemChecks/endpoint'
import { previewEndpoints } from './channels/previewEndpoints'
import { wechatCallbackEndpoints } from './channels/wechat/callbackEndpoint'
import { REPLAY_WINDOW_SECONDS, type WechatCallbackSettings } from './channels/wechat/callbackSettings'
import { type ReviewLevel, TWO_LEVELS } from './workflow/levels'
import { withPublishingJobs } from './workflow/scheduledPublication'
import { withRequestJobs } from './requests/refreshTask'
import { closeInternalCollections } from './internalAccess'
import { GROUPS, inGroupOrder } from './adminGroups'

export type GovPublishingOptions = {
  /**
   * false keeps every collection and field (the database schema does not change) but switches the
   * publication hooks off, as Payload's own plugins do.
   */
  enabled?: boolean
  /** Minutes a sign-in lasts without being refreshed (default 120, or a host's own); the admin refreshes it while in use. */
  sessionMinutes?: number
  /**
   * IPs and CIDRs of reverse proxies whose X-Forwarded-For hops are believed (default: 127.0.0.1 and ::1,
   * a proxy on this host). The audit log and the rate limits take the caller's address under this list.
   */
  trustedProxies?: string[]
  /** How often the server runs its job queues and looks for due scheduled publications, 1–60 s (default 60). */
  jobIntervalSeconds?: number
  /** Largest upload accepted, in bytes (default 20 MB). */
  maxUploadBytes?: number
  /** Where uploads are stored (default: the project's media/ folder). */
  mediaDir?: string
  /**
   * The levels of 分级审核, in order; the last one is 审签 (default: 保密审查 by a reviewer, then 审签 by
   * an approver). `THREE_LEVELS` from `src/workflow/levels` is the common 三审 form.
   */
  reviewLevels?: ReviewLevel[]
  /** The WeChat message server's token, safe-mode key and replay window (default: no token, every call refused). */
  wechatCallback?: WechatCallbackSettings
  /** Each channel's settings (default: no website webhook, no WeChat account, a printer lease of 600 s). */
  channels?: {
    noticeboard?: Partial<NoticeboardSettings>
    website?: WebsiteSettings
    wechat?: Partial<Omit<WechatSettings, 'serverURL'>>
  }
  /** How deliveries run (default: in the web server, 50 per run, polled every 5 s, retries from 5 s on). */
  deliveries?: Partial<DeliverySettings>
  /** Disclosure requests one address may file anonymously in ten minutes (default 5). */
  requestsPer10Min?: number
}

/** A content collection as published: reviewed (src/reviewed.ts), with disclosure metadata, 定时发布 and previews. */
function withPublishing(collection: CollectionConfig, enabled: boolean, levels: ReviewLevel[]): CollectionConfig {
  return withReview(
    {
      ...collection,
      access: {
        create: editorsOnly,
        delete: deleteNeverPublished,
        read: readPublishedOrStaff,
        update: editorsOnly,
        ...collection.access,
      },
      admin: { group: GROUPS.publishing, ...collection.admin },
      endpoints: [...(collection.endpoints || []), ...previewEndpoints(collection.slug)],
      fields: [...collection.fields, ...disclosureFields, publishAtField],
      hooks: {
        ...collection.hooks,
        beforeChange: [...(enabled ? [assignIndexNumber] : []), ...(collection.hooks?.beforeChange ?? [])],
      },
    },
    enabled,
    levels,
  )
}

const DEFAULT_SESSION_MINUTES = 120

type IdentitySettings = { secureCookies: boolean; sessionMinutes?: number }

/**
 * Sign-in as 等保 2.0 asks: no lock-out a stranger can trigger (throttling instead, hooks/identity.ts), a
 * session timeout, Secure cookies behind TLS, the password rule, and our password reset endpoint.
 */
function withIdentity(users: CollectionConfig, settings: IdentitySettings): CollectionConfig {
  const auth = typeof users.auth === 'object' ? users.auth : {}
  return {
    ...users,
    auth: {
      ...auth,
      cookies: { ...auth.cookies, secure: settings.secureCookies },
      maxLoginAttempts: 0,
      // A host's own session length stands unless one is configured here.
      tokenExpiration: settings.sessionMinutes ? settings.sessionMinutes * 60 : (auth.tokenExpiration ?? DEFAULT_SESSION_MINUTES * 60),
      useAPIKey: true,
    },
    endpoints: [forgotPasswordEndpoint, ...(users.endpoints || [])],
    hooks: {
      ...users.hooks,
      afterLogin: [...(users.hooks?.afterLogin ?? []), identityAfterLogin],
      beforeOperation: [identityRules, ...(users.hooks?.beforeOperation ?? [])],
    },
  }
}

/** The host's users collection gains roles and API keys; without one, ours is used. */
function withUsers(collections: CollectionConfig[], settings: IdentitySettings): CollectionConfig[] {
  const host = collections.find((c) => c.slug === 'users')
  if (!host) return [...collections, withIdentity(Users, settings)]
  return collections.map((c) =>
    c === host ? withIdentity({ ...c, access: { unlock: adminsOnly, ...c.access }, fields: [...c.fields, rolesField] }, settings) : c,
  )
}

const MB = 1024 * 1024

/** 2026-12-01 20:41: the form Chinese offices write dates in, without month names or 下午. */
const DATE_FORMAT = 'yyyy-MM-dd HH:mm'

/** The options a host set: an unset (undefined) one leaves the default in place. */
const given = <T extends object>(options: T | undefined): Partial<T> =>
  Object.fromEntries(Object.entries(options ?? {}).filter(([, value]) => value !== undefined)) as Partial<T>

type I18nTranslations = NonNullable<NonNullable<Config['i18n']>['translations']>

/**
 * Our admin words (translations/, under `govPublishing`) merged into the host's, language by language; a host's
 * own word for one of our keys wins. A language we have no words for gets the default language's, Chinese.
 */
function withTranslations(host: I18nTranslations | undefined, languages: string[]): I18nTranslations {
  const merged: Record<string, object> = { ...host }
  for (const language of languages) {
    const ours = translations[language as keyof typeof translations] ?? translations.zh
    merged[language] = deepMergeSimple(ours, merged[language] ?? {})
  }
  return merged as I18nTranslations
}

/** API writes are checked for shape and types before anything else runs, and sorts for what they would reveal. */
const withStrictInput = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [strictInput, sortAcrossRelations, ...(collection.hooks?.beforeOperation ?? [])] },
})

export const govPublishing =
  (options: GovPublishingOptions = {}): Plugin =>
  (config: Config): Config => {
    const enabled = options.enabled !== false
    const jobSettings = { enabled, intervalSeconds: options.jobIntervalSeconds ?? 60 }
    const maxUploadBytes = options.maxUploadBytes ?? 20 * MB
    const reviewLevels = options.reviewLevels ?? TWO_LEVELS
    const { sessionMinutes } = options
    if (sessionMinutes !== undefined && !(Number.isInteger(sessionMinutes) && sessionMinutes > 0)) {
      throw new Error(`SESSION_MINUTES must be a whole number of minutes, not ${sessionMinutes}`)
    }
    const identity = { secureCookies: (config.serverURL ?? '').startsWith('https:'), sessionMinutes }
    const wechatCallback = options.wechatCallback ?? { appId: '', replayWindowSeconds: REPLAY_WINDOW_SECONDS }
    const deliveries: DeliverySettings = { batch: 50, inServer: true, pollMs: 5000, retryBaseMs: 5000, ...given(options.deliveries) }
    const supportedLanguages = { en, zh, ...config.i18n?.supportedLanguages }
    const collections = inGroupOrder([
      ...withUsers(config.collections ?? [], identity),
      ...PUBLISHABLE.map((p) => withPublishing(p.collection, enabled, reviewLevels)),
      {
        ...Media,
        hooks: {
          ...Media.hooks,
          afterChange: [...(Media.hooks?.afterChange ?? []), bumpAfterChange],
          afterDelete: [...(Media.hooks?.afterDelete ?? []), bumpAfterDelete],
        },
        upload: { ...(Media.upload as object), staticDir: options.mediaDir ?? MEDIA_DIR },
      },
      IndexCounters,
      AuditLog,
      CheckTerms,
      // The channels' own endpoints on their records: a delivery's retry, the printers' queue.
      { ...Deliveries, endpoints: [...(Deliveries.endpoints || []), retryDeliveryEndpoint] },
      { ...PrintJobs, endpoints: [...(PrintJobs.endpoints || []), ...printerEndpoints] },
      ...REVIEWED_COLLECTIONS.map((c) => withReview(c, enabled, reviewLevels)),
      WechatNonces,
      DisclosureRequests,
      PublicVersions,
    ])
      .map(rejectForbiddenWrites)
      .map(withStrictInput)
    const settings: GovPublishingSettings = {
      channels: {
        noticeboard: { leaseSeconds: 600, ...given(options.channels?.noticeboard) },
        website: { ...options.channels?.website },
        wechat: { apiBase: 'https://api.weixin.qq.com', ...given(options.channels?.wechat), serverURL: config.serverURL ?? '' },
      },
      deliveries,
      publishable: Object.fromEntries(PUBLISHABLE.map(({ collection, ...steps }) => [collection.slug, steps])),
      reviewed: [...PUBLISHABLE_SLUGS, ...REVIEWED_COLLECTIONS.map((c) => c.slug), ...REVIEWED_GLOBALS.map((g) => g.slug)],
      requestsPer10Min: options.requestsPer10Min ?? 5,
      reviewLevels,
      trustedProxies: trustedProxies(options.trustedProxies),
    }
    return withSettings(
      {
        ...config,
        admin: {
          // One way of writing a date and time everywhere in the admin (lists, fields, the workflow history).
          dateFormat: DATE_FORMAT,
          // Sonner's default corner (bottom right) covers the sidebar's preview links after every save.
          toast: { position: 'top-center' },
          ...config.admin,
          components: {
            ...config.admin?.components,
            graphics: { Logo: '/admin/Logo#Logo', ...config.admin?.components?.graphics },
            beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), '/admin/MyQueue#MyQueue', '/admin/DueRequests#DueRequests'],
          },
          user: config.admin?.user ?? 'users',
        },
        collections,
        endpoints: [...(config.endpoints ?? []), checksEndpoint(settings.reviewed), ...wechatCallbackEndpoints(wechatCallback)],
        hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), clientErrorsAs400] },
        globals: inGroupOrder([
          ...(config.globals ?? []),
          ...REVIEWED_GLOBALS.map((g) => withReviewedGlobal(g, enabled, reviewLevels)),
          CheckSettings,
          WorkCalendar,
        ]).map((global) => ({
          ...global,
          hooks: { ...global.hooks, beforeOperation: [strictGlobalInput, ...(global.hooks?.beforeOperation ?? [])] },
        })),
        jobs: {
          ...withRequestJobs(withPublishingJobs(config.jobs, jobSettings), jobSettings),
          // Jobs run in the server's own runners only. Payload opens GET /api/payload-jobs/run and /handle-schedules
          // to any signed-in user — a printer's API key could run the scheduled publication beside the server's.
          access: { ...config.jobs?.access, run: () => false },
        },
        onInit: async (payload) => {
          closeInternalCollections(payload)
          await config.onInit?.(payload)
          if (enabled) pollDeliveriesInServer(payload)
        },
        i18n: {
          fallbackLanguage: 'zh',
          ...config.i18n,
          supportedLanguages,
          translations: withTranslations(config.i18n?.translations, Object.keys(supportedLanguages)),
        },
        typescript: withJsonDefinitions(config.typescript),
        upload: {
          ...config.upload,
          limits: { ...config.upload?.limits, fileSize: maxUploadBytes },
          responseOnLimit: `文件超过大小上限（${maxUploadBytes / MB} MB） / File exceeds the size limit (${maxUploadBytes / MB} MB)`,
        },
      },
      settings,
    )
  }
