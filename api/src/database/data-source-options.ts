import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { ENTITIES, MIGRATIONS } from './schema.js';

/**
 * SQLite goes through TypeORM's better-sqlite3 driver (TypeORM 1 has no sqlite3 driver; see
 * docs/decisions/0003). WAL lets readers run beside the single writer; NORMAL sync is safe with
 * WAL; the busy timeout makes a second writer wait instead of failing at once.
 */
export function dataSourceOptions(database: AppConfig['database']): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: true, synchronize: false, logging: false } as const;
  if (database.type === 'postgres') return { ...common, type: 'postgres', url: database.url };
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.file,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
  };
}
