import { HttpClient, httpResource, type HttpResourceRef } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Language } from '@vt/courses';
import { firstValueFrom } from 'rxjs';
import type { CourseDetail, Enrolment, Lesson } from '../../../core/models/api.models';

/** GET /api/courses/:id in a language; refetched when the id or language changes, or on reload(). */
export function getCourse(request: () => { courseId: string; lang: Language } | undefined): HttpResourceRef<CourseDetail | undefined> {
  return httpResource<CourseDetail>(() => {
    const r = request();
    return r ? { url: `/api/courses/${encodeURIComponent(r.courseId)}`, params: { lang: r.lang } } : undefined;
  });
}

export function getLesson(request: () => { courseId: string; lessonId: string; lang: Language } | undefined): HttpResourceRef<Lesson | undefined> {
  return httpResource<Lesson>(() => {
    const r = request();
    if (!r) return undefined;
    return { url: `/api/courses/${encodeURIComponent(r.courseId)}/lessons/${encodeURIComponent(r.lessonId)}`, params: { lang: r.lang } };
  });
}

@Injectable({ providedIn: 'root' })
export class EnrolmentApi {
  private readonly http = inject(HttpClient);

  postEnrolment(courseId: string): Promise<Enrolment> {
    return firstValueFrom(this.http.post<Enrolment>('/api/enrolments', { courseId }));
  }
}

/** Where "resume" goes: the bookmarked lesson, else the first not yet completed, else the first. */
export function resumeLesson(lessonIds: readonly string[], enrolment: Pick<Enrolment, 'bookmark' | 'lessonsCompleted'>): string | undefined {
  if (enrolment.bookmark && lessonIds.includes(enrolment.bookmark)) return enrolment.bookmark;
  return lessonIds.find((id) => !enrolment.lessonsCompleted.includes(id)) ?? lessonIds[0];
}
