import type { DataSource } from 'typeorm';
import { OverloadedException } from '../common/overloaded.exception.js';

/** The slice of pg's Pool that the limit needs. */
interface PgPool {
  waitingCount: number;
  connect(callback?: (error: Error | undefined, ...rest: unknown[]) => void): unknown;
}

const RETRY_AFTER_SECONDS = 1;

/**
 * PostgreSQL: past `limit` requests waiting for one of the pool's connections, a new one is
 * refused at once with OverloadedException (503 + Retry-After) instead of joining the queue. pg's
 * pool has no such limit: without it, past capacity every request waited behind the others until
 * the client gave up (the learner simulation stalled at 2,000 learners on 10 connections, unseen
 * by the write queue and by lag shedding, since the event loop was idle meanwhile). TypeORM asks
 * the pool through `connect(callback)` and passes the error on unchanged, before any statement.
 */
export function limitPoolQueue(dataSource: DataSource, limit: number): void {
  if (dataSource.options.type !== 'postgres') return;
  const pool = (dataSource.driver as unknown as { master: PgPool }).master;
  const connect = pool.connect.bind(pool);
  pool.connect = (callback) => {
    if (pool.waitingCount < limit) return connect(callback);
    const refused = new OverloadedException(RETRY_AFTER_SECONDS);
    if (!callback) return Promise.reject(refused);
    process.nextTick(() => callback(refused));
    return undefined;
  };
}
