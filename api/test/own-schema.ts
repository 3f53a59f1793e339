import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface OwnSchema {
  /** TEST_DATABASE_URL pointed at the new schema (search_path in the connection's options). */
  url: string;
  /** The schema's name, for a suite's own queries. */
  name: string;
  /** Empties the schema again (a fresh start for the next trial). */
  reset(): Promise<void>;
  drop(): Promise<void>;
}

async function run(url: string, sql: string): Promise<void> {
  const db = new DataSource({ type: 'postgres', url });
  await db.initialize();
  try {
    await db.query(sql);
  } finally {
    await db.destroy();
  }
}

/**
 * A schema of the suite's own in the test database, so that suites starting several API processes
 * neither wipe nor are wiped by the others (which all use `public`). The role in CI may not create
 * databases, but it owns this one and may create schemas in it.
 */
export async function ownSchema(baseUrl: string, prefix: string): Promise<OwnSchema> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await run(baseUrl, `CREATE SCHEMA "${name}"`);
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${name}`);
  return {
    url: url.toString(),
    name,
    reset: () => run(baseUrl, `DROP SCHEMA "${name}" CASCADE; CREATE SCHEMA "${name}"`),
    drop: () => run(baseUrl, `DROP SCHEMA IF EXISTS "${name}" CASCADE`),
  };
}
