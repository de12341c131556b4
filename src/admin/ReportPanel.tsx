'use client'
import type { GovPublishingKeys, GovPublishingTranslations } from '../../translations'

import { Button, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { hasRole } from '../access'

/** A validation error as the endpoint sends it: `place` names the cell in the official format's words. */
type ReportError = { message: string; path: string; place?: string; rule: number }
type Validation = { errors: ReportError[]; warnings: ReportError[] }

/** The compile message survives the reload that shows the compiled tables. */
const compiledKey = (id: number | string) => `report-panel:compiled:${id}`

const apiError = async (response: Response) =>
  ((await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }).errors?.[0]?.message ?? response.statusText

/**
 * The annual report's own tools, first in its sidebar: 汇总生成 (fill the tables from the records), 校验 (the
 * errors that would stop 提交审核, by their place in the report) and the HTML and PDF of the newest version.
 */
export const ReportPanel: React.FC = () => {
  const { collectionSlug, id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { t } = useTranslation<GovPublishingTranslations, GovPublishingKeys>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<null | string>(null)
  const [notice, setNotice] = useState<null | string>(null)
  const [validation, setValidation] = useState<null | Validation>(null)
  const docUrl = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}`

  useEffect(() => {
    if (!id) return
    const kept = sessionStorage.getItem(compiledKey(id))
    if (kept === null) return
    sessionStorage.removeItem(compiledKey(id))
    setNotice(kept)
  }, [id])

  if (!id) return <p className="report-panel report-panel__hint">{t('govPublishing:report:saveFirst')}</p>
  const compiles = hasRole({ roles: (user?.roles as string[] | undefined) ?? [] }, 'admin', 'editor')

  const compile = async () => {
    setBusy(true)
    setError(null)
    const response = await fetch(`${docUrl}/compile`, {
      body: '{}',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    if (response.ok) {
      const { kept } = (await response.json().catch(() => ({}))) as { kept?: unknown[] }
      const message = kept?.length ? t('govPublishing:report:compiledKept', { count: kept.length }) : t('govPublishing:report:compiled')
      sessionStorage.setItem(compiledKey(id), message)
      // The form holds the values it loaded: only a reload shows the compiled tables.
      window.location.reload()
      return
    }
    setError(await apiError(response))
    setBusy(false)
  }

  const validate = async () => {
    setBusy(true)
    setError(null)
    const response = await fetch(`${docUrl}/validation`, { credentials: 'include' })
    if (response.ok) setValidation((await response.json()) as Validation)
    else setError(await apiError(response))
    setBusy(false)
  }

  const list = (items: ReportError[], kind: 'block' | 'warn') =>
    items.map((item, i) => (
      <li className={`check-findings__item check-findings__item--${kind}`} key={`${kind}${i}`}>
        <strong>{item.place ?? item.path}</strong>
        <div>{item.message}</div>
      </li>
    ))

  return (
    <div className="report-panel">
      <h4>{t('govPublishing:report:title')}</h4>
      <div className="report-panel__actions">
        {compiles && (
          <Button buttonStyle="primary" className="report-panel__compile" disabled={busy} onClick={() => void compile()} size="small">
            {t('govPublishing:report:compile')}
          </Button>
        )}
        <Button buttonStyle="secondary" className="report-panel__validate" disabled={busy} onClick={() => void validate()} size="small">
          {t('govPublishing:report:validate')}
        </Button>
      </div>
      {compiles && <p className="report-panel__hint">{t('govPublishing:report:compileHint')}</p>}
      {notice && (
        <p className="report-panel__notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="report-panel__error" role="alert">
          {error}
        </p>
      )}
      {validation && (
        <div className="check-findings report-panel__validation">
          <h5>
            {validation.errors.length ? t('govPublishing:report:errorCount', { count: validation.errors.length }) : t('govPublishing:report:valid')}
          </h5>
          <ul>
            {list(validation.errors, 'block')}
            {list(validation.warnings, 'warn')}
          </ul>
        </div>
      )}
      <p className="report-panel__previews">
        {/* Staff see the newest version; without draft=true the endpoints serve only the published one. */}
        <a href={`${docUrl}/report.html?draft=true`} rel="noreferrer" target="_blank">
          {t('govPublishing:report:previewHtml')}
        </a>
        <a href={`${docUrl}/report.pdf?draft=true`} rel="noreferrer" target="_blank">
          {t('govPublishing:report:previewPdf')}
        </a>
      </p>
    </div>
  )
}
