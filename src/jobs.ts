import type { JobsConfig, TaskConfig } from 'payload'

/**
 * Adds tasks to a jobs config, with a runner each minute for their queues. Crons (scheduling included) start
 * only inside the Next server: not in CLI scripts, tests or builds.
 */
export function addJobs(jobs: JobsConfig | undefined, queues: string[], tasks: TaskConfig[]): JobsConfig {
  return {
    ...jobs,
    autoRun: async (payload) => [
      ...(typeof jobs?.autoRun === 'function' ? await jobs.autoRun(payload) : (jobs?.autoRun ?? [])),
      ...(process.env.NEXT_RUNTIME ? queues.map((queue) => ({ cron: '0 * * * * *', queue })) : []),
    ],
    tasks: [...(jobs?.tasks ?? []), ...tasks],
  }
}
