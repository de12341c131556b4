/** `npm run bench`: every benchmark, numbers printed. */
import { spawnSync } from 'node:child_process'

import { benchChecks } from './checks'
import { benchSheet } from './sheet'

/** Each database kind in its own process: the app's config binds its database when first imported. */
function perDatabase(title: string, script: string, keep: (line: string) => boolean) {
  console.log(title)
  for (const kind of ['sqlite', 'postgres']) {
    const run = spawnSync(process.execPath, [...process.execArgv, script, kind], { encoding: 'utf8' })
    const lines = `${run.stdout}${run.stderr}`.split('\n').filter(keep)
    console.log(lines.join('\n') || `  ${kind}: failed\n${run.stderr}`)
  }
}

benchChecks()
await benchSheet()
perDatabase(
  'deliveries: 100 items approved at once for the website, the notice board and WeChat (fake), time from the approvals to each delivery done',
  'bench/deliveries.ts',
  (line) => line.startsWith('  ') && (line.includes('approvals took') || line.includes('from the first approval')),
)
perDatabase('annual report: compile over 100,000 records (policies, items, deliveries, disclosure requests)', 'bench/compile.ts', (line) => line.includes('compile over'))
