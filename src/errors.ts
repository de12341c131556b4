import { APIError } from 'payload'

/**
 * A refusal the client must read. It carries data: Payload formats an error without data by its class
 * name, which the production build minifies away, and then answers "An unknown error occurred".
 */
export const refusal = (message: string, status: number, code = 'refused') => new APIError(message, status, { code }, true)

/** The error body every endpoint of ours answers with: `{ errors: [{ code, message }] }`. */
export const errorResponse = (status: number, code: string, message: string) => Response.json({ errors: [{ code, message }] }, { status })
