import { HttpClient, httpResource, type HttpResourceRef } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Cohort, CohortChanges, NewCohort, RosterCommit, RosterPreview } from '../models/cohort.models';

/** POST /api/auth/password-resets: a one-time link, shown once, valid until `expiresAt`. */
export interface PasswordResetLink {
  url: string;
  expiresAt: string;
}

const BASE = '/api/trainer/cohorts';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export function getCohorts(): HttpResourceRef<Cohort[] | undefined> {
  return httpResource<Cohort[]>(() => BASE);
}

export function getCohort(id: () => string | undefined): HttpResourceRef<Cohort | undefined> {
  return httpResource<Cohort>(() => {
    const value = id();
    return value ? one(value) : undefined;
  });
}

@Injectable({ providedIn: 'root' })
export class CohortsApi {
  private readonly http = inject(HttpClient);

  postCohort(cohort: NewCohort): Promise<Cohort> {
    return firstValueFrom(this.http.post<Cohort>(BASE, cohort));
  }

  /** What importing this CSV would do, row by row; the API writes nothing. */
  previewRoster(cohortId: string, csv: string): Promise<RosterPreview> {
    return firstValueFrom(this.http.post<RosterPreview>(`${one(cohortId)}/roster/preview`, { csv }));
  }

  commitRoster(cohortId: string, csv: string): Promise<RosterCommit> {
    return firstValueFrom(this.http.post<RosterCommit>(`${one(cohortId)}/roster/commit`, { csv }));
  }

  patchCohort(cohortId: string, changes: CohortChanges): Promise<Cohort> {
    return firstValueFrom(this.http.patch<Cohort>(one(cohortId), changes));
  }

  /** 201 with the link; 403/404 problem+json when the learner is not the caller's to reset. */
  postPasswordReset(userId: string): Promise<PasswordResetLink> {
    return firstValueFrom(this.http.post<PasswordResetLink>('/api/auth/password-resets', { userId }));
  }

  /** A per-learner extension: only this learner's due date moves; progress is kept. */
  patchLearnerDueDate(cohortId: string, userId: string, dueAt: string): Promise<unknown> {
    return firstValueFrom(this.http.patch(`${one(cohortId)}/learners/${encodeURIComponent(userId)}`, { dueAt }));
  }
}
