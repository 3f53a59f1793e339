import { HttpClient, httpResource, type HttpResourceRef } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  filterParams,
  type CohortProgress,
  type LearnerDetail,
  type Disaggregation,
  type ItemAnalysis,
  type ReportFilter,
  type ResultRow,
} from '../models/report.models';

export const REPORTS = '/api/trainer/reports';

/** Each report is a resource keyed on the filter: changing a filter refetches every table. */
function report<T>(path: string, filter: () => ReportFilter | undefined, extra: Record<string, string> = {}): HttpResourceRef<T | undefined> {
  return httpResource<T>(() => {
    const f = filter();
    return f?.courseId ? { url: `${REPORTS}/${path}`, params: { ...filterParams(f), ...extra } } : undefined;
  });
}

export const getItemAnalysis = (filter: () => ReportFilter | undefined) => report<ItemAnalysis>('item-analysis', filter);
export const getResults = (filter: () => ReportFilter | undefined) => report<ResultRow[]>('results', filter);
export const getDisaggregation = (filter: () => ReportFilter | undefined, by: 'gender' | 'country') => report<Disaggregation>('disaggregation', filter, { by });

export const progressUrl = (cohortId: string) => `/api/trainer/cohorts/${encodeURIComponent(cohortId)}/progress`;

/** A cohort's counts and its learners with their enrolment state. */
export function getProgress(cohortId: () => string | undefined): HttpResourceRef<CohortProgress | undefined> {
  return httpResource<CohortProgress>(() => {
    const id = cohortId();
    return id ? progressUrl(id) : undefined;
  });
}

@Injectable({ providedIn: 'root' })
export class LearnerDetailApi {
  private readonly http = inject(HttpClient);

  /** One learner of a cohort with their attempts (the drill-down). */
  getLearnerDetail(cohortId: string, userId: string): Promise<LearnerDetail> {
    return firstValueFrom(this.http.get<LearnerDetail>(`/api/trainer/cohorts/${encodeURIComponent(cohortId)}/learners/${encodeURIComponent(userId)}`));
  }
}
