'use client'
import { Button, useAuth, useConfig, useDocumentInfo, useForm, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { Findings, type ShownFinding } from './Findings'
import { CHANNELS } from '../fields/disclosure'
import { DELIVERY_STATUSES } from '../channels/statuses'
import type { ReviewLevel } from '../workflow/levels'
import { availableActions } from '../workflow/machine'
import { snapshotOf, type StoredWorkflow } from '../workflow/record'
import { ACTION_NAMES, labelOf, STATE_NAMES } from './labels'

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
  if (workflow.state !== 'pending-review' && workflow.state !== 'pending-approval') return []
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
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { getData } = useForm()
  const lang = i18n.language === 'en' ? 'en' : 'zh'
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
      {lang === 'zh' ? '检查' : 'Check'}
    </Button>
  )
  const checkResult = checked && <Findings findings={checked} lang={lang} title={lang === 'zh' ? '检查结果' : 'Check result'} />

  if (!id) {
    return (
      <div className="workflow-panel">
        <p className="workflow-panel__hint">{lang === 'zh' ? '保存草稿后可提交审核。' : 'Save the draft, then submit it for review.'}</p>
        {checkButton}
        {checkResult}
      </div>
    )
  }
  const state = workflow.state ?? 'draft'
  const level = workflow.level != null ? levels[workflow.level] : undefined
  // The buttons are what the machine allows this user now; the server decides again on every press.
  const actions = user ? availableActions(snapshotOf(workflow), { id: String(user.id), roles: (user.roles as string[] | undefined) ?? [] }, levels) : []
  const warnings = openWarnings(workflow)
  // After a refused submission (or a reload since), the draft shows what stopped it.
  const lastRefusal = (state === 'draft' || state === 'withdrawn') && workflow.checks?.findings.some((f) => f.severity === 'block')
    ? workflow.checks.findings
    : null
  const passes = actions.includes('pass-review') || actions.includes('approve')

  return (
    <div className="workflow-panel" data-state={state}>
      <h4>{lang === 'zh' ? '审核流程' : 'Review'}</h4>
      <p className="workflow-panel__state">
        <strong>{labelOf(STATE_NAMES, state)?.[lang] ?? state}</strong>
        {level && (state === 'pending-review' || state === 'pending-approval') ? ` · ${level.label[lang]}` : ''}
      </p>
      {workflow.reason && state === 'draft' ? (
        <p className="workflow-panel__reason">
          {lang === 'zh' ? '退回理由：' : 'Returned because: '}
          {workflow.reason}
        </p>
      ) : null}
      {warnings.length > 0 && <Findings findings={warnings} lang={lang} title={lang === 'zh' ? '机器初审提示' : 'Automated check warnings'} />}
      {warnings.length > 0 && passes && (
        <label className="workflow-panel__acknowledge">
          <input checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} type="checkbox" />
          {lang === 'zh' ? '我已逐条核对以上提示' : 'I have checked each warning above'}
        </label>
      )}
      {actions.length > 0 && (
        <>
          <textarea
            aria-label={lang === 'zh' ? '意见或理由' : 'Comment or reason'}
            className="workflow-panel__comment"
            onChange={(e) => setComment(e.target.value)}
            placeholder={lang === 'zh' ? '意见或理由（退回、撤回时必填）' : 'Comment (required to reject or withdraw)'}
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
                {ACTION_NAMES[action][lang]}
              </Button>
            ))}
          </div>
        </>
      )}
      {error && (
        <p className="workflow-panel__error" role="alert">
          {error}
        </p>
      )}
      {(refused ?? lastRefusal) && (
        <Findings findings={(refused ?? lastRefusal)!} lang={lang} title={lang === 'zh' ? '上次提交的机器初审结果' : 'Automated checks of the last submission'} />
      )}
      {checkButton}
      {checkResult}
      <p className="workflow-panel__previews">
        {channels.includes('wechat') && (
          <a href={`${docUrl}/preview/wechat`} rel="noreferrer" target="_blank">
            {lang === 'zh' ? '预览微信文章' : 'Preview the WeChat article'}
          </a>
        )}
        {channels.includes('noticeboard') && (
          <a href={`${docUrl}/preview/sheet.pdf`} rel="noreferrer" target="_blank">
            {lang === 'zh' ? '预览公示栏张贴页' : 'Preview the notice sheet'}
          </a>
        )}
      </p>
      {deliveries.length > 0 && (
        <ul className="workflow-panel__deliveries">
          {deliveries.map((d) => (
            <li data-status={d.status} key={d.id}>
              {CHANNELS.find((c) => c.value === d.channel)?.label[lang] ?? d.channel} ·{' '}
              {labelOf(ACTION_NAMES, d.action === 'update' ? 'publish' : d.action)?.[lang] ?? d.action} ·{' '}
              {DELIVERY_STATUSES.find((st) => st.value === d.status)?.label[lang] ?? d.status}
              {d.lastError ? `：${d.lastError}` : ''}
              {d.external?.articleUrl && (
                <>
                  {' '}
                  <a href={d.external.articleUrl} rel="noreferrer" target="_blank">
                    {lang === 'zh' ? '查看文章' : 'Open article'}
                  </a>
                </>
              )}
              {d.status === 'failed' && (user?.roles as string[] | undefined)?.includes('admin') && (
                <>
                  {' '}
                  <Button buttonStyle="secondary" disabled={busy} onClick={() => void retry(d.id)} size="small">
                    {lang === 'zh' ? '重试' : 'Retry'}
                  </Button>
                </>
              )}
              {d.external?.printJobId && (
                <>
                  {' '}
                  <a href={`${config.routes.admin}/collections/print-jobs/${d.external.printJobId}`}>{lang === 'zh' ? '打印任务' : 'Print job'}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ol className="workflow-panel__history">
        {entries.map((entry) => (
          <li key={entry.id}>
            <time>{new Date(entry.createdAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')}</time>{' '}
            {entry.userName} · {labelOf(ACTION_NAMES, entry.action)?.[lang] ?? entry.action}
            {entry.comment ? `：${entry.comment}` : ''}
          </li>
        ))}
      </ol>
    </div>
  )
}
