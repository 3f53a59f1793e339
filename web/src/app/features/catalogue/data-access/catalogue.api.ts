import { httpResource, type HttpResourceRef } from '@angular/common/http';
import type { Language } from '@vt/courses';
import type { CourseSummary } from '../../../core/models/api.models';

export interface CatalogueFilters {
  q?: string;
  topic?: string;
  lang: Language;
}

/** GET /api/courses, refetched whenever the filters change. Must be called in an injection context. */
export function getCourses(filters: () => CatalogueFilters): HttpResourceRef<CourseSummary[] | undefined> {
  return httpResource<CourseSummary[]>(() => {
    const { q, topic, lang } = filters();
    const params: Record<string, string> = { lang };
    if (q) params['q'] = q;
    if (topic) params['topic'] = topic;
    return { url: '/api/courses', params };
  });
}
