import { HttpClient } from '@angular/common/http';
import { Injectable, inject, resource } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { CourseSummary } from '../../../core/models/api.models';

/** A course a trainer can pick: from the curriculum or one they built (trainer-made, maybe unpublished). */
export interface CourseOption {
  id: string;
  title: string;
  source: 'catalogue' | 'trainer';
  published: boolean;
}

interface TrainerCourseSummary {
  id: string;
  title: string;
  publishedVersionId?: string;
}

@Injectable({ providedIn: 'root' })
export class CourseOptionsApi {
  private readonly http = inject(HttpClient);

  /** Catalogue courses in English (ids are the same in every language) followed by the trainer's own. */
  async listCourseOptions(): Promise<CourseOption[]> {
    const [catalogue, own] = await Promise.all([
      firstValueFrom(this.http.get<CourseSummary[]>('/api/courses', { params: { lang: 'en' } })),
      firstValueFrom(this.http.get<TrainerCourseSummary[]>('/api/trainer/courses')).catch(() => [] as TrainerCourseSummary[]),
    ]);
    // The catalogue also lists published trainer-made courses: the trainer's own appear once, as theirs.
    const ownIds = new Set(own.map((c) => c.id));
    return [
      ...catalogue.filter((c) => !ownIds.has(c.id)).map((c) => ({ id: c.id, title: c.title, source: 'catalogue' as const, published: true })),
      ...own.map((c) => ({ id: c.id, title: c.title, source: 'trainer' as const, published: !!c.publishedVersionId })),
    ];
  }
}

/** The course list as a resource, for a `<select>`. */
export function courseOptionsResource() {
  const api = inject(CourseOptionsApi);
  return resource({ loader: () => api.listCourseOptions() });
}
