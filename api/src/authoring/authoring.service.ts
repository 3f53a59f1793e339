import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isError, seededRandom, toLearnerQuestion, validateCourse, type Course, type Language, type LearnerQuestion, type Problem } from '@vt/courses';
import { courseContentHash } from '@vt/courses/node';
import type { Repository } from 'typeorm';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { CourseVersion } from '../catalogue/course-version.entity.js';
import { isUniqueViolation } from '../common/database-errors.js';
import { Transactions } from '../database/transactions.js';
import type { User } from '../users/user.entity.js';
import type { CourseContentDto, QuestionDto } from './dto/authoring.dto.js';
import { TrainerCourse } from './trainer-course.entity.js';

/** Contract type (docs/api.md, Trainer workspace), defined once in the course model. */
export type { TrainerCourseView } from '@vt/courses';
import type { TrainerCourseView } from '@vt/courses';

/** Validation problems as problem+json field errors: the field is `file` + key path, as an author reads it. */
function toFieldErrors(problems: Problem[]): { field: string; message: string }[] {
  return problems.map((p) => ({ field: [p.file ?? 'course', ...(p.path ?? [])].join('.').replace(/\/\./, '/'), message: p.message }));
}

/** The model's validator: the course's shape against the schemas, then every rule; it never throws. */
export function problemsOf(course: Course): Problem[] {
  return validateCourse(course);
}

@Injectable()
export class AuthoringService {
  constructor(
    @InjectRepository(TrainerCourse) private readonly courses: Repository<TrainerCourse>,
    private readonly catalogue: CatalogueService,
    private readonly transactions: Transactions,
  ) {}

  private toCourse(dto: CourseContentDto): Course {
    return { settings: dto.settings, questions: dto.questions, texts: dto.texts as Course['texts'] };
  }

  private view(row: TrainerCourse): TrainerCourseView {
    const course = JSON.parse(row.content) as Course;
    const filesHash = this.catalogue.filesHash(row.id);
    return {
      ...(filesHash ? { adaptation: { outdated: row.basedOnHash !== filesHash } } : {}),
      id: row.id,
      ownerId: row.ownerId,
      title: course.texts.en?.title ?? row.id,
      questionCount: course.questions.length,
      ...(row.publishedVersionId ? { publishedVersionId: row.publishedVersionId } : {}),
      updatedAt: row.updatedAt.toISOString(),
      course,
      problems: problemsOf(course),
    };
  }

  /** Refuses (400 with one field error per problem) a course the model's validator rejects. */
  private assertValid(course: Course): void {
    const errors = problemsOf(course).filter(isError);
    if (errors.length > 0)
      throw new BadRequestException({ title: 'invalid course', message: `The course has ${errors.length} problem(s).`, errors: toFieldErrors(errors) });
  }

  validate(dto: CourseContentDto): { problems: Problem[] } {
    return { problems: problemsOf(this.toCourse(dto)) };
  }

  async findEditable(id: string, user: User): Promise<TrainerCourse> {
    const row = await this.courses.findOneBy({ id });
    if (!row || (user.role !== 'admin' && row.ownerId !== user.id)) throw new NotFoundException(`No trainer course "${id}".`);
    return row;
  }

  async list(user: User): Promise<Omit<TrainerCourseView, 'course' | 'problems'>[]> {
    const rows = await this.courses.find({ where: user.role === 'admin' ? {} : { ownerId: user.id }, order: { updatedAt: 'DESC' } });
    return rows.map((row) => {
      const { course: _course, problems: _problems, ...summary } = this.view(row);
      return summary;
    });
  }

  async get(id: string, user: User): Promise<TrainerCourseView> {
    return this.view(await this.findEditable(id, user));
  }

  async create(dto: CourseContentDto, user: User): Promise<TrainerCourseView> {
    const course = this.toCourse(dto);
    this.assertValid(course);
    const id = course.settings.id;
    if (this.catalogue.hasCourse(id)) throw new ConflictException(`"${id}" is a curriculum course id.`);
    const row = this.courses.create({
      id,
      ownerId: user.id,
      content: JSON.stringify(course),
      publishedVersionId: null,
      basedOnHash: null,
      updatedAt: new Date(),
    });
    try {
      await this.transactions.run((manager) => manager.insert(TrainerCourse, row));
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException(`A course "${id}" already exists.`);
      throw error;
    }
    return this.view(row);
  }

  private async save(row: TrainerCourse, course: Course): Promise<TrainerCourseView> {
    this.assertValid(course);
    row.content = JSON.stringify(course);
    row.updatedAt = new Date();
    await this.transactions.run((manager) => manager.update(TrainerCourse, { id: row.id }, { content: row.content, updatedAt: row.updatedAt }));
    return this.view(row);
  }

  async replace(id: string, dto: CourseContentDto, user: User): Promise<TrainerCourseView> {
    const row = await this.findEditable(id, user);
    const course = this.toCourse(dto);
    if (course.settings?.id !== id)
      throw new BadRequestException({
        title: 'invalid course',
        message: 'settings.id cannot change.',
        errors: [{ field: 'settings.id', message: `must be "${id}"` }],
      });
    return this.save(row, course);
  }

  /** Adds or replaces one question of the bank, with its text in each language given. */
  async putQuestion(id: string, questionId: string, dto: QuestionDto, user: User): Promise<TrainerCourseView> {
    const row = await this.findEditable(id, user);
    if (dto.question.id !== questionId)
      throw new BadRequestException({
        title: 'invalid question',
        message: 'question.id must match the path.',
        errors: [{ field: 'question.id', message: `must be "${questionId}"` }],
      });
    const course = JSON.parse(row.content) as Course;
    const index = course.questions.findIndex((q) => q.id === questionId);
    if (index >= 0) course.questions[index] = dto.question;
    else course.questions.push(dto.question);
    for (const [lang, text] of Object.entries(dto.texts)) {
      const courseText = course.texts[lang as Language];
      if (!courseText)
        throw new BadRequestException({
          title: 'invalid question',
          message: `The course has no ${lang} text.`,
          errors: [{ field: `texts.${lang}`, message: 'the course has no text in this language' }],
        });
      if (text) courseText.questions[questionId] = text;
    }
    return this.save(row, course);
  }

  async deleteQuestion(id: string, questionId: string, user: User): Promise<TrainerCourseView> {
    const row = await this.findEditable(id, user);
    const course = JSON.parse(row.content) as Course;
    if (!course.questions.some((q) => q.id === questionId)) throw new NotFoundException(`No question "${questionId}".`);
    course.questions = course.questions.filter((q) => q.id !== questionId);
    for (const text of Object.values(course.texts)) if (text) delete text.questions[questionId];
    return this.save(row, course);
  }

  /** The question exactly as a learner would get it: no keys, no feedback, options in authored order. */
  async previewQuestion(id: string, questionId: string, lang: Language, user: User): Promise<LearnerQuestion> {
    const course = JSON.parse((await this.findEditable(id, user)).content) as Course;
    const question = course.questions.find((q) => q.id === questionId);
    if (!question) throw new NotFoundException(`No question "${questionId}".`);
    return toLearnerQuestion(question, course.texts[lang]?.questions[questionId], course.texts.en?.questions[questionId], {
      shuffleOptions: false,
      random: seededRandom('preview'),
    });
  }

  /**
   * Opens an existing curriculum course in the builder (decision 0012): a draft with the course's
   * id and the content learners get now, shared by the admins; publishing it makes a new version of
   * that course. Admins only: the curriculum is shared by every trainer's cohorts. `restart` starts
   * the draft again from what learners get now (the way out once the files have changed).
   */
  async adapt(id: string, user: User, restart = false): Promise<{ created: boolean; view: TrainerCourseView }> {
    const filesHash = this.catalogue.filesHash(id);
    if (!filesHash) {
      // A trainer-made course is already edited in place by its owner (and admins).
      return { created: false, view: this.view(await this.findEditable(id, user)) };
    }
    if (user.role !== 'admin') throw new ForbiddenException('Only an admin may change a curriculum course.');
    const existing = await this.courses.findOneBy({ id });
    if (existing && !restart) return { created: false, view: this.view(existing) };
    const served = await this.catalogue.published(id);
    const { settings, questions, texts } = served.course;
    const content = JSON.stringify({ settings, questions, texts });
    const now = new Date();
    if (existing) {
      await this.transactions.run((manager) => manager.update(TrainerCourse, { id }, { content, basedOnHash: filesHash, updatedAt: now }));
      return { created: false, view: this.view(Object.assign(existing, { content, basedOnHash: filesHash, updatedAt: now })) };
    }
    const row = this.courses.create({ id, ownerId: user.id, content, publishedVersionId: null, basedOnHash: filesHash, updatedAt: now });
    try {
      await this.transactions.run((manager) => manager.insert(TrainerCourse, row));
    } catch (error) {
      // Another admin opened it at the same moment: theirs is the draft.
      if (!isUniqueViolation(error)) throw error;
      return { created: false, view: this.view(await this.courses.findOneByOrFail({ id })) };
    }
    return { created: true, view: this.view(row) };
  }

  /**
   * Publishes the current content as a new course version (attaching the quiz as it now stands).
   * Existing enrolments keep the version they are on; new enrolments get this one. New content gets
   * a version number above every earlier one of the course; the same content twice is the same version.
   */
  async publish(id: string, user: User): Promise<{ versionId: string; contentHash: string; version: number }> {
    const row = await this.findEditable(id, user);
    const filesHash = this.catalogue.filesHash(id);
    if (filesHash && user.role !== 'admin') throw new ForbiddenException('Only an admin may change a curriculum course.');
    if (filesHash && row.basedOnHash !== filesHash) {
      throw new ConflictException('The curriculum files of this course changed since this draft was started; start the draft again.');
    }
    let course = JSON.parse(row.content) as Course;
    this.assertValid(course);
    return this.transactions.run(async (manager) => {
      let contentHash = courseContentHash(course);
      let version = await manager.findOneBy(CourseVersion, { courseId: id, contentHash });
      if (!version) {
        const latest = await manager.findOne(CourseVersion, { where: { courseId: id }, order: { version: 'DESC' }, select: { id: true, version: true } });
        if (latest && latest.version >= course.settings.version) {
          course = { ...course, settings: { ...course.settings, version: latest.version + 1 } };
          contentHash = courseContentHash(course);
        }
        version = await manager.findOneBy(CourseVersion, { courseId: id, contentHash });
      }
      const content = JSON.stringify(course);
      if (!version) {
        version = manager.create(CourseVersion, { courseId: id, contentHash, version: course.settings.version, content, syncedAt: new Date() });
        await manager.insert(CourseVersion, version);
      }
      // The draft keeps the number it was published under, so publishing it again is the same version.
      await manager.update(TrainerCourse, { id }, { publishedVersionId: version.id, content });
      return { versionId: version.id, contentHash, version: version.version };
    });
  }
}
