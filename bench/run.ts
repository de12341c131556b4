/** `npm run bench`: every benchmark, its numbers as it goes, then one summary table. */
import { spawnSync } from 'node:child_process'

import { benchChecks } from './checks'
import { benchSheet } from './sheet'
import { collect, printSummary } from './summary'

/** Each database kind in its own process: the app's config binds its database when first imported. */
function perDatabase(title: string, script: string, keep: (line: string) => boolean, env: Record<string, string> = {}) {
  console.log(title)
  for (const kind of ['sqlite', 'postgres']) {
    const run = spawnSync(process.execPath, [...process.execArgv, script, kind], {
      encoding: 'utf8',
      env: { ...process.env, ...env, BENCH_CHILD: '1' },
    })
    const lines = collect(`${run.stdout}${run.stderr}`).filter(keep)
    console.log(lines.join('\n') || `  ${kind}: failed\n${run.stderr}`)
  }
}

benchChecks()
await benchSheet()
const deliveryLines = (line: string) =>
  line.startsWith('  ') && ['approvals took', 'from the first approval', 'claimed →'].some((part) => line.includes(part))
perDatabase(
  'deliveries: 100 items approved at once for the website, the notice board and WeChat (fake), time from the approvals to each delivery done',
  'bench/deliveries.ts',
  deliveryLines,
)
perDatabase('deliveries: 1,000 approvals at once (the county platform in January), throughput per channel', 'bench/deliveries.ts', deliveryLines, {
  BENCH_ITEMS: '1000',
})
perDatabase('annual report: compile over 100,000 records (policies, items, deliveries, disclosure requests)', 'bench/compile.ts', (line) =>
  line.includes('compile over'),
)
perDatabase(
  'public read path: this system vs plain Payload vs bare Node, autocannon 50 connections',
  'bench/read/run.ts',
  (line) => /^(read path| {2})/.test(line) && !line.includes('Pulling schema'),
)
printSummary()
