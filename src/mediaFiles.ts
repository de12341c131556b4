import type { Payload } from 'payload'

import path from 'node:path'

/** Where an uploaded file (or one of its image sizes) lies on disk. */
export function mediaFilePath(payload: Payload, filename: string): string {
  const { staticDir } = payload.collections.media.config.upload as { staticDir: string }
  return path.join(staticDir, path.basename(filename))
}
