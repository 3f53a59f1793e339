import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { toEnrolmentView } from '../enrolments/enrolment-view.js';
import { EnrolmentsService } from '../enrolments/enrolments.service.js';
import { Attempt } from '../quizzes/attempt.entity.js';
import { User } from '../users/user.entity.js';
import { toIso } from './reports.service.js';

/** Contract types (docs/api.md, Trainer workspace), defined once in the course model. */
export type { CohortProgressView as CohortProgress, LearnerDetailView as LearnerDetail, LearnerProgressView as LearnerProgress } from '@vt/courses';
import type { CohortProgressView as CohortProgress, LearnerDetailView as LearnerDetail, LearnerProgressView as LearnerProgress } from '@vt/courses';

/** Progress of a cohort's learners, from their enrolments (cohorts are hundreds, not millions: read in full). */
@Injectable()
export class CohortProgressService {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly enrolments: EnrolmentsService,
    private readonly catalogue: CatalogueService,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Attempt) private readonly attempts: Repository<Attempt>,
  ) {}

  async progress(cohortId: string, user: User): Promise<CohortProgress> {
    const cohort = await this.cohorts.findVisible(cohortId, user);
    const members = await this.cohorts.listMembers(cohort.id);
    const enrolments = new Map((await this.enrolments.findByIds(members.map((m) => m.enrolmentId))).map((e) => [e.id, e]));
    const learners = new Map((members.length ? await this.users.findBy({ id: In(members.map((m) => m.userId)) }) : []).map((u) => [u.id, u]));
    const rows: LearnerProgress[] = [];
    for (const member of members) {
      const enrolment = enrolments.get(member.enrolmentId);
      const learner = learners.get(member.userId);
      if (!enrolment || !learner) continue;
      const course = await this.catalogue.getVersion(enrolment.courseVersionId);
      rows.push({
        userId: learner.id,
        name: learner.displayName,
        email: learner.email,
        country: learner.country,
        language: learner.language,
        enrolment: toEnrolmentView(enrolment, course, learner.language),
      });
    }
    const count = (status: string) => rows.filter((r) => r.enrolment.status === status).length;
    return {
      cohortId: cohort.id,
      courseId: cohort.courseId,
      counts: { total: rows.length, enrolled: count('enrolled'), inProgress: count('in-progress'), completed: count('completed'), overdue: count('overdue') },
      learners: rows,
    };
  }

  /** One learner of the cohort: enrolment and every attempt's outcome (no answers: see the attempt endpoints). */
  async learner(cohortId: string, userId: string, user: User): Promise<LearnerDetail> {
    const cohort = await this.cohorts.findVisible(cohortId, user);
    const member = await this.cohorts.member(cohort, userId);
    const [enrolment] = await this.enrolments.findByIds([member.enrolmentId]);
    const learner = await this.users.findOneByOrFail({ id: userId });
    const course = await this.catalogue.getVersion(enrolment.courseVersionId);
    const attempts = await this.attempts.find({ where: { enrolmentId: enrolment.id }, order: { number: 'ASC' } });
    return {
      userId: learner.id,
      name: learner.displayName,
      email: learner.email,
      country: learner.country,
      language: learner.language,
      enrolment: toEnrolmentView(enrolment, course, learner.language),
      attempts: attempts.map((a) => ({
        id: a.id,
        number: a.number,
        startedAt: toIso(a.startedAt),
        language: a.language,
        ...(a.submittedAt ? { submittedAt: toIso(a.submittedAt) } : {}),
        ...(a.score !== null ? { score: a.score } : {}),
        ...(a.passed !== null ? { passed: a.passed } : {}),
      })),
    };
  }
}
