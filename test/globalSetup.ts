import { buildIfStale } from '../src/cli/build'

/** One production build per run, shared by every suite that starts the shipped server. */
export default function setup(): void {
  const started = Date.now()
  buildIfStale()
  console.log(`production build: ${((Date.now() - started) / 1000).toFixed(1)} s (0 when it was up to date)`)
}
