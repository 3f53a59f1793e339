import { accessSync, constants, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the repository lives, found from this file so that it works from any working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  database: { type: 'sqlite'; file: string } | { type: 'postgres'; url: string };
  coursesDir: string;
  webDir: string;
  /** Base of links printed on certificates, e.g. https://academy.example.org */
  publicUrl: string;
  seedDemo: boolean;
  /** Login and registration attempts allowed per minute, per IP and per email (AUTH_RATE_LIMIT). */
  authRateLimit: number;
  /**
   * Which proxies' X-Forwarded-For is believed (TRUST_PROXY: unset or `false` believes none, so a
   * client cannot choose the address its rate limits count; otherwise a comma-separated list of
   * proxy addresses or CIDR ranges, e.g. `127.0.0.1,10.0.0.0/8`).
   */
  trustProxy: false | string[];
  /** A session ends this many days after sign-in, however active it is (SESSION_MAX_DAYS). */
  sessionMaxDays: number;
  /** Certificate verifications allowed per minute per IP (VERIFY_RATE_LIMIT). */
  verifyRateLimit: number;
  /** Largest request body accepted, in bytes (BODY_LIMIT). */
  bodyLimit: number;
  /** Largest whole course the builder may save or validate, in bytes (COURSE_BODY_LIMIT). */
  courseBodyLimit: number;
  /** Writes admitted at once before further ones get 503 + Retry-After (WRITE_QUEUE_LIMIT). */
  writeQueueLimit: number;
  /**
   * API processes serving the one port (WORKERS; node:cluster). Default: one per core on
   * PostgreSQL, 1 on SQLite (see docs/deploy.md for why).
   */
  workers: number;
  /**
   * Load shedding by event-loop lag (@fastify/under-pressure): past `eventLoopDelayMs` of mean
   * event-loop delay over one sample, requests get 503 + Retry-After until it falls again
   * (SHED_EVENT_LOOP_DELAY_MS, 0 turns it off; SHED_SAMPLE_INTERVAL_MS). Past
   * `eventLoopUtilization` (0–1, the share of a sample the loop was busy) likewise
   * (SHED_EVENT_LOOP_UTILIZATION, 0 turns it off). Past `inFlightLimit` API requests in flight
   * in this process, a new one gets the same answer before its body is read (IN_FLIGHT_LIMIT).
   */
  shedding: { eventLoopDelayMs: number; eventLoopUtilization: number; sampleIntervalMs: number; inFlightLimit: number };
  /**
   * PostgreSQL's connection pool, per process: `size` connections (DATABASE_POOL_SIZE); past
   * `queueLimit` requests waiting for one, a new one gets 503 + Retry-After at once instead of
   * waiting (DATABASE_QUEUE_LIMIT).
   */
  databasePool: { size: number; queueLimit: number };
  /** The most detailed level of Nest's own log lines (LOG_LEVEL; `warn` keeps start-up quiet). */
  logLevel: LogLevel;
  /** One JSON log line per request (LOG_REQUESTS=false turns it off). */
  logRequests: boolean;
  /** Encrypts the certificate signing keys stored in the database (CERT_KEY_SECRET; unset: stored unencrypted). */
  certKeySecret?: string;
  /**
   * The digits Arabic text is written with (ARABIC_DIGITS: `latin`, the default — as Tunisia and
   * the rest of the Maghreb write them — or `arabic-indic` ٠١٢٣…), as a Unicode numbering system id.
   */
  arabicDigits: 'latn' | 'arab';
}

/** A bad setting: the message names the setting and says what is wrong, in one line. */
export class ConfigError extends Error {
  constructor(setting: string, problem: string) {
    super(`Invalid setting ${setting}: ${problem}`);
    this.name = 'ConfigError';
  }
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) throw new ConfigError('PORT', `"${value}" is not a port number (1–65535)`);
  return port;
}

function parseDatabaseUrl(value: string | undefined, dataDir: string): AppConfig['database'] {
  if (!value) return { type: 'sqlite', file: resolve(dataDir, 'vt-academy.sqlite') };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('DATABASE_URL', `"${value}" is not a URL (expected postgres://user:password@host:5432/db or sqlite:path)`);
  }
  if (url.protocol === 'sqlite:') return { type: 'sqlite', file: resolve(dataDir, decodeURIComponent(url.pathname)) };
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `unsupported scheme "${url.protocol}" (use postgres:// or leave it unset for SQLite)`);
  }
  if (!url.hostname || url.pathname.length < 2) throw new ConfigError('DATABASE_URL', 'needs a host and a database name');
  return { type: 'postgres', url: value };
}

function parsePositiveInt(setting: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new ConfigError(setting, `"${value}" is not a positive whole number`);
  return Number(value);
}

function parseFraction(setting: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^(0(\.\d+)?|1(\.0+)?)$/.test(value)) throw new ConfigError(setting, `"${value}" is not a number from 0 to 1`);
  return Number(value);
}

function parseWholeNumber(setting: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw new ConfigError(setting, `"${value}" is not a whole number (0 or more)`);
  return Number(value);
}

/** Creates the data directory if needed and proves it writable, without leaving anything behind. */
function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new ConfigError('DATA_DIR', `"${dir}" cannot be created or written (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Reads and checks every setting once at start-up. Throws ConfigError on the first bad one. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = parsePort(env.PORT);
  const dataDir = resolve(env.DATA_DIR || resolve(REPO_ROOT, 'data'));
  const database = parseDatabaseUrl(env.DATABASE_URL, dataDir);
  const publicUrl = env.PUBLIC_URL || `http://localhost:${port}`;
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError('PUBLIC_URL', `"${publicUrl}" is not a URL`);
  }
  ensureWritableDir(dataDir);
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir,
    database,
    coursesDir: resolve(env.COURSES_DIR || resolve(REPO_ROOT, 'courses/content')),
    webDir: resolve(env.WEB_DIR || resolve(REPO_ROOT, 'web/dist/browser')),
    publicUrl: publicUrl.replace(/\/$/, ''),
    seedDemo: env.SEED_DEMO !== 'false',
    authRateLimit: parsePositiveInt('AUTH_RATE_LIMIT', env.AUTH_RATE_LIMIT, 10),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    sessionMaxDays: parsePositiveInt('SESSION_MAX_DAYS', env.SESSION_MAX_DAYS, 30),
    verifyRateLimit: parsePositiveInt('VERIFY_RATE_LIMIT', env.VERIFY_RATE_LIMIT, 30),
    bodyLimit: parsePositiveInt('BODY_LIMIT', env.BODY_LIMIT, 64 * 1024),
    // A curriculum course with its texts in four languages is about 300 kB of JSON.
    courseBodyLimit: parsePositiveInt('COURSE_BODY_LIMIT', env.COURSE_BODY_LIMIT, 1024 * 1024),
    // At about 1 ms per queued SQLite transaction, 256 keeps a write's wait well under a second.
    writeQueueLimit: parsePositiveInt('WRITE_QUEUE_LIMIT', env.WRITE_QUEUE_LIMIT, 256),
    workers: parsePositiveInt('WORKERS', env.WORKERS, database.type === 'postgres' ? availableParallelism() : 1),
    shedding: {
      // A healthy loop here lags a few ms; 200 ms of mean lag means requests already wait far longer
      // in the socket queues, so refusing some at once is better than letting all of them time out.
      eventLoopDelayMs: parseWholeNumber('SHED_EVENT_LOOP_DELAY_MS', env.SHED_EVENT_LOOP_DELAY_MS, 200),
      // A saturated loop can keep its per-tick delay under the threshold while requests queue in
      // the sockets for seconds; utilisation sees that (the learner simulation, decision 0013).
      eventLoopUtilization: parseFraction('SHED_EVENT_LOOP_UTILIZATION', env.SHED_EVENT_LOOP_UTILIZATION, 0),
      // Short samples: shedding starts and stops within a quarter second of the lag changing.
      sampleIntervalMs: parsePositiveInt('SHED_SAMPLE_INTERVAL_MS', env.SHED_SAMPLE_INTERVAL_MS, 250),
      // Requests this process has read and not yet answered (see docs/deploy.md for the figure).
      inFlightLimit: parsePositiveInt('IN_FLIGHT_LIMIT', env.IN_FLIGHT_LIMIT, 512),
    },
    databasePool: {
      // pg's own default; every worker of every instance opens this many.
      size: parsePositiveInt('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, 10),
      queueLimit: parsePositiveInt('DATABASE_QUEUE_LIMIT', env.DATABASE_QUEUE_LIMIT, 128),
    },
    logRequests: env.LOG_REQUESTS !== 'false',
    logLevel: parseLogLevel(env.LOG_LEVEL),
    certKeySecret: parseSecret('CERT_KEY_SECRET', env.CERT_KEY_SECRET),
    arabicDigits: parseArabicDigits(env.ARABIC_DIGITS),
  };
}

/** ARABIC_DIGITS: `latin` (default) or `arabic-indic`. */
function parseArabicDigits(value: string | undefined): 'latn' | 'arab' {
  if (value === undefined || value === '' || value === 'latin') return 'latn';
  if (value === 'arabic-indic') return 'arab';
  throw new ConfigError('ARABIC_DIGITS', `"${value}" is not one of latin, arabic-indic`);
}

/** A secret from the environment: unset, or long enough that guessing it is hopeless. */
function parseSecret(setting: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (value.length < 32) throw new ConfigError(setting, `is ${value.length} characters long; use at least 32 (e.g. openssl rand -base64 32)`);
  return value;
}

/** TRUST_PROXY: off by default; `true` is refused, since trusting every hop lets any client pick its address. */
function parseTrustProxy(value: string | undefined): false | string[] {
  if (value === undefined || value.trim() === '' || value.trim() === 'false') return false;
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (!/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(entry))
      throw new ConfigError('TRUST_PROXY', `"${entry}" is not an IP address or CIDR range (list the proxies' addresses, comma-separated; unset for none)`);
  }
  return entries;
}

/** Nest's levels, least to most detailed. */
export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function parseLogLevel(value: string | undefined): LogLevel {
  if (value === undefined || value === '') return 'warn';
  if ((LOG_LEVELS as readonly string[]).includes(value)) return value as LogLevel;
  throw new ConfigError('LOG_LEVEL', `"${value}" is not one of ${LOG_LEVELS.join(', ')}`);
}

export const APP_CONFIG = Symbol('APP_CONFIG');
