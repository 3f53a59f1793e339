import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { catchError, map, of } from 'rxjs';

export interface Health {
  status: 'ok' | 'down';
  courses: number;
}

/** The platform's status, as a signal: `undefined` until the API has answered. */
@Injectable({ providedIn: 'root' })
export class HealthService {
  private readonly http = inject(HttpClient);

  readonly health = toSignal(
    this.http.get<{ status: 'ok'; courses: number }>('/api/health').pipe(
      map((body): Health => ({ status: body.status, courses: body.courses })),
      catchError(() => of<Health>({ status: 'down', courses: 0 })),
    ),
  );
}
