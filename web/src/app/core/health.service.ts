import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { ArabicDigits } from './i18n/numbering';

export interface Health {
  status: 'ok' | 'down';
  courses: number;
  /** The instance's digits for Arabic (ARABIC_DIGITS); Latin when the server cannot be reached. */
  arabicDigits: ArabicDigits;
}

const DOWN: Health = { status: 'down', courses: 0, arabicDigits: 'latn' };

/** The platform's status and instance settings from GET /api/health, asked once per visit (again after a failure). */
@Injectable({ providedIn: 'root' })
export class HealthService {
  private readonly http = inject(HttpClient);
  private readonly state = signal<Health | undefined>(undefined);
  private request: Promise<Health> | undefined;

  /** `undefined` until the API has answered (or failed to). */
  readonly health = this.state.asReadonly();

  load(): Promise<Health> {
    this.request ??= firstValueFrom(this.http.get<{ status: string; courses: number; arabicDigits?: ArabicDigits }>('/api/health')).then(
      (body): Health => ({ status: 'ok', courses: body.courses, arabicDigits: body.arabicDigits === 'arab' ? 'arab' : 'latn' }),
      (): Health => {
        this.request = undefined; // not kept: the next page asks again
        return DOWN;
      },
    );
    return this.request.then((health) => {
      this.state.set(health);
      return health;
    });
  }
}
