/** `npm run bench`: every benchmark, numbers printed. */
import { spawnSync } from 'node:child_process'

import { benchChecks } from './checks'
import { benchSheet } from './sheet'

benchChecks()
await benchSheet()

// Each database kind in its own process: the app's config binds its database when first imported.
console.log('deliveries: 100 items approved at once for the website, the notice board and WeChat (fake), time from the approvals to each delivery done')
for (const kind of ['sqlite', 'postgres']) {
  const run = spawnSync(process.execPath, [...process.execArgv, 'bench/deliveries.ts', kind], { encoding: 'utf8' })
  const lines = `${run.stdout}${run.stderr}`.split('\n').filter((line) => line.startsWith('  ') && (line.includes('approvals took') || line.includes('from the first approval')))
  console.log(lines.join('\n') || `  ${kind}: failed\n${run.stderr}`)
}
