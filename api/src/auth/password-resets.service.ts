import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Transactions } from '../database/transactions.js';
import { User } from '../users/user.entity.js';
import { hashPassword, UsersService } from '../users/users.service.js';
import { AuthService, hashToken } from './auth.service.js';
import { PasswordReset } from './password-reset.entity.js';
import { Session } from './session.entity.js';

export const RESET_HOURS = 24;
/** One message for an unknown, used or expired link, so a token reveals nothing about accounts. */
export const INVALID_RESET = 'This reset link is invalid or has expired. Ask your trainer for a new one.';

/**
 * Why `caller` may not issue a reset link for `target`, or undefined when they may. The one rule,
 * kept apart so the next role slots in here: organisation sponsors (issue #14, a later landing)
 * will be allowed for accounts of their own organisation.
 */
export function mayIssueReset(caller: User, target: User): string | undefined {
  if (caller.role === 'admin') return undefined;
  if (caller.role !== 'trainer') return 'Your role may not do this.';
  if (target.role !== 'trainee') return 'Trainers may reset only trainee accounts.';
  if (target.createdBy !== caller.id) return 'A trainer may hand over reset links only for accounts their own import created; ask an administrator.';
  if (target.lastSignInAt) return 'This learner has already signed in; only they (or an administrator) can change their password.';
  return undefined;
}

export interface PasswordResetLink {
  url: string;
  expiresAt: string;
}

/**
 * One-time reset links for accounts whose owner does not know the password (trainer CSV imports
 * create them with a random one). No e-mail: the trainer or admin hands the link over.
 */
@Injectable()
export class PasswordResetsService {
  constructor(
    @InjectRepository(PasswordReset) private readonly resets: Repository<PasswordReset>,
    private readonly transactions: Transactions,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Who may hand over a reset link for whom (docs/decisions/0014). An admin: anyone. A trainer:
   * only an account their own roster import created and whose owner has never signed in — the
   * invited learner who does not know their password yet. Once the owner has signed in, or for an
   * account someone else created (self-registered, another trainer's import), a trainer's link
   * would be a way into someone else's account. A new link supersedes older ones.
   */
  async issue(userId: string, caller: User, now = new Date()): Promise<PasswordResetLink> {
    const target = await this.users.findById(userId);
    if (!target) throw new NotFoundException('No such user.');
    const refusal = mayIssueReset(caller, target);
    if (refusal) throw new ForbiddenException(refusal);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + RESET_HOURS * 60 * 60 * 1000);
    await this.transactions.run(async (manager) => {
      await manager.delete(PasswordReset, { userId });
      await manager.insert(PasswordReset, { tokenHash: hashToken(token), userId, createdBy: caller.id, createdAt: now, expiresAt });
      await this.audit.record(manager, 'password-reset.issued', userId, caller.id, { expiresAt: expiresAt.toISOString() });
    });
    return { url: `${this.config.publicUrl}/reset-password?token=${token}`, expiresAt: expiresAt.toISOString() };
  }

  /** Sets the password, consumes the link and ends every session of the user, all or nothing. */
  async redeem(token: string, password: string, now = new Date()): Promise<void> {
    const tokenHash = hashToken(token);
    const found = await this.resets.findOneBy({ tokenHash });
    if (!found || found.expiresAt.getTime() <= now.getTime()) throw new BadRequestException(INVALID_RESET);
    // Hashed before the transaction: argon2 takes tens of milliseconds and must not hold the write queue.
    const passwordHash = await hashPassword(password);
    await this.transactions.run(async (manager) => {
      // Deleting is the claim: of two concurrent redeems of one link, only one deletes the row.
      const claimed = await manager.delete(PasswordReset, { tokenHash });
      if (claimed.affected !== 1) throw new BadRequestException(INVALID_RESET);
      await manager.delete(PasswordReset, { userId: found.userId });
      await manager.update(User, { id: found.userId }, { passwordHash });
      await manager.delete(Session, { userId: found.userId });
      await this.audit.record(manager, 'password-reset.redeemed', found.userId, found.userId, {});
    });
    this.auth.forgetUser(found.userId);
  }
}
