import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { Course, Language } from '@vt/courses';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { asLanguage } from '../enrolments/enrolment-view.js';
import { EnrolmentsService } from '../enrolments/enrolments.service.js';
import type { User } from '../users/user.entity.js';
import { lessonsHtmlBytes, toDetail, toLesson, toSummary, type CourseDetail, type CourseSummary, type LessonView } from './course-views.js';

@Injectable()
export class CoursesService {
  // Rendering every lesson to measure it is not free: remember it per course content and language.
  private readonly bytes = new Map<string, number>();

  constructor(
    private readonly catalogue: CatalogueService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  private downloadBytes(course: Course, contentHash: string, lang: Language): number {
    const key = `${contentHash}:${lang}`;
    let bytes = this.bytes.get(key);
    if (bytes === undefined) this.bytes.set(key, (bytes = lessonsHtmlBytes(course, lang)));
    return bytes;
  }

  /** The request's language: the `lang` asked for, else the user's, else English. */
  language(lang: Language | undefined, user: User | undefined): Language {
    return lang ?? asLanguage(user?.language);
  }

  async list(lang: Language, filter: { topic?: string; q?: string }): Promise<CourseSummary[]> {
    const needle = filter.q?.trim().toLowerCase();
    return (await this.catalogue.listPublished())
      .filter(({ course }) => !filter.topic || course.settings.topic === filter.topic)
      .map(({ course, contentHash }) => toSummary(course, lang, this.downloadBytes(course, contentHash, lang)))
      .filter((summary) => !needle || `${summary.title} ${summary.summary}`.toLowerCase().includes(needle));
  }

  async detail(courseId: string, lang: Language, user: User | undefined): Promise<CourseDetail & { enrolment?: unknown }> {
    const { course, contentHash } = await this.catalogue.published(courseId);
    const detail = toDetail(course, lang, this.downloadBytes(course, contentHash, lang));
    const enrolment = user ? await this.enrolments.findActiveEnrolment(user.id, courseId) : null;
    return enrolment ? { ...detail, enrolment: await this.enrolments.view(enrolment, user ?? { language: 'en' }) } : detail;
  }

  /** A lesson for its enrolled learner (in the version they enrolled on), or for any trainer or admin. */
  async lesson(courseId: string, lessonId: string, lang: Language, user: User): Promise<LessonView> {
    const course = user.role === 'trainee' ? await this.enrolledVersion(courseId, user) : (await this.catalogue.published(courseId)).course;
    const lesson = toLesson(course, lessonId, lang);
    if (!lesson) throw new NotFoundException(`No lesson "${lessonId}" in this course.`);
    return lesson;
  }

  /**
   * A trainee reads the version they enrolled on, so the catalogue's current version (a database
   * read since adaptations, decision 0012) is only asked for when there is no enrolment: to answer
   * 404 for an unknown course rather than 403.
   */
  private async enrolledVersion(courseId: string, user: User): Promise<Course> {
    const enrolment = await this.enrolments.findActiveEnrolment(user.id, courseId);
    if (!enrolment) {
      await this.catalogue.published(courseId);
      throw new ForbiddenException('Enrol on this course to read its lessons.');
    }
    return this.catalogue.getVersion(enrolment.courseVersionId);
  }
}
