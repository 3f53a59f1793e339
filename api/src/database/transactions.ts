import { Global, Injectable, Module } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Runs units of work in a transaction. TypeORM's better-sqlite3 driver shares ONE connection and
 * one query runner between all requests, so two overlapping transactions would either fail
 * ("transaction already started") or swallow each other's statements. On SQLite we therefore
 * queue transactions one after another (SQLite has a single writer anyway); PostgreSQL runs them
 * concurrently and rows are locked with SELECT … FOR UPDATE (see `forUpdate`).
 */
@Injectable()
export class Transactions {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly sqlite: boolean;

  constructor(private readonly dataSource: DataSource) {
    this.sqlite = dataSource.options.type === 'better-sqlite3';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.sqlite) return this.dataSource.transaction(work);
    const next = this.queue.then(() => this.dataSource.transaction(work));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The lock option for reading a row that the transaction will then update. */
  forUpdate(): { lock?: { mode: 'pessimistic_write' } } {
    return this.sqlite ? {} : { lock: { mode: 'pessimistic_write' } };
  }
}

@Global()
@Module({ providers: [Transactions], exports: [Transactions] })
export class TransactionsModule {}
