import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Transactions } from '../database/transactions.js';

/** What another process changed: every remembered session of a user (but one), or one session. */
export type SessionChange = { userId: string; exceptTokenHash?: string } | { tokenHash: string };

/** The PostgreSQL channel that carries them. */
const CHANNEL = 'vt_session_changes';
/** How long to wait before listening again after the listening connection broke. */
const RECONNECT_MS = 1000;

/** The slice of pg's Client that listening needs. */
interface PgClient {
  query(sql: string): Promise<unknown>;
  on(event: 'notification', listener: (message: { channel: string; payload?: string }) => void): unknown;
  on(event: 'error' | 'end', listener: () => void): unknown;
}

/**
 * Makes a logout, a password change or reset, or a profile change take effect in every process
 * at once, though each keeps a short cache of resolved sessions (AuthService, decision 0007).
 *
 * - PostgreSQL: the process that made the change sends NOTIFY on `vt_session_changes` once it is
 *   stored; every process LISTENs on a connection of its own and forgets what it remembered.
 *   Notifications arrive within milliseconds. If the listening connection breaks, the process
 *   forgets everything (it may have missed some) and listens again a second later.
 * - SQLite has no notifications. Its processes share one file on one machine, so a remembered
 *   session is confirmed by reading its row (a prepared statement on the primary key, a few
 *   microseconds): a session ended in another process is refused at once. A profile change made
 *   in another process shows when the entry expires.
 *
 * `generation` counts the changes received, so that a session read from the database while a
 * change arrived is not remembered (it may have been read just before the change was stored).
 */
@Injectable()
export class SessionChanges implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SessionChanges.name);
  private readonly handlers: ((change: SessionChange | 'all') => void)[] = [];
  private listener?: { connection: DataSource; runner: QueryRunner };
  private closed = false;
  /** PostgreSQL: whether changes are being heard right now (else nothing may be remembered). */
  private listening = false;
  generation = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `handler` is told each change made elsewhere ('all' when some may have been missed). */
  subscribe(handler: (change: SessionChange | 'all') => void): void {
    this.handlers.push(handler);
  }

  /**
   * Tells the other processes (and this one) about a change, once it is stored. Never fails the
   * request that made the change: if the notice cannot be sent (the pool refused it under load,
   * the database went away), the others see the change when their entries expire.
   */
  async publish(change: SessionChange): Promise<void> {
    if (this.transactions.sqlite) return;
    try {
      await this.dataSource.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(change)]);
    } catch (error) {
      this.logger.warn(`Could not tell the other processes about a session change: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Whether a session read now may be remembered: on PostgreSQL only while changes are heard. */
  get canRemember(): boolean {
    return this.transactions.sqlite || this.listening;
  }

  /** Whether a remembered session may still be used without reading it again. */
  stillStored(tokenHash: string): boolean {
    if (!this.transactions.sqlite) return true;
    return this.transactions.readSqlite('SELECT 1 AS found FROM sessions WHERE token_hash = ?', [tokenHash]) !== undefined;
  }

  async onModuleInit(): Promise<void> {
    if (this.config.database.type === 'postgres') await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await this.stopListening();
  }

  private receive(change: SessionChange | 'all'): void {
    this.generation++;
    for (const handler of this.handlers) handler(change);
  }

  /** LISTEN on a connection of its own, outside the pool the requests share. */
  private async listen(): Promise<void> {
    if (this.config.database.type !== 'postgres') return;
    const connection = new DataSource({ type: 'postgres', url: this.config.database.url, poolSize: 1 });
    await connection.initialize();
    const runner = connection.createQueryRunner();
    await runner.connect();
    this.listener = { connection, runner };
    const client = (runner as unknown as { databaseConnection: PgClient }).databaseConnection;
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        this.receive(JSON.parse(message.payload) as SessionChange);
      } catch {
        this.receive('all');
      }
    });
    let broken = false;
    const reconnect = () => {
      if (broken || this.closed) return;
      broken = true;
      this.logger.warn('The connection that hears session changes broke; listening again.');
      void this.stopListening().then(() => this.listenLater());
    };
    client.on('error', reconnect);
    client.on('end', reconnect);
    await client.query(`LISTEN ${CHANNEL}`);
    this.listening = true;
  }

  /** Until it listens again the process may miss changes: it forgets everything and remembers nothing. */
  private listenLater(): void {
    this.listening = false;
    this.receive('all');
    if (this.closed) return;
    setTimeout(() => void this.listen().catch(() => this.listenLater()), RECONNECT_MS).unref();
  }

  private async stopListening(): Promise<void> {
    this.listening = false;
    const listener = this.listener;
    this.listener = undefined;
    if (!listener) return;
    await listener.runner.release().catch(() => undefined);
    await listener.connection.destroy().catch(() => undefined);
  }
}
