import 'reflect-metadata';
import cluster from 'node:cluster';
import { createApp } from './bootstrap.js';
import type { AppConfig } from './config/app-config.js';
import { CatalogueService } from './catalogue/catalogue.service.js';
import { EnrolmentsService } from './enrolments/enrolments.service.js';
import { DEMO_USERS, UsersService, type DemoAccount } from './users/users.service.js';
import { acquireStartupLock } from './database/startup-lock.js';

const DEMO_COURSE = 'a1-foundations';

/** So that a fresh platform has something to show: the demo trainee starts on the first course. */
async function enrolDemoTrainee(users: UsersService, enrolments: EnrolmentsService, catalogue: CatalogueService): Promise<void> {
  const trainee = await users.findByEmail(DEMO_USERS[0].email);
  if (trainee && catalogue.hasCourse(DEMO_COURSE)) await enrolments.enrol(trainee.id, DEMO_COURSE);
}

const accountLines = (accounts: DemoAccount[]): string[] =>
  accounts.map((account) => `  ${account.role.padEnd(8)} ${account.email}  password: ${account.password}`);

/** Where the data lives, in one line: the file for SQLite, the server (never the password) for PostgreSQL. */
function describeDatabase(config: AppConfig): string {
  if (config.database.type === 'sqlite') return `SQLite in ${config.dataDir}`;
  const url = new URL(process.env.DATABASE_URL ?? '');
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

/** What a cluster worker sends the primary once it listens: the start-up lines, for the primary to print once. */
export interface ReadyMessage {
  vt: 'ready';
  lines: string[];
}

/**
 * Runs one API process: migrates and seeds under the start-up lock, then listens. `npm start`
 * prints a handful of lines — where it listens, the database, the demo accounts last — and Nest's
 * own start-up chatter only when LOG_LEVEL asks for it; a cluster worker hands those lines to the
 * primary instead (cluster.ts), which prints the first worker's once. `resetDemoPasswords`
 * (`npm run demo-accounts`) gives the demo accounts new passwords, prints them and exits.
 */
export async function serve(config: AppConfig, options: { resetDemoPasswords: boolean }): Promise<void> {
  // Instances starting together on one PostgreSQL database migrate and seed one at a time
  // (database/startup-lock.ts): from before TypeORM connects until the seed is written.
  const releaseStartupLock = await acquireStartupLock(config.database);
  let created: DemoAccount[];
  let app: Awaited<ReturnType<typeof createApp>>;
  try {
    app = await createApp(config);
    // Runs the modules' start-up hooks (the catalogue sync) before the seed needs the courses.
    await app.init();
    const users = app.get(UsersService);
    if (options.resetDemoPasswords) {
      const accounts = await users.resetDemoPasswords(process.env.DEMO_PASSWORD);
      console.log(accounts.length > 0 ? 'Demo accounts, with new passwords:' : 'There are no demo accounts in this database.');
      for (const line of accountLines(accounts)) console.log(line);
      await app.close();
      return;
    }
    created = config.seedDemo ? await users.seedDemoAccounts(process.env.DEMO_PASSWORD) : [];
    if (created.length > 0) await enrolDemoTrainee(users, app.get(EnrolmentsService), app.get(CatalogueService));
  } finally {
    await releaseStartupLock();
  }
  await app.listen({ port: config.port, host: config.host });
  // Request lines start now: the server's own "listening" lines were kept out of the start-up output.
  if (config.logRequests) app.getHttpAdapter().getInstance().log.level = 'info';

  const lines = [
    `VT Academy is running on http://localhost:${config.port}  (API /api, API docs /api/docs)`,
    `Database: ${describeDatabase(config)} · ${app.get(CatalogueService).listCourses().length} courses from ${config.coursesDir}`,
  ];
  if (cluster.isWorker) lines.push(`${config.workers} workers (WORKERS)`);
  if (created.length > 0) {
    // Shown on the first start only: the passwords are not stored anywhere in clear.
    lines.push('Demo accounts (passwords shown this once; `npm run demo-accounts` sets new ones):', ...accountLines(created));
  } else if (config.seedDemo) {
    lines.push(`Demo accounts: ${DEMO_USERS.map((demo) => demo.email).join(', ')} — \`npm run demo-accounts\` prints new passwords.`);
  }
  if (cluster.isWorker) process.send?.({ vt: 'ready', lines } satisfies ReadyMessage);
  else for (const line of lines) console.log(line);
}
