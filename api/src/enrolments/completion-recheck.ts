import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { isUniqueViolation } from '../common/database-errors.js';
import { MaintenanceRun } from '../database/maintenance-run.entity.js';
import { Transactions } from '../database/transactions.js';
import { UsersService } from '../users/users.service.js';
import { completedLessons, hasCompleted } from './enrolment-view.js';
import { Enrolment } from './enrolment.entity.js';
import { EnrolmentsService } from './enrolments.service.js';

/** The marker of this one-time task in `maintenance_runs`. */
export const COMPLETION_RECHECK = 'completion-recheck-reached-end';

/**
 * The lessons an enrolment recorded before issue 16 shows the learner went past. Until then the
 * web app sent `viewed` when a lesson opened and counted a lesson only on "Mark as completed".
 * Of the `viewed` updates only the last one's lesson is stored (the bookmark) and the sequence
 * counter (`lastSeq`, one per update sent). A `viewed` on lesson k means the learner opened
 * lesson k, not that they read it; but the way forward was the "Next lesson" link under each
 * lesson's text, so a learner bookmarked on lesson k who sent at least k updates (enough to have
 * opened lessons 1…k one by one) went past the end of lessons 1…k-1. Lesson k itself counts only
 * when it is the last lesson and the learner went on to the quiz (its link sits under the last
 * lesson's text). Anything else (fewer updates: lessons skipped through the contents list) counts
 * nothing. Decision 0017 says why, and when to reverse it.
 */
export function lessonsPassedThrough(lessonIds: readonly string[], stored: Pick<Enrolment, 'bookmark' | 'lastSeq' | 'attemptsUsed'>): string[] {
  const position = stored.bookmark ? lessonIds.indexOf(stored.bookmark) : -1;
  if (position < 0 || stored.lastSeq < position + 1) return [];
  const isLast = position === lessonIds.length - 1;
  return lessonIds.slice(0, isLast && stored.attemptsUsed > 0 ? position + 1 : position);
}

/**
 * Issue 16 changed the lesson rule (a lesson is completed once its end is reached) and applies it
 * to existing enrolments once, at start-up (under the start-up lock on PostgreSQL, main.ts): each
 * enrolment not yet completed gains the lessons it went past (above), and when the course's
 * completion rule now holds it is completed and its certificate issued. Idempotent: lessons are
 * added as a set, completion and certificates are issued once; the marker row stops a second run.
 */
@Injectable()
export class CompletionRecheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('CompletionRecheck');

  constructor(
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
    @InjectRepository(MaintenanceRun) private readonly runs: Repository<MaintenanceRun>,
    private readonly catalogue: CatalogueService,
    private readonly users: UsersService,
    private readonly transactions: Transactions,
    private readonly service: EnrolmentsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.runs.existsBy({ name: COMPLETION_RECHECK })) return;
    const outcome = await this.recheck();
    try {
      await this.transactions.run((manager) =>
        manager.insert(MaintenanceRun, { name: COMPLETION_RECHECK, ranAt: new Date(), outcome: JSON.stringify(outcome) }),
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error; // another process on the same SQLite file finished first
    }
    if (outcome.lessonsAdded > 0) this.logger.log(`Completion re-check: ${outcome.lessonsAdded} lessons counted, ${outcome.completed} enrolments completed.`);
  }

  /** Re-checks every enrolment not yet completed; returns what changed. */
  async recheck(): Promise<{ lessonsAdded: number; completed: number }> {
    const open = await this.enrolments.find({
      where: { completedAt: IsNull() },
      select: { id: true, courseVersionId: true, bookmark: true, lastSeq: true, attemptsUsed: true, lessonsCompleted: true, quizPassed: true },
    });
    let lessonsAdded = 0;
    let completed = 0;
    for (const row of open) {
      const course = await this.catalogue.getVersion(row.courseVersionId);
      const done = new Set(completedLessons(row));
      const added = lessonsPassedThrough(course.settings.lessons, row).filter((id) => !done.has(id));
      if (added.length === 0 && !hasCompleted(course, row)) continue;
      const result = await this.transactions.run(async (manager) => {
        const current = await manager.findOneOrFail(Enrolment, { where: { id: row.id }, ...this.transactions.forUpdate() });
        const lessons = completedLessons(current);
        const fresh = added.filter((id) => !lessons.includes(id));
        if (fresh.length > 0) {
          current.lessonsCompleted = JSON.stringify([...lessons, ...fresh]);
          await manager.update(Enrolment, { id: current.id }, { lessonsCompleted: current.lessonsCompleted });
        }
        const learner = current.completedAt ? null : await this.users.findById(current.userId);
        if (learner) await this.service.completeIfDue(manager, current, learner);
        return { fresh: fresh.length, completed: !!current.completedAt };
      });
      lessonsAdded += result.fresh;
      if (result.completed) completed++;
    }
    return { lessonsAdded, completed };
  }
}
