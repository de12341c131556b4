/**
 * The first start's steps on the console, numbered, each with its time: a fresh clone builds the admin and
 * prepares the database for a few minutes, and an operator should see what it is doing rather than silence.
 */
export function progress(total: number) {
  let n = 0
  return {
    /** Starts the next step; the returned function ends it. With `tickSeconds`, a line that often says it still runs. */
    step(text: string, tickSeconds?: number): () => void {
      n += 1
      const started = Date.now()
      const seconds = () => Math.round((Date.now() - started) / 1000)
      console.log(`[${n}/${total}] ${text}…`)
      const ticker = tickSeconds
        ? setInterval(() => console.log(`[${n}/${total}] ${text}… 已用 ${seconds()} 秒 / ${seconds()} s`), tickSeconds * 1000)
        : undefined
      return () => {
        clearInterval(ticker)
        console.log(`[${n}/${total}] ${text}：完成，用时 ${seconds()} 秒 / done in ${seconds()} s`)
      }
    },
  }
}
