import type { Finding } from './types'

import { finding } from './text'

/** A link or attachment found in the item, with where its text sits in the checked text. */
export type LinkRef = {
  end: number
  /** what it points to, as shown to the editor (an item, a file, a path on this site) */
  label: string
  start: number
  /** whether the target exists and is public; decided by the caller, which knows the database */
  status: 'missing' | 'ok' | 'unpublished'
}

/** Internal links to items that do not exist or are not public, and attachments whose file is gone → warn. */
export function checkLinks(text: string, links: LinkRef[]): Finding[] {
  return links
    .filter((link) => link.status !== 'ok')
    .map((link) =>
      finding(
        text,
        'dead-link',
        'warn',
        link.start,
        link.end,
        link.status === 'missing'
          ? `链接或附件“${link.label}”不存在 / Link target or attachment does not exist`
          : `链接指向的“${link.label}”尚未发布，网站上打不开 / Link target is not published`,
        null,
      ),
    )
}
