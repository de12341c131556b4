import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { hostname } from 'node:os'

import type { Channel } from '../fields/disclosure'
import type { ChannelSettings } from '../settings'
import type { ChannelRun } from './adapters'

import { CHANNELS } from '../fields/disclosure'
import { transactionsFirst } from '../infra/limitTransactions'
import { isNextServer } from '../infra/runtime'
import { settingsOf } from '../settings'
import { ADAPTERS } from './adapters'
import { afterRun, type RunResult } from './afterRun'
import { type ClaimedDelivery, claimDue, type DeliveryOutcome, recordOutcomes, releaseHeld, saveExternal } from './outboxStore'

/**
 * Deliveries run in the web server unless DELIVERY_WORKER=separate hands them to `npm run worker`; never in
 * CLI scripts (the seed would exit mid-delivery) or a test process beside the server (a second node).
 */
export const deliveriesInServer = (payload: Payload) => isNextServer() && settingsOf(payload.config).deliveries.inServer

export const logRunFailure = (payload: Payload) => (error: unknown) =>
  payload.logger.error({ err: error, msg: '投递任务运行失败 / running deliveries failed' })

/**
 * When each delivery was claimed, sent (its channel answered) and recorded, for the bench and for logs: ids
 * and the time. Nothing here waits for a listener.
 */
export const outboxEvents = new EventEmitter<{
  claimed: [ids: string[], at: number]
  recorded: [ids: string[], at: number]
  sent: [ids: string[], at: number]
}>()

const RUNNER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
/** A record that failed (the database away) is written again after this, never dropped. */
const RECORD_RETRY_MS = 1000

const idsOf = (deliveries: { id: number | string }[]) => deliveries.map((d) => String(d.id))
const settled = <T>(work: Promise<T>): Promise<{ ok: true; value: T } | { error: unknown; ok: false }> =>
  work.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ error, ok: false as const }),
  )

/**
 * Group commit: outcomes that finish while one record is being written go into the next, so a burst
 * costs a few transactions, not one per delivery.
 */
class Recorder {
  private pending: { done: () => void; outcomes: DeliveryOutcome[] }[] = []
  private writing = false

  constructor(private readonly payload: Payload) {}

  record(outcomes: DeliveryOutcome[]): Promise<void> {
    return new Promise((done) => {
      this.pending.push({ done, outcomes })
      if (!this.writing) void this.write()
    })
  }

  private async write() {
    this.writing = true
    while (this.pending.length) {
      const batch = this.pending.splice(0)
      const outcomes = batch.flatMap((b) => b.outcomes)
      const written = await settled(recordOutcomes(this.payload, outcomes))
      if (!written.ok) {
        logRunFailure(this.payload)(written.error)
        this.pending.unshift(...batch)
        await new Promise((resolve) => setTimeout(resolve, RECORD_RETRY_MS))
        continue
      }
      outboxEvents.emit('recorded', idsOf(outcomes.map((o) => o.delivery)), Date.now())
      for (const { done } of batch) done()
    }
    this.writing = false
  }
}

/**
 * One channel's lane: keeps up to `batch` deliveries in flight, claiming more (one statement for as many as
 * there is room for) whenever it is poked — a publication committed, a poll, a delivery finished.
 */
class Lane {
  private claiming = false
  private idle: (() => void)[] = []
  private inFlight = 0
  /** set when the process stops: what is in flight finishes, nothing new is claimed */
  stopped = false
  private wanted = false

  constructor(
    private readonly payload: Payload,
    readonly channel: Channel,
    private readonly recorder: Recorder,
    /** settles once what a dead run held is released: no claim before, or the release could free a live one */
    private readonly ready: () => Promise<unknown>,
  ) {}

  poke() {
    if (this.stopped) return this.settle()
    this.wanted = true
    void this.fill()
  }

  /** Resolves once nothing is in flight and nothing was due at the last look. */
  drained(): Promise<void> {
    if (this.isIdle()) return Promise.resolve()
    return new Promise((resolve) => this.idle.push(resolve))
  }

  private isIdle = () => !this.claiming && (!this.wanted || this.stopped) && this.inFlight === 0

  private settle() {
    if (!this.isIdle()) return
    for (const resolve of this.idle.splice(0)) resolve()
  }

  private async fill() {
    if (this.claiming) return
    this.claiming = true
    const max = settingsOf(this.payload.config).deliveries.batch
    try {
      await this.ready()
      while (this.wanted && !this.stopped && this.inFlight < max) {
        this.wanted = false
        const room = max - this.inFlight
        const batch = await claimDue(this.payload, this.channel, room, RUNNER)
        // A full claim may have left more behind: look again when there is room.
        if (batch.length === room) this.wanted = true
        if (!batch.length) continue
        outboxEvents.emit('claimed', idsOf(batch), Date.now())
        this.inFlight += batch.length
        void this.run(batch)
      }
    } catch (error) {
      // The database away: the next poke or poll tries again.
      this.wanted = false
      logRunFailure(this.payload)(error)
    } finally {
      this.claiming = false
      this.settle()
    }
  }

  /** The channel's own writes (a print job, saved ids) go ahead of waiting transactions too, as the outbox's do. */
  private run(batch: ClaimedDelivery[]) {
    return transactionsFirst(() => this.runBatch(batch))
  }

  private async runBatch(batch: ClaimedDelivery[]) {
    const adapter = ADAPTERS[this.channel] as ChannelRun<ChannelSettings[Channel]>
    const settings = settingsOf(this.payload.config).channels[this.channel]
    if ('batch' in adapter) {
      const result = await settled(adapter.batch(batch, { payload: this.payload, settings }))
      outboxEvents.emit('sent', idsOf(batch), Date.now())
      const outcome: RunResult = result.ok ? { external: result.value, ok: true } : result
      await this.finish(batch.map((delivery) => this.outcome(delivery, delivery.external, outcome)))
      return
    }
    await Promise.all(
      batch.map(async (delivery) => {
        let known = delivery.external
        const progress = async (patch: Record<string, unknown>, channelRef?: string) => {
          known = { ...known, ...patch }
          await saveExternal(this.payload, delivery.id, known, channelRef)
        }
        const result = await settled(adapter.each(delivery, { payload: this.payload, progress, settings }))
        outboxEvents.emit('sent', [String(delivery.id)], Date.now())
        await this.finish([this.outcome(delivery, known, result.ok ? { external: result.value, ok: true } : result)])
      }),
    )
  }

  private outcome(delivery: ClaimedDelivery, known: Record<string, unknown>, result: RunResult): DeliveryOutcome {
    const record = afterRun({ ...delivery, external: known }, result, new Date(), settingsOf(this.payload.config).deliveries.retryBaseMs)
    if (!result.ok) {
      const message = record.lastError
      if (record.dueAt && record.attempts < delivery.attempts) {
        this.payload.logger.info({ msg: `投递 ${delivery.id} 等待至 ${record.dueAt} / delivery ${delivery.id} waits: ${message}` })
      } else {
        this.payload.logger.warn({ msg: `投递失败 / delivery ${delivery.id} (${this.channel}) attempt ${delivery.attempts}: ${message}` })
      }
    }
    return { delivery, record }
  }

  private async finish(outcomes: DeliveryOutcome[]) {
    await this.recorder.record(outcomes)
    this.inFlight -= outcomes.length
    // Room again: whatever came due meanwhile.
    this.poke()
  }
}

type Runner = { lanes: Lane[]; released: Promise<unknown> }
const runners = new WeakMap<Payload, Runner>()

function runnerOf(payload: Payload): Runner {
  let runner = runners.get(payload)
  if (!runner) {
    const recorder = new Recorder(payload)
    const made: Runner = { lanes: [], released: Promise.resolve() }
    made.lanes = CHANNELS.map(({ value }) => new Lane(payload, value, recorder, () => made.released))
    runners.set(payload, (runner = made))
  }
  return runner
}

/**
 * Runs every due delivery until none is left: each channel in its own lane, so a slow channel never holds up
 * the others. Deliveries run in one process — the server, or one `npm run worker` — which at its start
 * releases what a dead run held (releaseOrphanedDeliveries); the claim itself is safe for several runs at once.
 */
export function runDeliveries(payload: Payload): Promise<void> {
  const { lanes } = runnerOf(payload)
  for (const lane of lanes) lane.poke()
  return Promise.all(lanes.map((lane) => lane.drained())).then(() => undefined)
}

/** Claims nothing more and resolves once what is in flight is recorded (a worker stopping). */
export function stopDeliveries(payload: Payload): Promise<void> {
  const { lanes } = runnerOf(payload)
  for (const lane of lanes) lane.stopped = true
  return Promise.all(lanes.map((lane) => lane.drained())).then(() => undefined)
}

/** Starts the deliveries just committed without waiting for the next poll. */
export function kickDeliveries(payload: Payload): void {
  if (deliveriesInServer(payload)) pollDue(payload)
}

/** At a runner's start: what a crashed run held runs again (see releaseHeld); the lanes claim nothing before. */
export function releaseOrphanedDeliveries(payload: Payload): Promise<void> {
  const runner = runnerOf(payload)
  const release = releaseHeld(payload).then((released) => {
    if (released) payload.logger.warn({ msg: `恢复中断的投递 / resumed ${released} interrupted deliveries` })
  })
  runner.released = release.catch(() => undefined)
  return release
}

/** Looks for what came due (a retry's wait over): claimDue reads before it writes, so an idle poll writes nothing. */
export function pollDue(payload: Payload): void {
  for (const lane of runnerOf(payload).lanes) lane.poke()
}

/** In the web server (not CLI scripts, tests or builds): releases orphans, runs what is due, then polls for retries. */
export function pollDeliveriesInServer(payload: Payload): void {
  if (!deliveriesInServer(payload)) return
  // The lanes claim nothing before the release; the poll starts at once, not after a backlog has drained.
  releaseOrphanedDeliveries(payload).catch(logRunFailure(payload))
  pollDue(payload)
  setInterval(() => pollDue(payload), settingsOf(payload.config).deliveries.pollMs).unref()
}
