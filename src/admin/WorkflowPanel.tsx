'use client'
import type { GovPublishingKeys, GovPublishingTranslations } from '../../translations'

import { getTranslation } from '@payloadcms/translations'
import { Button, useAuth, useConfig, useDocumentInfo, useForm, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useRef, useState } from 'react'
import { formatDate } from '@payloadcms/ui/shared'

import { Findings, type ShownFinding } from './Findings'
import type { ReviewLevel } from '../workflow/levels'
import { hasRole } from '../access'
import { availableActions, awaitsDecision } from '../workflow/machine'
import { snapshotOf, type StoredWorkflow } from '../workflow/record'
import { inLanguage } from '../inLanguage'
import { labelOf } from './labels'
import { lockForm } from './lockForm'
import { ReviewChanges } from './ReviewChanges'

type Workflow = StoredWorkflow
type Entry = { action: string; comment?: string; createdAt: string; id: string; role?: string; userName?: string }
type Delivery = {
  action: string
  channel: string
  external?: { articleUrl?: string; printJobId?: string } | null
  id: string
  lastError?: null | string
  status: string
}

/** Warnings of the machine first pass on the version under review that nobody has confirmed yet. */
function openWarnings(workflow: Workflow): ShownFinding[] {
  if (!awaitsDecision(workflow.state)) return []
  return snapshotOf(workflow).openWarnings ? (workflow.checks?.findings ?? []).filter((f) => f.severity === 'warn') : []
}

/**
 * The workflow panel on every publishable item: where it stands in 分级审核, who decided what and when, and
 * the decisions this user may take. It replaces Payload's own Publish button.
 */
export const WorkflowPanel: React.FC<{ levels: ReviewLevel[] }> = ({ levels }) => {
  const { collectionSlug, globalSlug, id: documentId } = useDocumentInfo()
  // A reviewed global (the organ's details) is one document: its slug stands for collection and id.
  const slug = collectionSlug ?? globalSlug
  const id = collectionSlug ? documentId : globalSlug
  const { user } = useAuth()
  const roles = (user?.roles as string[] | undefined) ?? []
  const { config } = useConfig()
  const { i18n, t } = useTranslation<GovPublishingTranslations, GovPublishingKeys>()
  const { getData } = useForm()
  const api = `${config.serverURL}${config.routes.api}`
  const docUrl = collectionSlug ? `${api}/${collectionSlug}/${id}` : `${api}/globals/${globalSlug}`
  const [workflow, setWorkflow] = useState<Workflow>({})
  const [entries, setEntries] = useState<Entry[]>([])
  const [deliveries, setDeliveries] = useState<Delivery[]>([])
  const [channels, setChannels] = useState<string[]>([])
  const [comment, setComment] = useState('')
  const [error, setError] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)
  const [checked, setChecked] = useState<null | ShownFinding[]>(null)
  const [refused, setRefused] = useState<null | ShownFinding[]>(null)
  const [acknowledged, setAcknowledged] = useState(false)
  const [unlocked, setUnlocked] = useState(false)
  const panel = useRef<HTMLDivElement>(null)
  const inReview = awaitsDecision(workflow.state)
  useEffect(() => (inReview && !unlocked ? lockForm(panel.current) : undefined), [inReview, unlocked])

  const load = useCallback(async () => {
    if (!id) return
    const about = `where[collection][equals]=${slug}&where[document][equals]=${id}&sort=-createdAt&depth=0`
    const [doc, log, sent] = await Promise.all([
      fetch(`${docUrl}?draft=true&depth=0`, { credentials: 'include' }).then((r) => r.json()),
      fetch(`${api}/audit-log?${about}&limit=50`, { credentials: 'include' }).then((r) => (r.ok ? r.json() : { docs: [] })),
      fetch(`${api}/deliveries?${about}&limit=10`, { credentials: 'include' }).then((r) => (r.ok ? r.json() : { docs: [] })),
    ])
    setWorkflow(doc.workflow ?? {})
    setChannels(doc.channels ?? [])
    setEntries(log.docs ?? [])
    setDeliveries(sent.docs ?? [])
  }, [api, docUrl, id, slug])

  useEffect(() => {
    void load()
  }, [load])

  /** The 检查 button: the form as it is now, saved or not. */
  const check = async () => {
    setBusy(true)
    setError(null)
    const response = await fetch(`${api}/checks`, {
      body: JSON.stringify({ collection: slug, data: getData() }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const body = await response.json().catch(() => ({}))
    if (response.ok) setChecked(body.findings ?? [])
    else setError(body.errors?.[0]?.message ?? response.statusText)
    setBusy(false)
  }

  const act = async (action: string) => {
    setBusy(true)
    setError(null)
    setRefused(null)
    const response = await fetch(`${docUrl}/workflow`, {
      body: JSON.stringify({ acknowledgeWarnings: acknowledged || undefined, action, comment: comment.trim() || undefined }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    if (response.ok) {
      // The whole document view (status, version count, read-only state) changes with a decision.
      window.location.reload()
      return
    }
    const body = await response.json().catch(() => ({}))
    setError(body.errors?.[0]?.message ?? response.statusText)
    if (body.findings) setRefused(body.findings)
    setBusy(false)
  }

  /** An admin sends a failed delivery again (after fixing what its error names). */
  const retry = async (delivery: string) => {
    setBusy(true)
    setError(null)
    const response = await fetch(`${api}/deliveries/${delivery}/retry`, { credentials: 'include', method: 'POST' })
    if (!response.ok) setError((await response.json().catch(() => ({}))).errors?.[0]?.message ?? response.statusText)
    await load()
    setBusy(false)
  }

  const checkButton = (
    <Button buttonStyle="secondary" className="workflow-panel__check" disabled={busy} onClick={() => void check()} size="small">
      {t('govPublishing:workflow:check')}
    </Button>
  )
  const checkResult = checked && <Findings findings={checked} title={t('govPublishing:workflow:checkResult')} />

  if (!id) {
    return (
      <div className="workflow-panel">
        <p className="workflow-panel__hint">{t('govPublishing:workflow:saveFirst')}</p>
        {checkButton}
        {checkResult}
      </div>
    )
  }
  const state = workflow.state ?? 'draft'
  const level = workflow.level != null ? levels[workflow.level] : undefined
  // The buttons are what the machine allows this user now; the server decides again on every press.
  // A global's details stay in force until a reviewed version replaces them: the gate refuses to withdraw one.
  const actions = user
    ? availableActions(snapshotOf(workflow), { id: String(user.id), roles }, levels).filter((action) => collectionSlug || action !== 'withdraw')
    : []
  const warnings = openWarnings(workflow)
  // After a refused submission (or a reload since), the draft shows what stopped it.
  const lastRefusal =
    (state === 'draft' || state === 'withdrawn') && workflow.checks?.findings.some((f) => f.severity === 'block') ? workflow.checks.findings : null
  const passes = actions.includes('pass-review') || actions.includes('approve')
  const canEdit = hasRole({ roles }, 'editor', 'admin')
  // What the version under review changes: for whoever decides on it now, and for the editors who wrote it.
  const showsChanges = inReview && (passes || actions.includes('reject') || canEdit)

  return (
    <div className="workflow-panel" data-state={state} ref={panel}>
      <h4>{t('govPublishing:workflow:title')}</h4>
      <p className="workflow-panel__state">
        <strong>{labelOf(t, 'states', state) ?? state}</strong>
        {level && inReview ? ` · ${getTranslation(level.label, i18n)}` : ''}
      </p>
      {inReview && (
        <p className="workflow-panel__locked">
          {unlocked ? t('govPublishing:workflow:unlockedWarning') : t('govPublishing:workflow:locked')}
          {!unlocked && canEdit && (
            <>
              {' '}
              <Button buttonStyle="secondary" onClick={() => setUnlocked(true)} size="small">
                {t('govPublishing:workflow:unlock')}
              </Button>
            </>
          )}
        </p>
      )}
      {workflow.reason && state === 'draft' ? (
        <p className="workflow-panel__reason">
          {t('govPublishing:workflow:returnedBecause')}
          {workflow.reason}
        </p>
      ) : null}
      {showsChanges && <ReviewChanges url={docUrl} />}
      {warnings.length > 0 && <Findings findings={warnings} title={t('govPublishing:workflow:warnings')} />}
      {warnings.length > 0 && passes && (
        <label className="workflow-panel__acknowledge">
          <input checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} type="checkbox" />
          {t('govPublishing:workflow:acknowledgeWarnings')}
        </label>
      )}
      {actions.length > 0 && (
        <>
          <textarea
            aria-label={t('govPublishing:workflow:comment')}
            className="workflow-panel__comment"
            onChange={(e) => setComment(e.target.value)}
            placeholder={t('govPublishing:workflow:commentPlaceholder')}
            rows={3}
            value={comment}
          />
          <div className="workflow-panel__actions">
            {actions.map((action) => (
              <Button
                buttonStyle={action === 'reject' || action === 'withdraw' ? 'secondary' : 'primary'}
                disabled={busy}
                key={action}
                onClick={() => void act(action)}
                size="small"
              >
                {t(`govPublishing:actions:${action}`)}
              </Button>
            ))}
          </div>
        </>
      )}
      {error && (
        <p className="workflow-panel__error" role="alert">
          {inLanguage(error, i18n.language)}
        </p>
      )}
      {(refused ?? lastRefusal) && <Findings findings={(refused ?? lastRefusal)!} title={t('govPublishing:workflow:lastSubmission')} />}
      {checkButton}
      {checkResult}
      <p className="workflow-panel__previews">
        {channels.includes('wechat') && (
          <a href={`${docUrl}/preview/wechat`} rel="noreferrer" target="_blank">
            {t('govPublishing:workflow:previewWechat')}
          </a>
        )}
        {channels.includes('noticeboard') && (
          <a href={`${docUrl}/preview/sheet.pdf`} rel="noreferrer" target="_blank">
            {t('govPublishing:workflow:previewSheet')}
          </a>
        )}
      </p>
      {deliveries.length > 0 && (
        <ul className="workflow-panel__deliveries">
          {deliveries.map((d) => (
            <li data-status={d.status} key={d.id}>
              {labelOf(t, 'channels', d.channel) ?? d.channel} · {labelOf(t, 'actions', d.action === 'update' ? 'publish' : d.action) ?? d.action} ·{' '}
              {labelOf(t, 'deliveryStatuses', d.status) ?? d.status}
              {d.lastError ? `：${inLanguage(d.lastError, i18n.language)}` : ''}
              {d.external?.articleUrl && (
                <>
                  {' '}
                  <a href={d.external.articleUrl} rel="noreferrer" target="_blank">
                    {t('govPublishing:workflow:openArticle')}
                  </a>
                </>
              )}
              {d.status === 'failed' && hasRole({ roles }, 'admin') && (
                <>
                  {' '}
                  <Button buttonStyle="secondary" disabled={busy} onClick={() => void retry(d.id)} size="small">
                    {t('govPublishing:workflow:retry')}
                  </Button>
                </>
              )}
              {d.external?.printJobId && (
                <>
                  {' '}
                  <a href={`${config.routes.admin}/collections/print-jobs/${d.external.printJobId}`}>{t('govPublishing:workflow:printJob')}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ol className="workflow-panel__history">
        {entries.map((entry) => (
          <li key={entry.id}>
            <time>{formatDate({ date: entry.createdAt, i18n, pattern: config.admin.dateFormat })}</time> {entry.userName} ·{' '}
            {labelOf(t, 'actions', entry.action) ?? entry.action}
            {entry.comment ? `：${entry.comment}` : ''}
          </li>
        ))}
      </ol>
    </div>
  )
}
