import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { ClientSession } from 'mongodb'
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

/**
 * The door to the mongoose side of Payload's MongoDB adapter, beside the SQL one (sqlAdapter.ts): a
 * collection's model, and the session of a transaction, for the few atomic updates Payload's API cannot say.
 */
export function mongoAdapter(payload: Payload): MongooseAdapter | null {
  return payload.db.name === 'mongoose' ? (payload.db as unknown as MongooseAdapter) : null
}

/** The mongoose model of a collection. */
export function modelOf(payload: Payload, slug: string): MongooseAdapter['collections'][string] {
  const model = mongoAdapter(payload)?.collections[slug]
  if (!model) throw new Error(`no MongoDB collection for ${slug}`)
  return model
}

/** The client session of the request's transaction, if it has one. */
export async function mongoSessionOf(req: PayloadRequest): Promise<ClientSession | undefined> {
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  return transactionID ? mongoAdapter(req.payload)?.sessions[transactionID] : undefined
}

/** A Payload `Where` on a collection as the adapter itself translates it to a MongoDB filter (as payload.count would). */
export function filterOf(payload: Payload, slug: CollectionSlug, where: Where): Promise<Record<string, unknown>> {
  return modelOf(payload, slug).buildQuery({ payload, where })
}
