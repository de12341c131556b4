/**
 * The annual report as a standalone HTML5 page for the website: the document model of ./layout as
 * headings, paragraphs and semantic tables, with a small print-friendly stylesheet and nothing external.
 */
import type { AnnualReport } from '../payload-types'

import { type Cell, type Grid, reportDocument } from './layout'

const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' }
const escape = (text: string) => text.replace(/["&'<>]/g, (char) => ESCAPES[char]!)

// Body text indented two characters as in print; column headers centred and bold, row labels left; the
// caption repeats the section heading for screen readers only. A wide table scrolls on a phone.
const STYLE = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { margin: 0 auto; max-width: 52em; padding: 1.5em; color: #000; background: #fff; line-height: 1.8;
  font-family: "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
h1 { font-size: 1.6em; line-height: 1.4; text-align: center; margin: 0.5em 0 1em; }
h2 { font-size: 1.1em; margin: 1.2em 0 0.5em; text-indent: 2em; }
p { margin: 0; text-indent: 2em; }
.table { overflow-x: auto; margin: 0.5em 0 1em; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; line-height: 1.4; }
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
th, td { border: 1px solid #000; padding: 0.3em 0.4em; text-align: left; vertical-align: middle; }
th[scope="row"] { font-weight: normal; }
th[scope="col"], th[rowspan], td.number { text-align: center; }
td.number { font-variant-numeric: tabular-nums; min-width: 2em; }
tr { break-inside: avoid; }
.signature { margin-top: 2em; text-align: right; }
.signature p { text-indent: 0; }
@media print { body { max-width: none; padding: 0; } .table { overflow: visible; } }
`

export function renderReportHtml(report: AnnualReport, options: { organName: string }): string {
  const { sections, signature, title } = reportDocument(report, options)
  const body = sections.flatMap((section) => [
    '<section>',
    `<h2>${escape(section.heading)}</h2>`,
    ...section.paragraphs.map((text) => `<p>${escape(text)}</p>`),
    ...(section.table ? [tableHtml(section.table)] : []),
    '</section>',
  ])
  const signatureLines = [signature.organ, signature.date].filter(Boolean).map((line) => `<p>${escape(line)}</p>`)
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escape(title)}</h1>`,
    ...body,
    `<div class="signature">${signatureLines.join('')}</div>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function tableHtml(grid: Grid): string {
  return [
    '<div class="table"><table>',
    ...(grid.caption ? [`<caption>${escape(grid.caption)}</caption>`] : []),
    `<thead>\n${rowsHtml(grid.head, true)}\n</thead>`,
    `<tbody>\n${rowsHtml(grid.body, false)}\n</tbody>`,
    '</table></div>',
  ].join('\n')
}

function rowsHtml(rows: Cell[][], head: boolean): string {
  return rows
    .map((row) => {
      // A row of headers only (in the head, or a 第二十条 block's title and column labels) labels columns;
      // a header beside numbers labels its row (and, with a rowspan, the rows it spans).
      const scope = head || row.every((cell) => cell.header) ? 'col' : 'row'
      return `<tr>${row.map((cell) => cellHtml(cell, scope)).join('')}</tr>`
    })
    .join('\n')
}

function cellHtml(cell: Cell, scope: 'col' | 'row'): string {
  const spans = [(cell.colSpan ?? 1) > 1 ? ` colspan="${cell.colSpan}"` : '', (cell.rowSpan ?? 1) > 1 ? ` rowspan="${cell.rowSpan}"` : ''].join('')
  if (cell.header) return `<th scope="${scope}"${spans}>${escape(cell.text)}</th>`
  return `<td${spans}${cell.numeric ? ' class="number"' : ''}>${escape(cell.text)}</td>`
}
