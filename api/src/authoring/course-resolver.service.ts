import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Course } from '@vt/courses';
import type { Repository } from 'typeorm';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import type { User } from '../users/user.entity.js';
import { TrainerCourse } from './trainer-course.entity.js';

/** A course from the curriculum or from a trainer, as the trainer workspace uses it. */
export interface ResolvedCourse {
  course: Course;
  source: 'catalogue' | 'trainer';
  /** The version learners are enrolled on: the catalogue's current one, a trainer course's last published one. */
  versionId: string | null;
}

/**
 * One place that answers "which course is this id?" for cohorts, reports and exports, so that
 * curriculum courses and trainer-made courses are handled alike.
 */
@Injectable()
export class CourseResolver {
  constructor(
    private readonly catalogue: CatalogueService,
    @InjectRepository(TrainerCourse) private readonly trainerCourses: Repository<TrainerCourse>,
  ) {}

  /**
   * The content of a course as the trainer workspace shows and exports it (decision 0012):
   * a curriculum course as learners get it now (its adaptation once published, else its files); a
   * trainer-made course's draft for its owner and admins; another trainer's course as published
   * (every trainer may read and export what learners can take); 404 for someone else's draft.
   */
  async latest(courseId: string, user: User): Promise<ResolvedCourse> {
    if (this.catalogue.hasCourse(courseId)) {
      const { course, versionId } = await this.catalogue.published(courseId);
      return { course, source: 'catalogue', versionId };
    }
    const row = await this.trainerCourses.findOneBy({ id: courseId });
    if (!row) throw new NotFoundException(`No course "${courseId}".`);
    if (user.role === 'admin' || row.ownerId === user.id)
      return { course: JSON.parse(row.content) as Course, source: 'trainer', versionId: row.publishedVersionId };
    if (!row.publishedVersionId) throw new NotFoundException(`No course "${courseId}".`);
    const { course, versionId } = await this.catalogue.published(courseId);
    return { course, source: 'trainer', versionId };
  }

  /** The version new enrolments go on; 409 for a trainer course never published. */
  async forEnrolment(courseId: string): Promise<{ versionId: string }> {
    if (!this.catalogue.hasCourse(courseId)) {
      const row = await this.trainerCourses.findOneBy({ id: courseId });
      if (!row) throw new NotFoundException(`No course "${courseId}".`);
      if (!row.publishedVersionId) throw new ConflictException(`Course "${courseId}" has no published version yet.`);
    }
    // The catalogue is the one answer to "which version do learners get" (curriculum and trainer-made alike).
    const { versionId } = await this.catalogue.published(courseId);
    return { versionId };
  }
}
