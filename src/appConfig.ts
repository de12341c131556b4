import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { wechatCallbackSettings } from './channels/wechat/callbackSettings'
import { mailAdapter } from './email'
import { databaseAdapter } from './infra/db'
import { govPublishing, type GovPublishingOptions } from './plugin'
import { prepareServer } from './prepareServer'
import { levelsNamed } from './workflow/levels'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * The app's Payload config from the settings in `process.env` as they are when it is called: once per
 * process for the server and scripts (src/payload.config.ts); once per test server for the test process,
 * which starts several servers with other settings one after the other.
 */
/** A number setting, or none (unset, 0 or not a number: the plugin's default). */
const numberOr = (value: string | undefined) => Number(value) || undefined

/** The channels' and deliveries' settings from the environment: read here, once, and nowhere below. */
function channelOptions(env: NodeJS.ProcessEnv): GovPublishingOptions {
  return {
    channels: {
      noticeboard: { leaseSeconds: numberOr(env.PRINT_LEASE_SECONDS) },
      website: { webhookSecret: env.WEBSITE_WEBHOOK_SECRET, webhookUrl: env.WEBSITE_WEBHOOK_URL },
      wechat: {
        apiBase: env.WECHAT_API_BASE || undefined,
        appId: env.WECHAT_APPID,
        secret: env.WECHAT_SECRET,
        submitSettleMs: numberOr(env.WECHAT_SUBMIT_SETTLE_MS),
      },
    },
    deliveries: {
      batch: numberOr(env.DELIVERY_BATCH),
      inServer: env.DELIVERY_WORKER !== 'separate',
      pollMs: numberOr(env.DELIVERY_POLL_MS),
      retryBaseMs: numberOr(env.DELIVERY_RETRY_BASE_MS),
    },
    requestsPer10Min: numberOr(env.REQUESTS_PER_10_MIN),
    wechatCallback: wechatCallbackSettings(env),
  }
}

export function appConfig() {
  return buildConfig({
    admin: {
      // Gravatar is out of reach from government networks.
      avatar: 'default',
      importMap: { baseDir: path.resolve(dirname) },
      meta: { titleSuffix: ' · 政务信息发布' },
    },
    db: databaseAdapter(),
    editor: lexicalEditor(),
    onInit: prepareServer,
    email: mailAdapter({ from: process.env.SMTP_FROM, fromName: process.env.SMTP_FROM_NAME, url: process.env.SMTP_URL }),
    plugins: [
      govPublishing({
        jobIntervalSeconds: process.env.JOB_INTERVAL_SECONDS ? Number(process.env.JOB_INTERVAL_SECONDS) : undefined,
        maxUploadBytes: process.env.MAX_UPLOAD_MB ? Number(process.env.MAX_UPLOAD_MB) * 1024 * 1024 : undefined,
        mediaDir: process.env.MEDIA_DIR || undefined,
        reviewLevels: levelsNamed(process.env.REVIEW_LEVELS),
        sessionMinutes: process.env.SESSION_MINUTES ? Number(process.env.SESSION_MINUTES) : undefined,
        trustedProxies: process.env.TRUSTED_PROXIES ? process.env.TRUSTED_PROXIES.split(',') : undefined,
        ...channelOptions(process.env),
      }),
    ],
    secret: process.env.PAYLOAD_SECRET || '',
    serverURL: process.env.SERVER_URL || '',
    sharp,
    typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  })
}
