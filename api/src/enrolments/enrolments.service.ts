import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { CertificatesService } from '../certificates/certificates.service.js';
import { CohortMember } from '../cohorts/cohort-member.entity.js';
import { membersOfCohortsOwnedBy } from '../cohorts/cohort-membership.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { isUniqueViolation } from '../common/database-errors.js';
import { Transactions } from '../database/transactions.js';
import type { User } from '../users/user.entity.js';
import { normaliseEmail, UsersService } from '../users/users.service.js';
import type { ProgressDto } from './dto/enrolment.dto.js';
import { Enrolment } from './enrolment.entity.js';
import { ProgressWriter } from './progress-writer.js';
import { hasCompleted, toEnrolmentView, type EnrolmentView } from './enrolment-view.js';

@Injectable()
export class EnrolmentsService {
  constructor(
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
    private readonly catalogue: CatalogueService,
    private readonly certificates: CertificatesService,
    private readonly users: UsersService,
    private readonly transactions: Transactions,
    private readonly progress: ProgressWriter,
  ) {}

  async view(enrolment: Enrolment, user: Pick<User, 'language'>): Promise<EnrolmentView> {
    const course = await this.catalogue.getVersion(enrolment.courseVersionId);
    // A certificate is only ever issued on completion: no need to look for one before.
    const code = enrolment.completedAt ? await this.certificates.codeForEnrolment(enrolment.id) : undefined;
    return toEnrolmentView(enrolment, course, user.language, code);
  }

  findActiveEnrolment(userId: string, courseId: string): Promise<Enrolment | null> {
    return this.enrolments.findOneBy({ userId, courseId });
  }

  /** Enrols a user on the current version of a course; returns the existing enrolment if there is one. */
  async enrol(userId: string, courseId: string, dueAt?: Date): Promise<{ enrolment: Enrolment; created: boolean }> {
    const { versionId } = await this.catalogue.published(courseId);
    const existing = await this.findActiveEnrolment(userId, courseId);
    if (existing) return { enrolment: existing, created: false };
    const enrolment = this.enrolments.create({ userId, courseId, courseVersionId: versionId, enrolledAt: new Date(), dueAt: dueAt ?? null });
    try {
      await this.transactions.run((manager) => manager.insert(Enrolment, enrolment));
      return { enrolment: await this.enrolments.findOneByOrFail({ id: enrolment.id }), created: true };
    } catch (error) {
      // Two "enrol" taps at once: the unique (user, course) key lets one win; the other gets it.
      if (!isUniqueViolation(error)) throw error;
      return { enrolment: await this.enrolments.findOneByOrFail({ userId, courseId }), created: false };
    }
  }

  async listForUser(user: User): Promise<EnrolmentView[]> {
    const rows = await this.enrolments.find({ where: { userId: user.id }, order: { enrolledAt: 'ASC' } });
    const codes = await this.certificates.codesForEnrolments(rows.map((r) => r.id));
    return Promise.all(rows.map(async (row) => toEnrolmentView(row, await this.catalogue.getVersion(row.courseVersionId), user.language, codes.get(row.id))));
  }

  /**
   * Whether the user oversees someone else's enrolment: an admin oversees all, a trainer only the
   * enrolments of their own cohorts' learners (the enrolment the cohort gave or found), a trainee none.
   */
  async oversees(enrolmentId: string, user: User): Promise<boolean> {
    if (user.role === 'admin') return true;
    if (user.role !== 'trainer') return false;
    return this.enrolments.manager
      .createQueryBuilder(CohortMember, 'member')
      .innerJoin(Cohort, 'cohort', 'cohort.id = member.cohortId')
      .where('member.enrolmentId = :enrolmentId AND cohort.ownerId = :ownerId', { enrolmentId, ownerId: user.id })
      .getExists();
  }

  /** The enrolment if the user may read it (its learner, the trainer of its cohort, an admin); 404 otherwise, so ids do not leak. */
  async findReadable(id: string, user: User): Promise<Enrolment> {
    const enrolment = await this.enrolments.findOneBy({ id });
    if (!enrolment || (enrolment.userId !== user.id && !(await this.oversees(id, user)))) throw new NotFoundException('No such enrolment.');
    return enrolment;
  }

  /** The enrolment if it is the user's own: only its learner records progress or takes its quiz. */
  async findOwn(id: string, user: User): Promise<Enrolment> {
    const enrolment = await this.findReadable(id, user);
    if (enrolment.userId !== user.id) throw new ForbiddenException('Only the learner can do this.');
    return enrolment;
  }

  /**
   * Applies one progress event. Ordered and idempotent: an event whose seq is not above the last
   * one changes nothing; a completed lesson stays completed; the bookmark follows the highest seq.
   * The hot path is one conditional UPDATE (progress-writer.ts), the hottest write of the platform.
   */
  async recordProgress(id: string, user: User, dto: ProgressDto): Promise<EnrolmentView> {
    const owner = await this.progress.owner(id);
    if (owner?.userId !== user.id) {
      // Off the hot path: only a request by someone other than the learner looks at cohorts.
      if (!owner || !(await this.oversees(id, user))) throw new NotFoundException('No such enrolment.');
      throw new ForbiddenException('Only the learner can do this.');
    }
    const course = await this.catalogue.getVersion(owner.courseVersionId);
    if (!course.settings.lessons.includes(dto.lessonId)) {
      throw new BadRequestException({ message: 'Unknown lesson.', errors: [{ field: 'lessonId', message: 'is not a lesson of this course' }] });
    }
    const { enrolment, changed } = await this.progress.apply(id, user.id, dto);
    if (!enrolment) throw new NotFoundException('No such enrolment.');
    // Completion (and the certificate) is the rare case: only then a full transaction.
    if (changed && !enrolment.completedAt && hasCompleted(course, enrolment)) {
      const completed = await this.transactions.run(async (manager) => {
        const current = await manager.findOneOrFail(Enrolment, { where: { id }, ...this.transactions.forUpdate() });
        await this.completeIfDue(manager, current, user);
        return current;
      });
      return this.view(completed, user);
    }
    return this.view(enrolment, user);
  }

  /** Marks the enrolment completed and issues its certificate when the completion rule holds. Idempotent. */
  async completeIfDue(manager: EntityManager, enrolment: Enrolment, learner: User): Promise<void> {
    if (enrolment.completedAt) return;
    const course = await this.catalogue.getVersion(enrolment.courseVersionId);
    if (!hasCompleted(course, enrolment)) return;
    enrolment.completedAt = new Date();
    await manager.update(Enrolment, { id: enrolment.id }, { completedAt: enrolment.completedAt });
    await this.certificates.issue(manager, enrolment, course, learner);
  }

  /**
   * A trainer or admin enrols several people by email. An admin may enrol anyone and unknown emails
   * are reported, not fatal. A trainer may enrol only learners of their own cohorts: any other
   * email (unknown or someone else's) refuses the whole request with 403 before anything is
   * written, and the two cases are answered alike so a trainer cannot probe which emails have accounts.
   */
  async bulkEnrol(
    courseId: string,
    emails: string[],
    dueAt: Date | undefined,
    actor: User,
  ): Promise<{ enrolled: EnrolmentView[]; errors: { email: string; message: string }[] }> {
    await this.catalogue.published(courseId);
    const wanted = [...new Set(emails.map(normaliseEmail))];
    const users = new Map((await this.users.findByEmails(wanted)).map((u) => [u.email, u]));
    if (actor.role !== 'admin') {
      const members = await membersOfCohortsOwnedBy(
        this.enrolments.manager,
        actor.id,
        [...users.values()].map((u) => u.id),
      );
      const outside = wanted.filter((email) => !members.has(users.get(email)?.id ?? ''));
      if (outside.length > 0) throw new ForbiddenException(`A trainer may enrol only learners of their own cohorts; not: ${outside.join(', ')}.`);
    }
    const enrolled: EnrolmentView[] = [];
    const errors: { email: string; message: string }[] = [];
    for (const email of wanted) {
      const user = users.get(email);
      if (!user) {
        errors.push({ email, message: 'No account with this email.' });
        continue;
      }
      const { enrolment, created } = await this.enrol(user.id, courseId, dueAt);
      if (!created && dueAt) await this.transactions.run((manager) => manager.update(Enrolment, { id: enrolment.id }, { dueAt }));
      enrolled.push(await this.view(await this.enrolments.findOneByOrFail({ id: enrolment.id }), user));
    }
    return { enrolled, errors };
  }

  /** Sets a new due date (an extension); progress, attempts and results are untouched. */
  async setDueDate(id: string, dueAt: Date, user: User): Promise<EnrolmentView> {
    const enrolment = await this.enrolments.findOneBy({ id });
    if (!enrolment || !(await this.oversees(id, user))) throw new NotFoundException('No such enrolment.');
    await this.transactions.run((manager) => manager.update(Enrolment, { id }, { dueAt }));
    const learner = await this.users.findById(enrolment.userId);
    return this.view({ ...enrolment, dueAt }, learner ?? { language: 'en' });
  }

  findByIds(ids: string[]): Promise<Enrolment[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.enrolments.findBy({ id: In(ids) });
  }
}
