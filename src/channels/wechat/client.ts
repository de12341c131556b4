import { createHash } from 'node:crypto'

import { DeliveryError } from '../types'

/** WeChat answers errors as HTTP 200 with an errcode; these are the ones the client treats specially. */
const TOKEN_ERRORS = new Set([40001, 40014, 42001])
const CONFIGURATION_ERRORS: Record<number, string> = {
  40013: 'AppID 无效，请检查 WECHAT_APPID / invalid AppID',
  40125: 'AppSecret 无效，请检查 WECHAT_SECRET / invalid AppSecret',
  40164: '服务器 IP 不在公众号白名单中 / this server’s IP is not on the allowlist',
  40243: 'AppSecret 已被冻结，请在公众号后台解冻 / the AppSecret is frozen',
  61004: '服务器 IP 不在公众号白名单中 / this server’s IP is not on the allowlist',
}
const BUSY = -1
const NOT_REPEATABLE = new Set(['/cgi-bin/freepublish/submit'])
const QUOTA = 45009

export type WechatConfig = { apiBase: string; appId: string; secret: string; timeoutMs?: number }

/** A failed call, with WeChat's errcode. The daily quota sets `retryAt`: trying again before then is pointless. */
export class WechatError extends DeliveryError {
  constructor(
    message: string,
    permanent: boolean,
    readonly errcode?: number,
    retryAt?: Date,
  ) {
    super(message, permanent, retryAt)
    this.name = 'WechatError'
  }
}

/** WeChat's daily quotas reset at midnight Beijing time (UTC+8). */
export function nextQuotaDay(now = new Date()): Date {
  const beijing = new Date(now.getTime() + 8 * 3600_000)
  return new Date(Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate() + 1) - 8 * 3600_000 + 60_000)
}

export function wechatConfig(settings: { apiBase: string; appId?: string; secret?: string }): WechatConfig {
  const { apiBase, appId, secret } = settings
  if (!appId || !secret) {
    throw new WechatError(
      '公众号尚未配置，请系统管理员在部署设置中填写公众号的 AppID 和 AppSecret / the WeChat account is not configured (WECHAT_APPID, WECHAT_SECRET)',
      true,
    )
  }
  return { apiBase: apiBase.replace(/\/$/, ''), appId, secret }
}

type Token = { expiresAt: number; value: string }
/** Per process and account: stable_token hands every caller the same token, so server and worker can share. */
const tokens = new Map<string, Token>()

type Reply = Record<string, unknown> & { errcode?: number; errmsg?: string }

/** In-call retries for "busy" and 5xx; the delivery job retries later still, with its own backoff. */
const QUICK_RETRIES = 2
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * A typed client for the Official Account endpoints this system uses. Every error becomes a WechatError that
 * says whether trying again can help.
 */
export class WechatClient {
  constructor(private readonly config: WechatConfig) {}

  /** A changed secret (the operator fixing it) must not keep using a token got with the old one. */
  private get key() {
    return createHash('sha256').update(`${this.config.apiBase}|${this.config.appId}|${this.config.secret}`).digest('hex')
  }

  private async token(forceRefresh = false): Promise<string> {
    const cached = tokens.get(this.key)
    if (cached && !forceRefresh && cached.expiresAt > Date.now()) return cached.value
    const reply = await this.send('/cgi-bin/stable_token', {
      json: { appid: this.config.appId, force_refresh: forceRefresh, grant_type: 'client_credential', secret: this.config.secret },
    })
    const value = String(reply.access_token)
    // Renewed five minutes early so a token never expires mid-delivery.
    tokens.set(this.key, { expiresAt: Date.now() + (Number(reply.expires_in) - 300) * 1000, value })
    return value
  }

  /** Calls an endpoint with the access token; a token WeChat refuses is renewed once. */
  async call<T extends Reply>(path: string, body: { form?: FormData; json?: unknown; query?: Record<string, string> }): Promise<T> {
    const first = await this.token()
    try {
      return (await this.send(path, body, first)) as T
    } catch (error) {
      if (!(error instanceof WechatError) || !TOKEN_ERRORS.has(error.errcode ?? 0)) throw error
      tokens.delete(this.key)
      let renewed = await this.token()
      // stable_token returns the same token while it is valid on WeChat's side; a refused one needs force_refresh.
      if (renewed === first) renewed = await this.token(true)
      return (await this.send(path, body, renewed)) as T
    }
  }

  private async send(path: string, body: { form?: FormData; json?: unknown; query?: Record<string, string> }, token?: string): Promise<Reply> {
    const url = new URL(`${this.config.apiBase}${path}`)
    for (const [k, v] of Object.entries({ ...body.query, ...(token ? { access_token: token } : {}) })) url.searchParams.set(k, v)
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(url, body)
      } catch (error) {
        const transient = error instanceof WechatError && !error.permanent && error.retryAt === undefined
        // A 5xx or timeout may have been processed: a publish is never re-sent blind (the delivery checks first).
        const safeToRepeat = transient && (error.errcode === BUSY || !NOT_REPEATABLE.has(path))
        if (!safeToRepeat || attempt >= QUICK_RETRIES) throw error
        await pause(200 * 2 ** attempt)
      }
    }
  }

  private async once(url: URL, body: { form?: FormData; json?: unknown }): Promise<Reply> {
    let response: Response
    try {
      response = await fetch(url, {
        body: body.form ?? JSON.stringify(body.json ?? {}),
        headers: body.form ? undefined : { 'content-type': 'application/json' },
        method: 'POST',
        signal: AbortSignal.timeout(this.config.timeoutMs ?? 15_000),
      })
    } catch (error) {
      throw new WechatError(`微信接口无法连接 / WeChat unreachable (${url.pathname}): ${(error as Error).message}`, false)
    }
    if (!response.ok) {
      throw new WechatError(
        `微信接口返回 HTTP ${response.status} / WeChat answered HTTP ${response.status} (${url.pathname})`,
        response.status < 500 && response.status !== 429,
      )
    }
    const reply = (await response.json().catch(() => null)) as null | Reply
    if (!reply) throw new WechatError(`微信接口返回了无法解析的内容 / unreadable answer (${url.pathname})`, false)
    const code = reply.errcode ?? 0
    if (code === 0) return reply
    throw errorFor(code, String(reply.errmsg ?? ''), url.pathname)
  }
}

function errorFor(code: number, errmsg: string, path: string): WechatError {
  const detail = `${path}: ${code} ${errmsg}`
  if (CONFIGURATION_ERRORS[code]) return new WechatError(`${CONFIGURATION_ERRORS[code]}（${detail}）`, true, code)
  if (code === BUSY) return new WechatError(`微信系统繁忙 / WeChat is busy (${detail})`, false, code)
  if (code === QUOTA) {
    const retryAt = nextQuotaDay()
    return new WechatError(`今日调用次数已用完，将于 ${retryAt.toISOString()} 后重试 / daily quota reached (${detail})`, false, code, retryAt)
  }
  // A token error is retried by `call` once; anything else (content refused, bad id) will not pass by retrying.
  return new WechatError(`微信接口拒绝 / WeChat refused (${detail})`, !TOKEN_ERRORS.has(code), code)
}
