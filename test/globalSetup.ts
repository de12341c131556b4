import { buildIfStale } from '../src/cli/build'

/** One production build per run, shared by every suite that starts the shipped server. */
export default function setup(): void {
  buildIfStale()
}
