'use client'
import React from 'react'

import { excerptParts } from '../checks/text'

export type ShownFinding = {
  end: number
  excerpt: string
  field?: string
  file?: string
  message: string
  rule: string
  severity: 'block' | 'warn'
  start: number
  suggestion: null | string
}

const SEVERITY = { block: { en: 'Must fix', zh: '须修改' }, warn: { en: 'Check', zh: '请核对' } }

/** Findings of the machine first pass, each with its place in the text highlighted and the suggested form. */
export const Findings: React.FC<{ findings: ShownFinding[]; lang: 'en' | 'zh'; title: string }> = ({ findings, lang, title }) => (
  <div className="check-findings">
    <h5>{title}</h5>
    {findings.length === 0 ? (
      <p className="check-findings__none">{lang === 'zh' ? '未发现问题。' : 'Nothing found.'}</p>
    ) : (
      <ul>
        {findings.map((f, i) => {
          const [before, match, after] = excerptParts(f)
          return (
            <li className={`check-findings__item check-findings__item--${f.severity}`} key={i}>
              <strong>{SEVERITY[f.severity][lang]}</strong>
              {f.field ? ` · ${f.field}${f.file ? `（${f.file}）` : ''}` : ''}
              <div>{f.message}</div>
              <div className="check-findings__excerpt">
                {before}
                <mark>{match}</mark>
                {after}
              </div>
              {f.suggestion !== null && (
                <div className="check-findings__suggestion">
                  {lang === 'zh' ? '建议：' : 'Suggestion: '}
                  {f.suggestion || (lang === 'zh' ? '（删除）' : '(delete)')}
                </div>
              )}
            </li>
          )
        })}
      </ul>
    )}
  </div>
)
