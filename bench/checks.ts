/**
 * The machine first pass over 1 MB of Chinese text with a 50,000-term dictionary: time per rule, all rules
 * together, and the dictionary automaton against a naive per-term scan. Targets (issue #4): all rules
 * ≤ 100 ms per MB; dictionary matching ≥ 50× the naive scan.
 */
import { checkText, compileTerms, DEFAULT_CORRECTIONS, emptySettings, TEXT_RULES, type TermEntry } from '../src/checks'
import { chineseText, dictionaryTerms } from './corpus'
import { summary } from './summary'

const MB = 1024 * 1024
const RUNS = 5

function median(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function time(run: () => unknown, runs = RUNS) {
  run() // warm-up: lazy tables (OpenCC, pinyin) and JIT
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  return median(times)
}

export function benchChecks() {
  const text = chineseText(MB)
  const words = dictionaryTerms(50_000)
  // A few real hits among the random terms, so matches are reported and not only scanned for.
  const entries: TermEntry[] = [
    ...DEFAULT_CORRECTIONS,
    ...['值班值守', '瞒报', '隐患排查'].map((term) => ({ kind: 'sensitive' as const, severity: 'warn' as const, term })),
    ...words.map((term) => ({ kind: 'sensitive' as const, severity: 'block' as const, term })),
  ]
  const buildStart = performance.now()
  const terms = compileTerms(entries)
  const buildMs = performance.now() - buildStart
  const settings = emptySettings({
    names: [
      { kind: 'organ', name: '青石乡人民政府' },
      { kind: 'organ', name: '青石乡' },
    ],
    terms,
  })

  console.log(`checks: ${(Buffer.byteLength(text) / MB).toFixed(2)} MB of text, ${entries.length} dictionary terms`)
  console.log(`  dictionary compile            ${buildMs.toFixed(0)} ms (once per dictionary change)`)
  for (const [name, rule] of Object.entries(TEXT_RULES)) {
    console.log(`  ${name.padEnd(30)}${time(() => rule(text, settings)).toFixed(1)} ms`)
  }
  const all = time(() => checkText(text, settings))
  console.log(`  all rules together            ${all.toFixed(1)} ms per MB (target ≤ 100)`)
  summary({ benchmark: 'checks', measure: 'all rules, ms per MB', target: '≤ 100', value: all.toFixed(1) })

  const automaton = time(() => terms.search(text))
  const naive = time(() => {
    let hits = 0
    for (const { term } of entries) for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) hits++
    return hits
  }, 1)
  console.log(
    `  dictionary: automaton ${automaton.toFixed(1)} ms, naive indexOf per term ${naive.toFixed(0)} ms → ${(naive / automaton).toFixed(0)}× (target ≥ 50×)`,
  )
  summary({ benchmark: 'checks', measure: 'dictionary automaton vs naive', target: '≥ 50×', value: `${(naive / automaton).toFixed(0)}×` })
}
