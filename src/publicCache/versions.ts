import Database from 'libsql'
import { MongoClient } from 'mongodb'
import pg from 'pg'

import { databaseKind, sqliteUrl } from '../infra/databaseUrl'
import { SQLITE_BUSY_MS } from '../infra/databaseUrl'
import { whenNotBusy } from '../infra/sqliteLockWait'
import { PUBLIC_VERSION_SCOPE, PUBLIC_VERSIONS_TABLE } from './token'

/** Reads the public version token straight from the database, without a Payload instance. */
export type VersionSource = { close(): Promise<void>; read(): Promise<string> }

const QUERY = `select token from ${PUBLIC_VERSIONS_TABLE} where scope = '${PUBLIC_VERSION_SCOPE}'`

export function versionSource(url: string): VersionSource {
  switch (databaseKind(url)) {
    case 'sqlite': {
      // One prepared statement on the native driver: a few microseconds a read, where the async client takes
      // a statement compile and a promise round per read.
      const db = new Database(sqliteUrl(url).slice('file:'.length))
      // Prepared at the first read that finds the table: the front starts before the server's first start
      // has migrated a new database.
      let token: { get: () => unknown } | undefined
      const read = () => String(((token ??= db.prepare<[]>(QUERY)).get() as { token?: string } | undefined)?.token ?? '')
      // A read is refused only in the moment a writer resets the WAL: tried again on a timer.
      return { close: async () => void db.close(), read: () => whenNotBusy(read, SQLITE_BUSY_MS) }
    }
    case 'postgres': {
      const pool = new pg.Pool({ connectionString: url, max: 4 })
      // An idle connection the server closes (restart, failover) is replaced on the next read; unhandled, it
      // would end the process.
      pool.on('error', () => {})
      return { close: () => pool.end(), read: async () => String((await pool.query(QUERY)).rows[0]?.token ?? '') }
    }
    case 'mongodb': {
      const client = new MongoClient(url, { maxPoolSize: 4 })
      const versions = client.db().collection<{ scope: string; token: string }>(PUBLIC_VERSIONS_TABLE)
      return { close: () => client.close(), read: async () => (await versions.findOne({ scope: PUBLIC_VERSION_SCOPE }))?.token ?? '' }
    }
  }
}

/**
 * The token as of a moment after the caller asked: a read already under way may have been answered before a
 * change committed, so a caller never joins it. Callers join the next read instead, which starts once every
 * caller that joined has arrived: at the end of this event-loop turn (after the requests that came in with it),
 * or when the read under way ends. Under load that is one small query per turn or round trip, whatever the
 * number of requests — also for SQLite, whose synchronous read would otherwise run once per request.
 */
export class FreshVersion {
  private next: { promise: Promise<string>; resolve: (token: string) => void; reject: (error: unknown) => void } | null = null
  private reading = false

  constructor(private readonly source: VersionSource) {}

  read(): Promise<string> {
    if (!this.next) {
      let resolve!: (token: string) => void
      let reject!: (error: unknown) => void
      const promise = new Promise<string>((res, rej) => ((resolve = res), (reject = rej)))
      this.next = { promise, reject, resolve }
      if (!this.reading) setImmediate(() => this.start())
    }
    return this.next.promise
  }

  private start(): void {
    const batch = this.next!
    this.next = null
    this.reading = true
    const done = () => {
      this.reading = false
      if (this.next) this.start()
    }
    this.source.read().then(batch.resolve, batch.reject).then(done, done)
  }
}
