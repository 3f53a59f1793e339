import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'vt-config-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('defaults to port 3000 and a SQLite file in DATA_DIR', () => {
    const config = loadConfig({ DATA_DIR: dir });
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ type: 'sqlite', file: join(dir, 'vt-academy.sqlite') });
  });

  it('sheds load past 200 ms of event-loop lag by default; 0 turns it off', () => {
    expect(loadConfig({ DATA_DIR: dir }).shedding).toEqual({ eventLoopDelayMs: 200, eventLoopUtilization: 0, sampleIntervalMs: 250, inFlightLimit: 512 });
    expect(loadConfig({ DATA_DIR: dir, SHED_EVENT_LOOP_DELAY_MS: '0' }).shedding.eventLoopDelayMs).toBe(0);
  });

  it('believes no X-Forwarded-For unless TRUST_PROXY lists the proxies; never all of them', () => {
    expect(loadConfig({ DATA_DIR: dir }).trustProxy).toBe(false);
    expect(loadConfig({ DATA_DIR: dir, TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8']);
    expect(() => loadConfig({ DATA_DIR: dir, TRUST_PROXY: 'true' })).toThrow(/Invalid setting TRUST_PROXY: "true"/);
  });

  it('runs one process per core on PostgreSQL and one on SQLite unless WORKERS says otherwise', () => {
    const postgres = 'postgres://vt:vt@127.0.0.1:5432/vt';
    expect(loadConfig({ DATA_DIR: dir }).workers).toBe(1);
    expect(loadConfig({ DATA_DIR: dir, DATABASE_URL: postgres }).workers).toBe(availableParallelism());
    expect(loadConfig({ DATA_DIR: dir, DATABASE_URL: postgres, WORKERS: '3' }).workers).toBe(3);
    expect(() => loadConfig({ DATA_DIR: dir, WORKERS: '0' })).toThrow(/Invalid setting WORKERS: "0"/);
  });

  it('recognises PostgreSQL URLs', () => {
    expect(loadConfig({ DATA_DIR: dir, DATABASE_URL: 'postgres://vt:vt@127.0.0.1:5432/vt' }).database.type).toBe('postgres');
  });

  it.each([
    [{ PORT: 'abc' }, /Invalid setting PORT: "abc"/],
    [{ PORT: '70000' }, /Invalid setting PORT/],
    [{ DATABASE_URL: 'not a url' }, /Invalid setting DATABASE_URL: "not a url" is not a URL/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /Invalid setting DATABASE_URL: unsupported scheme/],
    [{ SHED_EVENT_LOOP_DELAY_MS: '-5' }, /Invalid setting SHED_EVENT_LOOP_DELAY_MS: "-5"/],
    [{ SHED_SAMPLE_INTERVAL_MS: '0' }, /Invalid setting SHED_SAMPLE_INTERVAL_MS/],
    [{ SHED_EVENT_LOOP_UTILIZATION: '1.5' }, /Invalid setting SHED_EVENT_LOOP_UTILIZATION: "1.5" is not a number from 0 to 1/],
  ])('rejects %p with one line naming the setting', (env, message) => {
    expect(() => loadConfig({ DATA_DIR: dir, ...env })).toThrow(message);
  });

  it('rejects a DATA_DIR that cannot be created', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    expect(() => loadConfig({ DATA_DIR: join(file, 'sub') })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: join(file, 'sub') })).toThrow(/Invalid setting DATA_DIR/);
  });

  // Root may write anywhere, so the permission case can only be shown as an ordinary user.
  const asUser = process.getuid?.() === 0 ? it.skip : it;
  asUser('rejects a DATA_DIR that is not writable', () => {
    chmodSync(dir, 0o500);
    expect(() => loadConfig({ DATA_DIR: dir })).toThrow(/Invalid setting DATA_DIR/);
  });
});
