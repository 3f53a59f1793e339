import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Course } from '@vt/courses';
import { firstValueFrom } from 'rxjs';

const BASE = '/api/trainer/courses';

/** A trainer-made course as the API returns it (defined once in the course model). */
export type { TrainerCourseView as TrainerCourse } from '@vt/courses';
import type { TrainerCourseView as TrainerCourse } from '@vt/courses';

export interface Published {
  versionId: string;
  contentHash: string;
  version: number;
}

@Injectable({ providedIn: 'root' })
export class AuthoringApi {
  private readonly http = inject(HttpClient);

  getTrainerCourse(id: string): Promise<TrainerCourse> {
    return firstValueFrom(this.http.get<TrainerCourse>(`${BASE}/${encodeURIComponent(id)}`));
  }

  /** A new course (201), or 409 when the id is taken. */
  postTrainerCourse(course: Course): Promise<TrainerCourse> {
    return firstValueFrom(this.http.post<TrainerCourse>(BASE, course));
  }

  /** Replaces the whole course; 400 with one field error per validation problem. */
  putTrainerCourse(course: Course): Promise<TrainerCourse> {
    return firstValueFrom(this.http.put<TrainerCourse>(`${BASE}/${encodeURIComponent(course.settings.id)}`, course));
  }

  /** Makes the saved content the version new enrolments (and cohorts) get. */
  publishTrainerCourse(id: string): Promise<Published> {
    return firstValueFrom(this.http.post<Published>(`${BASE}/${encodeURIComponent(id)}/publish`, {}));
  }
}
