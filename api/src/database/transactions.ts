import { Global, Inject, Injectable, Module } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OverloadedException } from '../common/overloaded.exception.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { limitPoolQueue } from './pool-queue.js';

/** The slice of a better-sqlite3 Database that the raw write path uses. */
export interface SqliteHandle {
  prepare(sql: string): { get(...params: unknown[]): unknown; run(...params: unknown[]): unknown };
}

/** better-sqlite3's transaction function: called as is it opens a deferred BEGIN, `.immediate()` a BEGIN IMMEDIATE. */
type SqliteTransaction<F extends () => unknown> = F & { immediate: F };

const RETRY_AFTER_SECONDS = 1;

/**
 * Runs units of work in a transaction. TypeORM's better-sqlite3 driver shares ONE connection and
 * one query runner between all requests, so two overlapping transactions would either fail
 * ("transaction already started") or swallow each other's statements. On SQLite we therefore
 * queue transactions one after another (SQLite has a single writer anyway); PostgreSQL runs them
 * concurrently and rows are locked with SELECT … FOR UPDATE (see `forUpdate`).
 *
 * Every write passes through here, so this is also where load is shed: past `limit` writes in
 * flight a new one is refused with 503 + Retry-After before anything is written.
 */
@Injectable()
export class Transactions {
  private queue: Promise<unknown> = Promise.resolve();
  private inFlight = 0;
  private readonly statements = new Map<string, ReturnType<SqliteHandle['prepare']>>();
  readonly sqlite: boolean;
  /** Writes in flight past which a new one is refused (WRITE_QUEUE_LIMIT in the settings). */
  readonly limit: number;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limit = config.writeQueueLimit;
    this.sqlite = dataSource.options.type === 'better-sqlite3';
    // Reads wait for PostgreSQL's pool as writes do: that queue has a limit too.
    limitPoolQueue(dataSource, config.databasePool.queueLimit);
  }

  /** Writes admitted and not yet finished (queued or running). */
  get pending(): number {
    return this.inFlight;
  }

  private admit<T>(work: () => Promise<T>): Promise<T> {
    if (this.inFlight >= this.limit) return Promise.reject(new OverloadedException(RETRY_AFTER_SECONDS));
    this.inFlight++;
    const done = work();
    void done.then(
      () => this.inFlight--,
      () => this.inFlight--,
    );
    return done;
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.admit(() => {
      if (!this.sqlite) return this.dataSource.transaction(work);
      const next = this.queue.then(() => this.dataSource.transaction(work));
      this.queue = next.catch(() => undefined);
      return next;
    });
  }

  /**
   * SQLite only: synchronous statements on the raw better-sqlite3 handle, run in the same queue
   * as the transactions (so never inside another request's open transaction) and wrapped in one
   * transaction of their own. Skips TypeORM's query building for the hottest writes. The
   * transaction is `BEGIN IMMEDIATE`, like TypeORM's here (data-source-options.ts): with a second
   * process on the file, a deferred one that reads before it writes would fail with SQLITE_BUSY.
   */
  runSqlite<T>(work: (db: SqliteHandle) => T): Promise<T> {
    const db = this.sqliteHandle();
    const cached: SqliteHandle = { prepare: (sql) => this.prepared(sql) };
    return this.admit(() => {
      const next = this.queue.then(() => db.transaction(() => work(cached)).immediate());
      this.queue = next.catch(() => undefined);
      return next;
    });
  }

  /** Prepared once per SQL text: parsing a statement costs more than running these small ones. */
  private prepared(sql: string): ReturnType<SqliteHandle['prepare']> {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.sqliteHandle().prepare(sql)));
    return statement;
  }

  /**
   * SQLite only: one read outside the queue. It may see the uncommitted rows of a transaction in
   * progress on the shared connection, so use it only for columns that are never rewritten.
   */
  readSqlite(sql: string, parameters: unknown[]): Record<string, unknown> | undefined {
    return this.prepared(sql).get(...parameters) as Record<string, unknown> | undefined;
  }

  /** PostgreSQL only: one self-contained statement (atomic on its own), counted against the limit. */
  runStatement<T>(sql: string, parameters: unknown[]): Promise<T> {
    return this.admit(() => this.dataSource.query<T>(sql, parameters));
  }

  /** The raw better-sqlite3 connection, for reads that need no transaction. */
  sqliteHandle(): SqliteHandle & { transaction<F extends () => unknown>(fn: F): SqliteTransaction<F> } {
    if (!this.sqlite) throw new Error('not a SQLite database');
    return (this.dataSource.driver as unknown as { databaseConnection: SqliteHandle & { transaction<F extends () => unknown>(fn: F): SqliteTransaction<F> } })
      .databaseConnection;
  }

  /** The lock option for reading a row that the transaction will then update. */
  forUpdate(): { lock?: { mode: 'pessimistic_write' } } {
    return this.sqlite ? {} : { lock: { mode: 'pessimistic_write' } };
  }
}

@Global()
@Module({ providers: [Transactions], exports: [Transactions] })
export class TransactionsModule {}
