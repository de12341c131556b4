import type { JobsConfig, TaskConfig } from 'payload'

export type JobSettings = {
  enabled: boolean
  /** how often the server runs its queues and looks for due scheduled publications: 1–60 s (60) */
  intervalSeconds: number
}

/** The cron (with seconds) of a run every `seconds`: on the minute for 60. */
export function cronEvery(seconds: number): string {
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 60) throw new Error(`JOB_INTERVAL_SECONDS must be 1 to 60, not ${seconds}`)
  return seconds === 60 ? '0 * * * * *' : `*/${seconds} * * * * *`
}

/**
 * Adds tasks to a jobs config, with a runner for their queues every interval. Crons (scheduling included)
 * start only inside the Next server: not in CLI scripts, tests or builds. A disabled plugin keeps the tasks
 * (the jobs table's schema lists them) but schedules and runs none.
 */
export function addJobs(jobs: JobsConfig | undefined, queues: string[], tasks: TaskConfig[], { enabled, intervalSeconds }: JobSettings): JobsConfig {
  const cron = cronEvery(intervalSeconds)
  return {
    ...jobs,
    autoRun: async (payload) => [
      ...(typeof jobs?.autoRun === 'function' ? await jobs.autoRun(payload) : (jobs?.autoRun ?? [])),
      ...(enabled && process.env.NEXT_RUNTIME ? queues.map((queue) => ({ cron, queue })) : []),
    ],
    tasks: [...(jobs?.tasks ?? []), ...(enabled ? tasks : tasks.map(({ schedule: _schedule, ...task }) => task))],
  }
}
