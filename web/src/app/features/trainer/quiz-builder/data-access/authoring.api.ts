import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Course } from '@vt/courses';
import { firstValueFrom } from 'rxjs';

const BASE = '/api/trainer/courses';

import type { TrainerCourseView } from '@vt/courses';

/** A course in the builder as the API returns it (defined once in the course model). */
export type TrainerCourse = TrainerCourseView;

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

  /**
   * Opens an existing course in the builder: a curriculum course becomes a draft of the same id
   * (admins; 403 for trainers), a trainer's own course is returned as it is. `restart` starts an
   * outdated draft again from what learners get now.
   */
  adaptCourse(id: string, restart = false): Promise<TrainerCourse> {
    return firstValueFrom(this.http.post<TrainerCourse>(`${BASE}/${encodeURIComponent(id)}/adapt`, restart ? { restart } : {}));
  }

  /** Makes the saved content the version new enrolments (and cohorts) get. */
  publishTrainerCourse(id: string): Promise<Published> {
    return firstValueFrom(this.http.post<Published>(`${BASE}/${encodeURIComponent(id)}/publish`, {}));
  }
}
