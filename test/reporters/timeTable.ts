import type { Reporter, TestModule } from 'vitest/node'

import path from 'node:path'

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/**
 * Ends the run with the time each suite took (wall clock from its first file's start to its last file's
 * end; files run side by side) and the slowest files, so the CI budget stays visible.
 */
export default class TimeTable implements Reporter {
  private readonly started = new Map<string, number>()
  private readonly ended = new Map<string, number>()

  onTestModuleStart(module: TestModule): void {
    this.started.set(module.id, Date.now())
  }

  onTestModuleEnd(module: TestModule): void {
    this.ended.set(module.id, Date.now())
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    type Row = { end: number; files: number; start: number; sum: number; tests: number }
    const suites = new Map<string, Row>()
    const files: { ms: number; name: string }[] = []
    for (const module of modules) {
      const start = this.started.get(module.id)
      const end = this.ended.get(module.id)
      if (start === undefined || end === undefined) continue
      const d = module.diagnostic()
      // Loading, set-up (the server's start) and the tests themselves.
      const ms = d.prepareDuration + d.collectDuration + d.setupDuration + d.duration
      const name = module.project.name || 'default'
      const row = suites.get(name) ?? { end: 0, files: 0, start: Infinity, sum: 0, tests: 0 }
      row.files++
      row.tests += [...module.children.allTests()].filter((t) => t.result().state !== 'skipped').length
      row.start = Math.min(row.start, start)
      row.end = Math.max(row.end, end)
      row.sum += ms
      suites.set(name, row)
      files.push({ ms, name: `${name}: ${path.relative(process.cwd(), module.moduleId)}` })
    }
    if (!suites.size) return
    const first = Math.min(...[...suites.values()].map((r) => r.start))
    const last = Math.max(...[...suites.values()].map((r) => r.end))
    const lines = [
      '',
      'Time per suite',
      `${'suite'.padEnd(10)} ${'files'.padStart(5)} ${'tests'.padStart(6)} ${'wall'.padStart(9)} ${'files summed'.padStart(13)}`,
    ]
    for (const [name, r] of suites) {
      lines.push(
        `${name.padEnd(10)} ${String(r.files).padStart(5)} ${String(r.tests).padStart(6)} ${seconds(r.end - r.start).padStart(9)} ${seconds(r.sum).padStart(13)}`,
      )
    }
    lines.push(`${'all'.padEnd(10)} ${''.padStart(5)} ${''.padStart(6)} ${seconds(last - first).padStart(9)}`)
    lines.push('', 'Slowest files')
    for (const f of files.sort((a, b) => b.ms - a.ms).slice(0, 10)) lines.push(`${seconds(f.ms).padStart(9)}  ${f.name}`)
    console.log(lines.join('\n'))
  }
}
