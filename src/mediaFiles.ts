import type { Payload } from 'payload'

import path from 'node:path'

/** Where an uploaded file (or one of its image sizes) lies on disk. */
export function mediaFilePath(payload: Payload, filename: string): string {
  const { staticDir } = payload.collections.media.config.upload as { staticDir: string }
  return path.join(staticDir, path.basename(filename))
}

const FILE_URL = /^\/api\/media\/file\/([^?#]+)/

/**
 * The file name a link names when it points at one of our own files (`/api/media/file/<name>`, relative or
 * under serverURL; the original or an image size), or null for any other link.
 */
export function ownMediaFile(url: string, serverURL: string): null | string {
  const base = serverURL.replace(/\/$/, '')
  const own = url.startsWith('/') ? url : base && url.startsWith(base) ? url.slice(base.length) : ''
  const file = own.match(FILE_URL)?.[1]
  return file ? decodeURIComponent(file) : null
}
