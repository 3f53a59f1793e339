import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { ENTITIES, MIGRATIONS } from './schema.js';

/**
 * SQLite goes through TypeORM's better-sqlite3 driver (TypeORM 1 has no sqlite3 driver; see
 * docs/decisions/0003). WAL lets readers run beside the single writer; NORMAL sync is safe with
 * WAL; the busy timeout makes a second writer wait instead of failing at once — but only at a
 * transaction's first lock (see `immediateTransactions`).
 */
export function dataSourceOptions(database: AppConfig['database'], poolSize?: number): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: true, synchronize: false, logging: false } as const;
  if (database.type === 'postgres') return { ...common, type: 'postgres', url: database.url, poolSize };
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.file,
    prepareDatabase: (db: SqliteConnection) => {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
      immediateTransactions(db);
    },
  };
}

interface SqliteConnection {
  pragma(sql: string): unknown;
  prepare(sql: string): unknown;
}

/** What TypeORM's SQLite query runner sends to open a transaction (AbstractSqliteQueryRunner.startTransaction). */
const TYPEORM_BEGIN = 'BEGIN TRANSACTION';

/**
 * Every transaction TypeORM opens on this connection starts with `BEGIN IMMEDIATE`, taking the
 * write lock at once. TypeORM sends a deferred `BEGIN`: the transaction then reads under a
 * snapshot and asks for the write lock at its first write, and if another process (a second
 * worker on the same file) committed in between, SQLite answers SQLITE_BUSY ("database is locked")
 * at once — busy_timeout never retries it, since waiting could not make the snapshot current.
 * Taking the lock at BEGIN makes the wait happen there, where busy_timeout applies, and makes a
 * transaction's reads current, as they are with one process. TypeORM has no option for the
 * BEGIN it sends, so the statement is swapped where it is prepared; the raw write path uses
 * better-sqlite3's `.immediate()` for the same reason (database/transactions.ts).
 */
function immediateTransactions(db: SqliteConnection): void {
  const prepare = db.prepare.bind(db);
  db.prepare = (sql: string) => prepare(sql === TYPEORM_BEGIN ? 'BEGIN IMMEDIATE TRANSACTION' : sql);
}
