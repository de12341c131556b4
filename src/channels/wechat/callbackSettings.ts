/** The message server's settings, read once at start (see the plugin's `wechatCallback` option). */
export type WechatCallbackSettings = {
  /** WECHAT_AES_KEY: safe mode (安全模式) is on when set, and then only encrypted messages are accepted */
  aesKey?: string
  appId: string
  /** how far a call's timestamp may be from the server's clock, either way */
  replayWindowSeconds: number
  /** WECHAT_TOKEN: without it every call is refused */
  token?: string
}

/** ±5 minutes: WeChat's pushes arrive within seconds; the window only needs to cover clock drift. */
export const REPLAY_WINDOW_SECONDS = 300

export const wechatCallbackSettings = (env: Record<string, string | undefined>): WechatCallbackSettings => ({
  aesKey: env.WECHAT_AES_KEY || undefined,
  appId: env.WECHAT_APPID ?? '',
  replayWindowSeconds: REPLAY_WINDOW_SECONDS,
  token: env.WECHAT_TOKEN || undefined,
})
