import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Nothing of this system may be framed by another site (clickjacking: 等保 2.0). The admin runs Next's inline
 * bootstrap scripts and Payload's inline styles, from this origin only; API answers (JSON, files, the report
 * HTML) load nothing but their own styles and images.
 */
const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')
const API_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'"
const framing = (csp) => [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [
      { headers: framing(ADMIN_CSP), source: '/admin/:path*' },
      { headers: framing(ADMIN_CSP), source: '/admin' },
      { headers: framing(API_CSP), source: '/api/:path*' },
    ]
  },
  async redirects() {
    return [{ destination: '/admin', permanent: false, source: '/' }]
  },
  // sharp and the database drivers stay native Node modules, not bundled; pdfkit finds its font files on disk;
  // piscina starts its worker threads from its own files (bundled, the sheets' threads never answered).
  // `npm test` type-checks the whole project (tsc --noEmit) before anything runs: the build need not again.
  typescript: { ignoreBuildErrors: true },
  // Payload logs an error at the level its class name maps to (NotFound, Forbidden, ValidationError → info) and
  // answers with that name: minified, every 404 was logged as an ERROR with its stack and answered as "t4".
  experimental: { serverMinification: false },
  serverExternalPackages: ['sharp', '@libsql/client', 'libsql', 'pdfkit', '@embedpdf/fonts-sc', 'piscina'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
