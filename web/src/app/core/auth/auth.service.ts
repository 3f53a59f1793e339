import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { Language } from '@vt/courses';
import { firstValueFrom } from 'rxjs';
import type { User } from '../models/api.models';

export interface Registration {
  email: string;
  password: string;
  displayName: string;
  language: Language;
  organisation?: string;
  country?: string;
}

/**
 * Remembers that this browser signed in. The session cookie is httpOnly, so the app cannot see
 * it; without this hint every anonymous visit (the catalogue, a verify link) would spend a round
 * trip on a slow link asking `/api/auth/me` only to get a 401.
 */
const SESSION_HINT_KEY = 'vt.signed-in';

/**
 * Who is signed in, as signals. The session itself is the API's httpOnly cookie: the app never
 * stores a token, it only asks `/api/auth/me` once and keeps the answer.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  /** `undefined` until the API has answered; `null` when signed out. */
  private readonly state = signal<User | null | undefined>(undefined);
  private pending: Promise<User | null> | undefined;

  readonly user = this.state.asReadonly();
  readonly signedIn = computed(() => !!this.state());

  /** Resolves once the session is known; asks the API at most once. */
  whenKnown(): Promise<User | null> {
    const known = this.state();
    if (known !== undefined) return Promise.resolve(known);
    if (!this.hint()) return Promise.resolve(this.settle(null));
    this.pending ??= firstValueFrom(this.http.get<User>('/api/auth/me')).then(
      (user) => this.settle(user),
      () => this.settle(null),
    );
    return this.pending;
  }

  async signIn(email: string, password: string): Promise<User> {
    const { user } = await firstValueFrom(this.http.post<{ user: User }>('/api/auth/login', { email, password }));
    return this.settle(user);
  }

  async register(registration: Registration): Promise<User> {
    const { user } = await firstValueFrom(this.http.post<{ user: User }>('/api/auth/register', registration));
    return this.settle(user);
  }

  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.http.post('/api/auth/logout', null));
    } finally {
      this.clear();
    }
  }

  async update(changes: { displayName?: string; language?: Language }): Promise<User> {
    return this.settle(await firstValueFrom(this.http.patch<User>('/api/auth/me', changes)));
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await firstValueFrom(this.http.post('/api/auth/password', { currentPassword, newPassword }));
  }

  clear(): void {
    this.settle(null);
  }

  private settle<T extends User | null>(user: T): T {
    this.state.set(user);
    this.pending = undefined;
    try {
      if (user) localStorage.setItem(SESSION_HINT_KEY, '1');
      else localStorage.removeItem(SESSION_HINT_KEY);
    } catch {
      /* storage disabled: we simply ask the API every time */
    }
    return user;
  }

  private hint(): boolean {
    try {
      return localStorage.getItem(SESSION_HINT_KEY) !== null;
    } catch {
      return true;
    }
  }
}
