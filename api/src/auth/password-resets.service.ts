import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, type Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { membersOfCohortsOwnedBy } from '../cohorts/cohort-membership.js';
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
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A trainer may reset only trainees of their own cohorts; an admin anyone. A new link supersedes older ones. */
  async issue(userId: string, caller: User, now = new Date()): Promise<PasswordResetLink> {
    const target = await this.users.findById(userId);
    if (!target) throw new NotFoundException('No such user.');
    if (caller.role !== 'admin') {
      if (target.role !== 'trainee') throw new ForbiddenException('Trainers may reset only trainee accounts.');
      if (!(await membersOfCohortsOwnedBy(this.dataSource.manager, caller.id, [userId])).has(userId))
        throw new ForbiddenException('This learner is in none of your cohorts.');
    }
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
