import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { hash } from 'argon2';
import { randomBytes } from 'node:crypto';
import type { Repository } from 'typeorm';
import { User, type Role } from './user.entity.js';

export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
}

const DEMO_USERS: { role: Role; email: string; displayName: string }[] = [
  { role: 'trainee', email: 'trainee@demo.vt-academy.org', displayName: 'Amina Trainee' },
  { role: 'trainer', email: 'trainer@demo.vt-academy.org', displayName: 'Kofi Trainer' },
  { role: 'admin', email: 'admin@demo.vt-academy.org', displayName: 'Irina Admin' },
];

/** argon2id with the library's defaults (64 MiB, t=3, p=4): the OWASP-recommended family. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { type: 2 });
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase() });
  }

  countUsers(): Promise<number> {
    return this.users.count();
  }

  /**
   * Creates the demo trainee, trainer and admin on an empty database only, and returns their
   * credentials so the caller can print them once. Passwords are random unless DEMO_PASSWORD is set.
   */
  async seedDemoAccounts(fixedPassword?: string): Promise<DemoAccount[]> {
    if ((await this.countUsers()) > 0) return [];
    const accounts: DemoAccount[] = [];
    for (const demo of DEMO_USERS) {
      const password = fixedPassword || randomBytes(9).toString('base64url');
      await this.users.save(
        this.users.create({ email: demo.email, displayName: demo.displayName, role: demo.role, passwordHash: await hashPassword(password) }),
      );
      accounts.push({ email: demo.email, password, role: demo.role });
    }
    return accounts;
  }
}
