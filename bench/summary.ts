/**
 * The closing table of `npm run bench`: every benchmark adds its headline numbers here. A benchmark running in
 * a child process (one per database kind) prints them as `@summary {json}` lines for the parent to collect.
 */
export type SummaryRow = { benchmark: string; measure: string; target: string; value: string }

const PREFIX = '@summary '
const rows: SummaryRow[] = []

export function summary(row: SummaryRow) {
  if (process.env.BENCH_CHILD) console.log(PREFIX + JSON.stringify(row))
  else rows.push(row)
}

/** A child's output: its summary rows are kept, every other line is returned for printing. */
export function collect(output: string): string[] {
  const lines = output.split('\n')
  for (const line of lines) if (line.startsWith(PREFIX)) rows.push(JSON.parse(line.slice(PREFIX.length)) as SummaryRow)
  return lines.filter((line) => !line.startsWith(PREFIX))
}

export function printSummary() {
  const widths = (['benchmark', 'measure', 'value', 'target'] as const).map((key) => Math.max(key.length, ...rows.map((r) => [...r[key]].length)))
  const line = (cells: string[]) => `  ${cells.map((cell, i) => cell + ' '.repeat(widths[i]! - [...cell].length)).join('  ')}`
  console.log('\nsummary')
  console.log(line(['benchmark', 'measure', 'value', 'target']))
  for (const row of rows) console.log(line([row.benchmark, row.measure, row.value, row.target]))
}
