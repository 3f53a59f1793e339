import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { asLanguage, localizeCourse } from '@vt/courses';
import { In, type Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CourseResolver } from '../authoring/course-resolver.service.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { isUniqueViolation } from '../common/database-errors.js';
import { Transactions } from '../database/transactions.js';
import type { EnrolmentView } from '../enrolments/enrolment-view.js';
import { Enrolment } from '../enrolments/enrolment.entity.js';
import { EnrolmentsService } from '../enrolments/enrolments.service.js';
import { User } from '../users/user.entity.js';
import { CohortInvitation } from './cohort-invitation.entity.js';
import { CohortMember } from './cohort-member.entity.js';
import { Cohort } from './cohort.entity.js';

/** A pending invitation as its learner sees it (docs/api.md, `Invitation`). */
export interface InvitationView {
  cohortId: string;
  cohortName: string;
  courseId: string;
  courseTitle: string;
  trainerName: string;
  invitedAt: string;
}

/**
 * The learner's side of an invitation (docs/decisions/0014): only the invited account sees it,
 * accepts it (becoming a member, so the trainer starts to see them) or declines it. Anyone else
 * gets 404 for it, as for every id that is not theirs.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectRepository(CohortInvitation) private readonly invitations: Repository<CohortInvitation>,
    private readonly courses: CourseResolver,
    private readonly catalogue: CatalogueService,
    private readonly enrolments: EnrolmentsService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  async pending(user: User): Promise<InvitationView[]> {
    const rows = await this.invitations.find({ where: { userId: user.id, state: 'invited' }, order: { invitedAt: 'ASC' } });
    if (rows.length === 0) return [];
    const manager = this.invitations.manager;
    const cohorts = new Map((await manager.findBy(Cohort, { id: In(rows.map((r) => r.cohortId)) })).map((c) => [c.id, c]));
    const trainers = new Map((await manager.findBy(User, { id: In([...cohorts.values()].map((c) => c.ownerId)) })).map((u) => [u.id, u]));
    const views: InvitationView[] = [];
    for (const row of rows) {
      const cohort = cohorts.get(row.cohortId);
      if (!cohort) continue;
      views.push({
        cohortId: cohort.id,
        cohortName: cohort.name,
        courseId: cohort.courseId,
        courseTitle: await this.courseTitle(cohort.courseId, user.language),
        trainerName: trainers.get(cohort.ownerId)?.displayName ?? '',
        invitedAt: row.invitedAt.toISOString(),
      });
    }
    return views;
  }

  /**
   * Joins the cohort: the learner's enrolment on its course (the one they have, or a new one with
   * the cohort's due date) becomes the cohort's, and from now on its trainer sees it.
   */
  async accept(cohortId: string, user: User): Promise<EnrolmentView> {
    const { cohort } = await this.own(cohortId, user);
    const { versionId } = await this.courses.forEnrolment(cohort.courseId);
    let enrolmentId: string;
    try {
      enrolmentId = await this.transactions.run(async (manager) => {
        const claimed = await manager.delete(CohortInvitation, { cohortId, userId: user.id, state: 'invited' });
        if (claimed.affected !== 1) throw new NotFoundException('No such invitation.');
        const now = new Date();
        let enrolment = await manager.findOneBy(Enrolment, { userId: user.id, courseId: cohort.courseId });
        if (!enrolment) {
          enrolment = manager.create(Enrolment, {
            userId: user.id,
            courseId: cohort.courseId,
            courseVersionId: versionId,
            enrolledAt: now,
            dueAt: cohort.dueAt,
          });
          await manager.insert(Enrolment, enrolment);
        }
        await manager.insert(CohortMember, { cohortId, userId: user.id, enrolmentId: enrolment.id, addedAt: now });
        await this.audit.record(manager, 'cohort.invitation-accepted', user.id, user.id, { cohortId });
        return enrolment.id;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new NotFoundException('No such invitation.');
      throw error;
    }
    return this.enrolments.view(await this.enrolments.findReadable(enrolmentId, user), user);
  }

  /** Declines: the invitation stays, declined, so the same cohort does not ask again. */
  async decline(cohortId: string, user: User): Promise<void> {
    await this.own(cohortId, user);
    await this.transactions.run(async (manager) => {
      const answered = await manager.update(CohortInvitation, { cohortId, userId: user.id, state: 'invited' }, { state: 'declined', answeredAt: new Date() });
      if (answered.affected !== 1) throw new NotFoundException('No such invitation.');
      await this.audit.record(manager, 'cohort.invitation-declined', user.id, user.id, { cohortId });
    });
  }

  private async own(cohortId: string, user: User): Promise<{ invitation: CohortInvitation; cohort: Cohort }> {
    const invitation = await this.invitations.findOneBy({ cohortId, userId: user.id, state: 'invited' });
    const cohort = invitation ? await this.invitations.manager.findOneBy(Cohort, { id: cohortId }) : null;
    if (!invitation || !cohort) throw new NotFoundException('No such invitation.');
    return { invitation, cohort };
  }

  private async courseTitle(courseId: string, language: string): Promise<string> {
    try {
      const { versionId } = await this.courses.forEnrolment(courseId);
      return localizeCourse(await this.catalogue.getVersion(versionId), asLanguage(language)).text.title;
    } catch {
      return courseId;
    }
  }
}
