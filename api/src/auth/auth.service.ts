import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { LessThan, Not, type Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { Session } from './session.entity.js';
import { SessionChanges } from './session-changes.js';

export const SESSION_COOKIE = 'vt_session';
export const SESSION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A sliding session is pushed forward at most once an hour, so reads do not each cost a write. */
const SLIDE_EVERY_MS = 60 * 60 * 1000;
/**
 * A resolved session is remembered this long, so a burst of requests does not read the sessions
 * and users tables each time. Logout, a password change and a profile change forget it at once, in
 * every process (session-changes.ts); anything else (a role changed by an administrator) shows
 * within this time.
 */
export const SESSION_CACHE_MS = 10_000;
const SESSION_CACHE_MAX = 10_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class AuthService {
  private readonly cache = new Map<string, { user: User; expiresAt: number; cachedUntil: number }>();

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly changes: SessionChanges,
  ) {
    // Changes made in other processes (session-changes.ts): forget what they ended or changed.
    changes.subscribe((change) => {
      if (change === 'all') this.cache.clear();
      else if ('tokenHash' in change) this.cache.delete(change.tokenHash);
      else this.forgetLocally(change.userId, change.exceptTokenHash);
    });
  }

  /** The moment a session opened at `createdAt` ends for good, however active it stays (SESSION_MAX_DAYS). */
  private endOfLife(createdAt: Date): number {
    return createdAt.getTime() + this.config.sessionMaxDays * DAY_MS;
  }

  /** Opens a session and returns its token: the only time the token exists in clear. */
  async openSession(userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = Math.min(now.getTime() + SESSION_DAYS * DAY_MS, this.endOfLife(now));
    await this.sessions.insert({ tokenHash: hashToken(token), userId, createdAt: now, expiresAt: new Date(expiresAt) });
    // From now on the account is its owner's: the trainer who created it may no longer hand over reset links.
    await this.users.markSignedIn(userId, now);
    return token;
  }

  async login(email: string, password: string): Promise<{ user: User; token: string }> {
    const user = await this.users.authenticate(email, password);
    // One message for an unknown email and a wrong password, so accounts cannot be enumerated.
    if (!user) throw new UnauthorizedException('Email or password is incorrect.');
    return { user, token: await this.openSession(user.id) };
  }

  /** The user a token belongs to, or null when it is unknown or expired. Slides the expiry forward. */
  async resolve(token: string): Promise<{ user: User; tokenHash: string } | null> {
    const tokenHash = hashToken(token);
    const now = Date.now();
    const cached = this.cache.get(tokenHash);
    if (cached && cached.cachedUntil > now && cached.expiresAt > now && this.changes.stillStored(tokenHash)) return { user: cached.user, tokenHash };
    // A change heard while this session is read may concern it: then it is not remembered.
    const generation = this.changes.generation;
    const session = await this.sessions.findOneBy({ tokenHash });
    if (!session || session.expiresAt.getTime() <= now) return null;
    const user = await this.users.findById(session.userId);
    if (!user) return null;
    let expiresAt = session.expiresAt.getTime();
    // Sliding, but never past the absolute lifetime: a stolen token does not live for ever.
    const slid = Math.min(now + SESSION_DAYS * DAY_MS, this.endOfLife(session.createdAt));
    if (slid > expiresAt && expiresAt < now + SESSION_DAYS * DAY_MS - SLIDE_EVERY_MS) {
      expiresAt = slid;
      await this.sessions.update({ tokenHash }, { expiresAt: new Date(expiresAt) });
    }
    if (this.endOfLife(session.createdAt) <= now) return null;
    // Insertion order is age order: past the cap the oldest entry goes, so memory stays bounded.
    if (generation !== this.changes.generation || !this.changes.canRemember) return { user, tokenHash };
    if (this.cache.size >= SESSION_CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(tokenHash, { user, expiresAt, cachedUntil: now + SESSION_CACHE_MS });
    return { user, tokenHash };
  }

  /**
   * Forgets the remembered sessions of a user (after a change to the account, once it is stored),
   * optionally all but one, in this process and in every other.
   */
  forgetUser(userId: string, exceptTokenHash?: string): void {
    this.forgetLocally(userId, exceptTokenHash);
    void this.changes.publish({ userId, exceptTokenHash });
  }

  private forgetLocally(userId: string, exceptTokenHash?: string): void {
    for (const [tokenHash, entry] of this.cache) if (entry.user.id === userId && tokenHash !== exceptTokenHash) this.cache.delete(tokenHash);
  }

  async closeSession(tokenHash: string): Promise<void> {
    this.cache.delete(tokenHash);
    await this.sessions.delete({ tokenHash });
    await this.changes.publish({ tokenHash });
  }

  /** After a password change every other session of the user ends; the current one stays. */
  async changePassword(user: User, tokenHash: string, currentPassword: string, newPassword: string): Promise<void> {
    if (!(await this.users.authenticate(user.email, currentPassword))) throw new UnauthorizedException('The current password is incorrect.');
    await this.users.setPassword(user.id, newPassword);
    this.forgetUser(user.id, tokenHash);
    await this.sessions.delete({ userId: user.id, tokenHash: Not(tokenHash) });
    // Again: a request that read a session before the delete may have remembered it meanwhile.
    this.forgetUser(user.id, tokenHash);
  }

  purgeExpired(): Promise<unknown> {
    return this.sessions.delete({ expiresAt: LessThan(new Date()) });
  }
}
