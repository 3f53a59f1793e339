import { Inject, Injectable, Logger, NotFoundException, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Course } from '@vt/courses';
import { courseContentHash, loadCurriculum } from '@vt/courses/node';
import { In, IsNull, Not, type Repository } from 'typeorm';
import { isUniqueViolation } from '../common/database-errors.js';
import { TrainerCourse } from '../authoring/trainer-course.entity.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CourseVersion } from './course-version.entity.js';

/** A course with the stored version it is served as. */
export interface VersionedCourse {
  course: Course;
  versionId: string;
  contentHash: string;
}

/**
 * The courses learners see: the curriculum from courses/ and the trainer-made courses once published.
 * The curriculum from courses/, loaded and validated once at start-up and recorded in
 * `course_versions` by content hash, so that a changed course becomes a new version while
 * existing enrolments keep theirs.
 */
@Injectable()
export class CatalogueService implements OnModuleInit {
  private readonly logger = new Logger(CatalogueService.name);
  private current = new Map<string, VersionedCourse>();
  private readonly byVersionId = new Map<string, Course>();
  private readonly hashByVersionId = new Map<string, string>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(CourseVersion) private readonly versions: Repository<CourseVersion>,
    @InjectRepository(TrainerCourse) private readonly trainerCourses: Repository<TrainerCourse>,
  ) {}

  async onModuleInit(): Promise<void> {
    const courses = loadCurriculum(this.config.coursesDir).courses;
    const current = new Map<string, VersionedCourse>();
    for (const course of courses) {
      const versioned = await this.sync(course);
      current.set(course.settings.id, versioned);
      this.byVersionId.set(versioned.versionId, course);
      this.hashByVersionId.set(versioned.versionId, versioned.contentHash);
    }
    this.current = current;
    this.logger.log(`Loaded ${courses.length} course(s) from ${this.config.coursesDir}`);
    await this.warnAboutOutdatedAdaptations();
  }

  /** Adaptations the files have moved past are no longer served: say so once at start-up. */
  private async warnAboutOutdatedAdaptations(): Promise<void> {
    const ids = [...this.current.keys()];
    if (ids.length === 0) return;
    const rows = await this.trainerCourses.find({ where: { id: In(ids) }, select: { id: true, basedOnHash: true } });
    for (const row of rows) {
      if (row.basedOnHash !== this.current.get(row.id)?.contentHash)
        this.logger.warn(`The curriculum files of "${row.id}" changed: its trainer adaptation is no longer served until it is started again.`);
    }
  }

  private async sync(course: Course): Promise<VersionedCourse> {
    const contentHash = courseContentHash(course);
    const courseId = course.settings.id;
    let row = await this.versions.findOneBy({ courseId, contentHash });
    if (!row) {
      const { settings, questions, texts } = course;
      try {
        row = await this.versions.save(
          this.versions.create({
            courseId,
            contentHash,
            version: settings.version,
            content: JSON.stringify({ settings, questions, texts }),
            syncedAt: new Date(),
          }),
        );
      } catch (error) {
        // Another process synced the same content at the same moment: use its row.
        if (!isUniqueViolation(error)) throw error;
        row = await this.versions.findOneByOrFail({ courseId, contentHash });
      }
    }
    return { course, versionId: row.id, contentHash };
  }

  listCourses(): Course[] {
    return [...this.current.values()].map((v) => v.course);
  }

  /** The current version of a course; 404 when there is no such course. */
  getCourse(courseId: string): VersionedCourse {
    const found = this.current.get(courseId);
    if (!found) throw new NotFoundException(`No course "${courseId}".`);
    return found;
  }

  hasCourse(courseId: string): boolean {
    return this.current.has(courseId);
  }

  /** The course exactly as a stored version had it (an enrolment's, an attempt's). */
  async getVersion(versionId: string): Promise<Course> {
    return (await this.versioned(versionId)).course;
  }

  /** A stored version with its content hash; versions never change, so they are kept once read. */
  private async versioned(versionId: string): Promise<VersionedCourse> {
    const cached = this.byVersionId.get(versionId);
    const cachedHash = this.hashByVersionId.get(versionId);
    if (cached && cachedHash) return { course: cached, versionId, contentHash: cachedHash };
    const row = await this.versions.findOneBy({ id: versionId });
    if (!row) throw new NotFoundException('That course version no longer exists.');
    const course = JSON.parse(row.content) as Course;
    this.byVersionId.set(versionId, course);
    this.hashByVersionId.set(versionId, row.contentHash);
    return { course, versionId, contentHash: row.contentHash };
  }

  /**
   * What learners can find and enrol on: a curriculum course's adaptation while it is current (see
   * `servedAdaptation`), else its files' version; a trainer-made course's last published version
   * (read from the database each time, so every process sees a publish at once). 404 for an
   * unknown or never-published course.
   */
  async published(courseId: string): Promise<VersionedCourse> {
    const row = await this.trainerCourses.findOne({ where: { id: courseId }, select: { id: true, publishedVersionId: true, basedOnHash: true } });
    const curriculum = this.current.get(courseId);
    if (curriculum) {
      const adaptation = row && this.servedAdaptation(row, curriculum);
      return adaptation ? this.versioned(adaptation) : curriculum;
    }
    if (!row?.publishedVersionId) throw new NotFoundException(`No course "${courseId}".`);
    return this.versioned(row.publishedVersionId);
  }

  /**
   * Decision 0012: a published adaptation of a curriculum course wins while the files still hash to
   * what it was started from; once the files change, the files win (on every process, at every
   * start, with no state to flip back). Returns the adaptation's version id, or null.
   */
  private servedAdaptation(row: Pick<TrainerCourse, 'publishedVersionId' | 'basedOnHash'>, files: VersionedCourse): string | null {
    return row.publishedVersionId && row.basedOnHash === files.contentHash ? row.publishedVersionId : null;
  }

  /** The files' content hash of a curriculum course (what an adaptation must be based on); undefined for others. */
  filesHash(courseId: string): string | undefined {
    return this.current.get(courseId)?.contentHash;
  }

  /** Every course learners can find: the curriculum (adapted where current), then the published trainer-made courses. */
  async listPublished(): Promise<VersionedCourse[]> {
    const rows = await this.trainerCourses.find({
      where: { publishedVersionId: Not(IsNull()) },
      select: { id: true, publishedVersionId: true, basedOnHash: true },
      order: { id: 'ASC' },
    });
    const adapted = new Map(rows.filter((row) => this.current.has(row.id)).map((row) => [row.id, row]));
    const curriculum = await Promise.all(
      [...this.current.values()].map((files) => {
        const row = adapted.get(files.course.settings.id);
        const adaptation = row && this.servedAdaptation(row, files);
        return adaptation ? this.versioned(adaptation) : files;
      }),
    );
    const trainerMade = await Promise.all(rows.filter((row) => !this.current.has(row.id)).map((row) => this.versioned(row.publishedVersionId as string)));
    return [...curriculum, ...trainerMade];
  }
}
