import type { Payload, SanitizedConfig } from 'payload'

import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'
import supertest from 'supertest'

import type { Role } from '../../src/access'

import { closeDatabase } from '../../src/db'
import { DEMO_ORGAN } from '../../src/seed/demo'
import type { ReviewChain } from '../../src/seed/reviewAndPublish'

import { scratchDatabase, type ScratchDatabase } from './database'
import { listen } from './restListener'

export type TestServer = {
  /** one editor, reviewer and approver of this server, created on first use */
  chain: () => Promise<ReviewChain>
  /** supertest agent signed in as a fresh user with these roles */
  as: (...roles: Role[]) => Promise<{ agent: supertest.Agent; user: { email: string; id: number | string } }>
  close: () => Promise<void>
  config: SanitizedConfig
  /** the upload folder of this server (a temporary directory) */
  mediaDir: string
  payload: Payload
  /** anonymous requests */
  request: supertest.Agent
  server: http.Server
}

let userCount = 0

/**
 * A Payload instance on a fresh database of the kind under test (TEST_DB), the demo organ set, and an HTTP
 * listener. One per test file: vitest runs each file in its own process.
 */
export async function startServer(): Promise<TestServer> {
  const db: ScratchDatabase = await scratchDatabase()
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'gov-media-'))
  Object.assign(process.env, {
    DATABASE_URL: db.url,
    MAX_UPLOAD_MB: '1',
    MEDIA_DIR: mediaDir,
    PAYLOAD_DB_PUSH: 'true',
    PAYLOAD_SECRET: 'test-secret-not-for-production',
  })
  const { default: configPromise } = await import('../../src/payload.config')
  const config = await configPromise
  const payload = await getPayload({ config })
  await payload.updateGlobal({ slug: 'organ', data: DEMO_ORGAN })

  const server = listen(config)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const request = supertest.agent(server)

  const as: TestServer['as'] = async (...roles) => {
    const email = `user${++userCount}-${roles.join('-') || 'none'}@test.example`
    const password = 'test-password-1'
    const user = await payload.create({
      collection: 'users',
      data: { email, name: `测试用户${userCount}`, password, roles },
    })
    const agent = supertest.agent(server)
    const login = await agent.post('/api/users/login').send({ email, password })
    if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`)
    agent.set('Authorization', `JWT ${login.body.token}`)
    return { agent, user: { email, id: user.id } }
  }

  let chain: Promise<ReviewChain> | undefined
  const person = (role: Role) =>
    payload.create({
      collection: 'users',
      data: { email: `${role}-of-chain@test.example`, name: `流程${role}`, password: 'test-password-1', roles: [role] },
    })
  const chainOf = async (): Promise<ReviewChain> => {
    const [submitter, reviewer, approver] = await Promise.all([person('editor'), person('reviewer'), person('approver')])
    return { approver, reviewers: [reviewer], submitter }
  }

  return {
    as,
    chain: () => (chain ??= chainOf()),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await closeDatabase(payload)
      await db.drop()
      rmSync(mediaDir, { force: true, recursive: true })
    },
    config,
    mediaDir,
    payload,
    request,
    server,
  }
}
