import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap.js';
import { AuthService } from '../src/auth/auth.service.js';
import { loadConfig, type AppConfig } from '../src/config/app-config.js';
import type { Role } from '../src/users/user.entity.js';
import { UsersService } from '../src/users/users.service.js';

/** The databases every integration suite runs against: SQLite always, PostgreSQL when CI provides one. */
export const DATABASES: [string, string | undefined][] = [
  ['sqlite', undefined],
  ...(process.env.TEST_DATABASE_URL ? ([['postgres', process.env.TEST_DATABASE_URL]] as [string, string][]) : []),
];

export interface TestResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  baseUrl: string;
  /** A real HTTP request to the listening app (Fastify's inject cannot load under Jest on Node 20). */
  request(method: string, path: string, options?: { body?: unknown; headers?: Record<string, string> }): Promise<TestResponse>;
  /** Creates an account directly (any role) and returns a session token for it. */
  signUp(role?: Role, displayName?: string): Promise<TestUser>;
  close(): Promise<void>;
}

export interface TestUser {
  id: string;
  email: string;
  token: string;
  /** `Authorization: Bearer …` for this user. */
  auth: Record<string, string>;
}

let userCounter = 0;

/** Starts the real application on a fresh data directory (and a wiped PostgreSQL schema). */
export async function startTestApp(databaseUrl?: string, env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vt-api-'));
  if (databaseUrl) await wipePostgres(databaseUrl);
  const t = await bootApp(dataDir, databaseUrl, env);
  return {
    ...t,
    async close() {
      await t.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the application on a data directory and database as they are (no wiping), as a restart
 * or a second instance would; `close` leaves the directory for the next boot.
 */
export async function bootApp(dataDir: string, databaseUrl: string | undefined, env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  // An empty curriculum unless the suite asks for one (a missing folder is a start-up error).
  mkdirSync(join(dataDir, 'no-courses'), { recursive: true });
  const config = loadConfig({
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    COURSES_DIR: join(dataDir, 'no-courses'),
    WEB_DIR: join(dataDir, 'no-web'),
    AUTH_RATE_LIMIT: '10000',
    // The app shares its event loop with Jest here, so lag-based shedding is off unless a suite tests it.
    SHED_EVENT_LOOP_DELAY_MS: '0',
    SHED_EVENT_LOOP_UTILIZATION: '0',
    ...env,
  });
  const app = await createApp(config, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = await app.getUrl();
  return {
    app,
    config,
    baseUrl,
    async request(method, path, options = {}) {
      const res = await fetch(baseUrl + path, {
        method,
        headers: { ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: res.status, headers: res.headers, body };
    },
    async signUp(role = 'trainee', displayName = 'Test User') {
      const email = `user${++userCounter}-${Date.now()}@example.org`;
      const user = await app.get(UsersService).createUser({ email, password: 'correct horse battery', displayName, language: 'en', role });
      const token = await app.get(AuthService).openSession(user.id);
      return { id: user.id, email, token, auth: { authorization: `Bearer ${token}` } };
    },
    close: () => app.close(),
  };
}

export async function wipePostgres(url: string): Promise<void> {
  const wipe = new DataSource({ type: 'postgres', url });
  await wipe.initialize();
  await wipe.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await wipe.destroy();
}
