import type { CollectionConfig } from 'payload'

/**
 * The timestamp + nonce of each WeChat callback accepted within the replay window, so that a captured request
 * sent again is refused on every node and after a restart. Written only by claimNonce(); no API reads it.
 */
export const WechatNonces: CollectionConfig = {
  slug: 'wechat-nonces',
  access: { create: () => false, delete: () => false, read: () => false, update: () => false },
  admin: { hidden: true },
  fields: [
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'expiresAt', type: 'date', index: true, required: true },
  ],
  graphQL: false,
  lockDocuments: false,
  timestamps: false,
}
