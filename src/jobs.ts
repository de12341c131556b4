import type { JobsConfig, TaskConfig } from 'payload'

/**
 * Adds tasks to a jobs config, with a runner each minute for their queues. Crons (scheduling included) start
 * only inside the Next server: not in CLI scripts, tests or builds. A disabled plugin keeps the tasks (the
 * jobs table's schema lists them) but schedules and runs none.
 */
export function addJobs(jobs: JobsConfig | undefined, queues: string[], tasks: TaskConfig[], enabled = true): JobsConfig {
  return {
    ...jobs,
    autoRun: async (payload) => [
      ...(typeof jobs?.autoRun === 'function' ? await jobs.autoRun(payload) : (jobs?.autoRun ?? [])),
      ...(enabled && process.env.NEXT_RUNTIME ? queues.map((queue) => ({ cron: '0 * * * * *', queue })) : []),
    ],
    tasks: [...(jobs?.tasks ?? []), ...(enabled ? tasks : tasks.map(({ schedule: _schedule, ...task }) => task))],
  }
}
