/** Whether this process is the Next server (Next sets NEXT_RUNTIME): jobs and deliveries run there, not in scripts or tests. */
export const isNextServer = (): boolean => Boolean(process.env.NEXT_RUNTIME)
