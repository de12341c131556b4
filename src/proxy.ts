import { type NextRequest, NextResponse } from 'next/server'

const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin speaks Chinese unless the user picked English in their account settings (which sets the
 * cookie): a browser's English Accept-Language alone does not switch a township's admin to English.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'zh')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'zh', { path: '/', sameSite: 'lax' })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
