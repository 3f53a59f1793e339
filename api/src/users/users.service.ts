import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { asLanguage, type Language } from '@vt/courses';
import { hash, verify } from 'argon2';
import { randomBytes } from 'node:crypto';
import type { Repository } from 'typeorm';
import { isUniqueViolation } from '../common/database-errors.js';
import { User, type Role } from './user.entity.js';

export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
}

/** The public view of an account (contract type `User`, defined once in the course model). */
export type { UserView } from '@vt/courses';
import type { UserView } from '@vt/courses';

export interface NewUser {
  email: string;
  password: string;
  displayName: string;
  language: Language;
  role?: Role;
  organisation?: string;
  country?: string;
  gender?: string;
}

export const DEMO_USERS: { role: Role; email: string; displayName: string }[] = [
  { role: 'trainee', email: 'trainee@demo.vt-academy.org', displayName: 'Amina Trainee' },
  { role: 'trainer', email: 'trainer@demo.vt-academy.org', displayName: 'Kofi Trainer' },
  { role: 'admin', email: 'admin@demo.vt-academy.org', displayName: 'Irina Admin' },
];

/** argon2id with the library's defaults (64 MiB, t=3, p=4): the OWASP-recommended family. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { type: 2 });
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    language: asLanguage(user.language),
    ...(user.organisation ? { organisation: user.organisation } : {}),
    ...(user.country ? { country: user.country } : {}),
  };
}

@Injectable()
export class UsersService {
  // Verified against when the email is unknown, so that both answers take the same time.
  private dummyHash: Promise<string> | undefined;

  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: normaliseEmail(email) });
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  findByEmails(emails: string[]): Promise<User[]> {
    return emails.length === 0 ? Promise.resolve([]) : this.users.createQueryBuilder('u').where('u.email IN (:...emails)', { emails }).getMany();
  }

  countUsers(): Promise<number> {
    return this.users.count();
  }

  async createUser(input: NewUser): Promise<User> {
    const user = this.users.create({
      email: normaliseEmail(input.email),
      passwordHash: await hashPassword(input.password),
      displayName: input.displayName,
      role: input.role ?? 'trainee',
      language: input.language,
      organisation: input.organisation ?? null,
      country: input.country?.toUpperCase() ?? null,
      gender: input.gender ?? null,
    });
    try {
      return await this.users.save(user);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException('An account with this email already exists.');
      throw error;
    }
  }

  /** The user whose email and password match, or null; takes as long for an unknown email. */
  async authenticate(email: string, password: string): Promise<User | null> {
    const user = await this.findByEmail(email);
    if (!user) {
      this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
      await verify(await this.dummyHash, password);
      return null;
    }
    return (await verify(user.passwordHash, password)) ? user : null;
  }

  async updateProfile(userId: string, changes: { displayName?: string; language?: string }): Promise<User> {
    const user = await this.findById(userId);
    if (!user) throw new NotFoundException('No such user.');
    if (changes.displayName !== undefined) user.displayName = changes.displayName;
    if (changes.language !== undefined) user.language = changes.language;
    return this.users.save(user);
  }

  async markSignedIn(userId: string, at: Date): Promise<void> {
    await this.users.update({ id: userId }, { lastSignInAt: at });
  }

  async setPassword(userId: string, password: string): Promise<void> {
    await this.users.update({ id: userId }, { passwordHash: await hashPassword(password) });
  }

  /**
   * Creates the demo trainee, trainer and admin on an empty database only, and returns their
   * credentials so the caller can print them once. Passwords are random unless DEMO_PASSWORD is set.
   * Idempotent: an account another instance created meanwhile is skipped (and not returned), so
   * instances starting together never fail on a duplicate email.
   */
  async seedDemoAccounts(fixedPassword?: string): Promise<DemoAccount[]> {
    if ((await this.countUsers()) > 0) return [];
    const accounts: DemoAccount[] = [];
    for (const demo of DEMO_USERS) {
      const password = fixedPassword || randomBytes(9).toString('base64url');
      try {
        await this.users.insert(
          this.users.create({ email: demo.email, displayName: demo.displayName, role: demo.role, passwordHash: await hashPassword(password) }),
        );
      } catch (error) {
        if (isUniqueViolation(error)) continue;
        throw error;
      }
      accounts.push({ email: demo.email, password, role: demo.role });
    }
    return accounts;
  }

  /** New passwords for the demo accounts that exist (`npm run demo-accounts`): the way back to them after the first start. */
  async resetDemoPasswords(fixedPassword?: string): Promise<DemoAccount[]> {
    const accounts: DemoAccount[] = [];
    for (const demo of DEMO_USERS) {
      const user = await this.findByEmail(demo.email);
      if (!user) continue;
      const password = fixedPassword || randomBytes(9).toString('base64url');
      await this.users.update({ id: user.id }, { passwordHash: await hashPassword(password) });
      accounts.push({ email: demo.email, password, role: demo.role });
    }
    return accounts;
  }
}
