import type { ServerProps } from 'payload'

import React from 'react'

import { govPublishingT } from '../../translations'
import { organInForce } from '../organInForce'

/** The login page names the organ (its details in force) and the product, not Payload. */
export async function Logo({ i18n, payload }: ServerProps) {
  const t = govPublishingT(i18n)
  const organ = payload ? await organInForce(payload) : {}
  return (
    <div className="gov-logo" style={{ textAlign: 'center' }}>
      {organ.fullName && <div style={{ fontSize: 28, fontWeight: 600 }}>{organ.fullName}</div>}
      <div style={{ fontSize: 18, marginTop: 8 }}>{t('govPublishing:product:name')}</div>
    </div>
  )
}
