import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { QuestionResponse } from '@vt/courses';
import { firstValueFrom } from 'rxjs';
import type { Attempt } from '../../../core/models/api.models';

@Injectable({ providedIn: 'root' })
export class QuizApi {
  private readonly http = inject(HttpClient);

  /** Starts an attempt, or returns the one still open. */
  postAttempt(enrolmentId: string): Promise<Attempt> {
    return firstValueFrom(this.http.post<Attempt>(`/api/enrolments/${encodeURIComponent(enrolmentId)}/attempts`, {}));
  }

  getAttempts(enrolmentId: string): Promise<Attempt[]> {
    return firstValueFrom(this.http.get<Attempt[]>(`/api/enrolments/${encodeURIComponent(enrolmentId)}/attempts`));
  }

  submitAttempt(attemptId: string, responses: Record<string, QuestionResponse>): Promise<Attempt> {
    return firstValueFrom(this.http.post<Attempt>(`/api/attempts/${encodeURIComponent(attemptId)}/submit`, { responses }));
  }
}
