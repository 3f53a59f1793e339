import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';

/**
 * The advisory lock every instance takes before it migrates and seeds (one fixed number: advisory
 * locks are per database, and this is the only one the application takes).
 */
export const STARTUP_LOCK_KEY = '7621716920170001';

/** Releases the start-up lock (and closes its connection). */
export type ReleaseStartupLock = () => Promise<void>;

/**
 * PostgreSQL: waits for the start-up lock and returns its release. Instances started together on
 * one database would otherwise race through the same migrations (TypeORM runs them inside
 * `initialize()`: duplicate `pg_type` rows, half-created tables) and the same seed, and all but
 * one would exit. The lock is held on a connection of its own, opened before TypeORM's, so that it
 * spans `initialize()`, the modules' start-up hooks (the curriculum sync, the signing key) and the
 * demo seed; the next instance then finds nothing left to do. A session-level advisory lock ends
 * with its connection, so an instance that dies while holding it frees it at once.
 *
 * SQLite: nothing to take; a SQLite file is one machine's, and its processes are started by us.
 */
export async function acquireStartupLock(database: AppConfig['database']): Promise<ReleaseStartupLock> {
  if (database.type !== 'postgres') return async () => undefined;
  const connection = new DataSource({ type: 'postgres', url: database.url, poolSize: 1 });
  await connection.initialize();
  // A query runner keeps one pooled connection until it is released: the lock's session.
  const runner = connection.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
  } catch (error) {
    await connection.destroy();
    throw error;
  }
  return async () => {
    try {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
      await runner.release();
    } finally {
      await connection.destroy();
    }
  };
}
