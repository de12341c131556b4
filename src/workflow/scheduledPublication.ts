import type { JobsConfig, TaskConfig } from 'payload'

import { hasRole } from '../access'
import { addJobs, cronEvery, type JobSettings } from '../infra/jobs'
import { publishableSlugs } from '../settings'
import { publishDue } from './gate'

export const PUBLISHING_QUEUE = 'publishing'

/** Every interval: publish the approved items whose 定时发布 time has come (and only those). */
export const publishScheduledTask = (cron: string): TaskConfig<'publishScheduled'> => ({
  handler: async ({ req }) => {
    return { output: { published: await publishDue(req.payload, publishableSlugs(req.payload.config)) } }
  },
  label: '定时发布 / Scheduled publication',
  outputSchema: [{ name: 'published', type: 'number' }],
  retries: 0,
  schedule: [{ cron, queue: PUBLISHING_QUEUE }],
  slug: 'publishScheduled',
})

const adminsOnly = ({ req }: { req: { user?: unknown } }) => hasRole(req.user as never, 'admin')

/**
 * Scheduled publication. Jobs run inside the web server only, and only admins may queue or run them over the
 * API. (Channel deliveries are not Payload jobs: the outbox is their queue, see src/channels/runner.ts.)
 */
export function withPublishingJobs(jobs: JobsConfig | undefined, settings: JobSettings): JobsConfig {
  const withTasks = addJobs(jobs, [PUBLISHING_QUEUE], [publishScheduledTask(cronEvery(settings.intervalSeconds)) as TaskConfig], settings)
  return { ...withTasks, access: { cancel: adminsOnly, queue: adminsOnly, run: adminsOnly, ...jobs?.access } }
}
