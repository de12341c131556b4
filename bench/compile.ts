/**
 * Annual report compile over 100,000 records (policies, published items, deliveries, disclosure requests) on
 * one database kind: `tsx bench/compile.ts sqlite|postgres`. Target ≤ 2 s.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLocalReq, getPayload } from 'payload'

import type { AnnualReport } from '../src/payload-types'

import { closeDatabase } from '../src/infra/db'
import { DEMO_ORGAN } from '../src/seed/demo'
import { scratchDatabase, type TestDb } from '../test/helpers/database'
import { generateYear, insertYear } from '../test/helpers/generatedYear'
import { percentile } from './stats'
import { summary } from './summary'

const YEAR = 2025
const SIZES = { deliveries: 30_000, news: 10_000, policies: 10_000, requests: 50_000 }
const RUNS = 5

async function benchOne(kind: TestDb) {
  const db = await scratchDatabase(kind)
  const media = mkdtempSync(path.join(tmpdir(), 'gov-bench-media-'))
  Object.assign(process.env, { DATABASE_URL: db.url, MEDIA_DIR: media, PAYLOAD_DB_PUSH: 'true', PAYLOAD_SECRET: 'bench-secret' })
  const { default: config } = await import('../src/payload.config')
  const payload = await getPayload({ config })
  // After the config: the plugin module must load before the report endpoints it registers (and their service).
  const { compileReport } = await import('../src/report/service')
  try {
    await payload.updateGlobal({ slug: 'organ', data: DEMO_ORGAN })
    await insertYear(payload, generateYear(YEAR, SIZES))
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'editor@bench.example', name: 'editor', password: 'bench-password-1', roles: ['editor'] },
    })
    const report = await payload.create({ collection: 'annual-reports', data: { title: '基准测试年度报告', year: YEAR }, draft: true })
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const current = (await payload.findByID({ collection: 'annual-reports', draft: true, id: report.id })) as AnnualReport
      const start = performance.now()
      await compileReport(req, current, true)
      times.push(performance.now() - start)
    }
    const records = Object.values(SIZES).reduce((a, b) => a + b, 0)
    times.sort((x, y) => x - y)
    summary({
      benchmark: `annual report (${kind})`,
      measure: `compile over ${records.toLocaleString('en')} records, median`,
      target: '≤ 2000 ms',
      value: `${percentile(times, 50).toFixed(0)} ms`,
    })
    console.log(
      `  ${kind}: compile over ${records.toLocaleString('en')} records: median ${percentile(times, 50).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (${RUNS} runs; target ≤ 2000 ms)`,
    )
  } finally {
    await closeDatabase(payload)
    await db.drop()
    rmSync(media, { force: true, recursive: true })
  }
}

await benchOne((process.argv[2] ?? 'sqlite') as TestDb)
process.exit(0)
