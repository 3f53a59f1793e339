import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  attemptDeadline,
  canStartAttempt,
  drawQuestions,
  fromTokens,
  isPastDeadline,
  recordAttempt,
  scoreAttempt,
  seededRandom,
  type AttemptResult,
  type Course,
  type Question,
  type QuestionResponse,
} from '@vt/courses';
import { randomUUID } from 'node:crypto';
import { IsNull, Not, type EntityManager, type Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { Transactions } from '../database/transactions.js';
import { Enrolment } from '../enrolments/enrolment.entity.js';
import { asLanguage } from '../enrolments/enrolment-view.js';
import { EnrolmentsService } from '../enrolments/enrolments.service.js';
import type { User } from '../users/user.entity.js';
import { Attempt } from './attempt.entity.js';
import { attemptTokenIndex, drawnQuestions, toAttemptView, type AttemptView, type LearnerRecord } from './attempt-view.js';
import { SqliteSubmit } from './sqlite-submit.js';

@Injectable()
export class QuizzesService {
  constructor(
    @InjectRepository(Attempt) private readonly attempts: Repository<Attempt>,
    private readonly enrolments: EnrolmentsService,
    private readonly catalogue: CatalogueService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly sqliteSubmit: SqliteSubmit,
  ) {}

  /** Past the deadline and its grace (the course model's rule): scored with no responses. */
  private isPastDeadline(attempt: Attempt, now: number): boolean {
    return isPastDeadline(attempt.deadline, now);
  }

  /** Starts an attempt, or returns the one still open. 409 when the quiz is passed or no attempt is left. */
  async start(enrolmentId: string, user: User): Promise<{ attempt: AttemptView; created: boolean }> {
    await this.enrolments.findOwn(enrolmentId, user);
    const { attempt, created, course } = await this.transactions.run(async (manager) => {
      const enrolment = await manager.findOneOrFail(Enrolment, { where: { id: enrolmentId }, ...this.transactions.forUpdate() });
      const course = await this.catalogue.getVersion(enrolment.courseVersionId);
      const open = await manager.findOne(Attempt, { where: { enrolmentId, submittedAt: IsNull() }, order: { number: 'DESC' } });
      if (open) {
        if (!this.isPastDeadline(open, Date.now())) return { attempt: open, created: false, course };
        // Time ran out while the learner was away: it is scored with no responses, as the contract says.
        await this.grade(manager, open, enrolment, course, {}, user);
      }
      const may = canStartAttempt(course.settings.quiz, enrolment);
      if (!may.ok) throw new ConflictException(may.reason === 'passed' ? 'The quiz is already passed.' : 'No attempts are left.');
      const seed = randomUUID();
      const questions = drawQuestions(course.settings.quiz, course.questions, seededRandom(seed));
      const startedAt = new Date();
      const attempt = manager.create(Attempt, {
        enrolmentId,
        number: enrolment.attemptsUsed + 1,
        courseVersionId: enrolment.courseVersionId,
        seed,
        language: course.texts[asLanguage(user.language)] ? asLanguage(user.language) : 'en',
        startedAt,
        deadline: attemptDeadline(course.settings.quiz, startedAt),
        submittedAt: null,
        questionIds: JSON.stringify(questions.map((q) => q.id)),
        responses: null,
        result: null,
        score: null,
        passed: null,
      });
      await manager.insert(Attempt, attempt);
      await manager.update(Enrolment, { id: enrolmentId }, { attemptsUsed: enrolment.attemptsUsed + 1 });
      return { attempt, created: true, course };
    });
    return { attempt: toAttemptView(attempt, course), created };
  }

  /**
   * The responses in course-file ids: each answer's tokens mapped back with the attempt's own
   * (decision 0018); answers to questions not drawn are dropped, as scoring ignores them. An answer
   * naming anything else — a course-file id, another attempt's token — is refused with 400 before
   * anything is written, so the attempt stays open for the learner to reload and answer again.
   */
  private fromTokens(attempt: Attempt, course: Course, questions: Question[], responses: Record<string, QuestionResponse>): Record<string, QuestionResponse> {
    const tokens = attemptTokenIndex(attempt, course, questions);
    const mapped: Record<string, QuestionResponse> = {};
    const errors: { field: string; message: string }[] = [];
    for (const question of questions) {
      if (!Object.hasOwn(responses, question.id)) continue;
      const response = fromTokens(question, responses[question.id], tokens);
      if (response === undefined) errors.push({ field: `responses.${question.id}`, message: 'names a choice that is not part of this attempt' });
      else mapped[question.id] = response;
    }
    if (errors.length > 0)
      throw new BadRequestException({
        title: 'answers not of this attempt',
        message: 'Some answers name choices this attempt did not show; reload the quiz.',
        errors,
      });
    return mapped;
  }

  /** Scores the attempt with the course model and fills in its submission (not yet stored). */
  private score(attempt: Attempt, course: Course, tokenResponses: Record<string, QuestionResponse>): AttemptResult {
    const lang = asLanguage(attempt.language);
    const questions = drawnQuestions(course, attempt);
    const responses = this.fromTokens(attempt, course, questions, tokenResponses);
    const items = questions.map((question) => ({
      question,
      text: course.texts[lang]?.questions[question.id],
      fallbackText: course.texts.en?.questions[question.id],
    }));
    const result = scoreAttempt(items, responses, course.settings.quiz.passMark);
    attempt.submittedAt = new Date();
    // Stored in course-file ids, as reports and exports read them.
    attempt.responses = JSON.stringify(responses);
    attempt.result = JSON.stringify(result);
    attempt.score = result.score;
    attempt.passed = result.passed;
    return result;
  }

  /** Scores with the course model, stores the result, updates the enrolment and issues the certificate if due. */
  private async grade(
    manager: EntityManager,
    attempt: Attempt,
    enrolment: Enrolment,
    course: Course,
    responses: Record<string, QuestionResponse>,
    learner: User,
  ): Promise<void> {
    const result = this.score(attempt, course, responses);
    await manager.update(
      Attempt,
      { id: attempt.id },
      { submittedAt: attempt.submittedAt, responses: attempt.responses, result: attempt.result, score: result.score, passed: result.passed },
    );
    Object.assign(enrolment, recordAttempt(enrolment, result));
    await manager.update(Enrolment, { id: enrolment.id }, { bestScore: enrolment.bestScore, quizPassed: enrolment.quizPassed });
    await this.audit.record(manager, 'attempt.graded', attempt.id, learner.id, { enrolmentId: enrolment.id, score: result.score, passed: result.passed });
    await this.enrolments.completeIfDue(manager, enrolment, learner);
  }

  /**
   * Idempotent by attempt id: a second submission returns the first result unchanged. The attempt
   * and its enrolment are read once, inside the write transaction (the ownership check is the
   * enrolment row already read), rather than read again outside it first.
   */
  async submit(attemptId: string, user: User, responses: Record<string, QuestionResponse>): Promise<AttemptView> {
    if (this.transactions.sqlite) {
      const versionId = this.sqliteSubmit.courseVersionOf(attemptId);
      if (!versionId) throw new NotFoundException('No such attempt.');
      const course = await this.catalogue.getVersion(versionId);
      const outcome = await this.sqliteSubmit.run(attemptId, user.id, course, (attempt) =>
        this.score(attempt, course, this.isPastDeadline(attempt, Date.now()) ? {} : responses),
      );
      if (outcome.kind === 'missing') throw new NotFoundException('No such attempt.');
      if (outcome.kind === 'not-owner') return this.refuse(outcome.enrolmentId, user);
      if (outcome.kind === 'graded') return toAttemptView(outcome.attempt, course, await this.recordAfter(outcome.attempt, outcome.enrolment, outcome.fresh));
      // 'completes': this grade completes the course, so the certificate is issued in the full transaction below.
    }
    const { attempt, course, enrolment, fresh } = await this.transactions.run(async (manager) => {
      const found = await manager.findOneBy(Attempt, { id: attemptId });
      if (!found) throw new NotFoundException('No such attempt.');
      const enrolment = await manager.findOne(Enrolment, { where: { id: found.enrolmentId }, ...this.transactions.forUpdate() });
      // Someone else's attempt: the enrolment service answers 404 or 403 exactly as everywhere else.
      if (!enrolment || enrolment.userId !== user.id) return this.refuse(found.enrolmentId, user);
      // SQLite runs transactions one at a time, so the row read above is current; PostgreSQL re-reads it under the enrolment's lock.
      const attempt = this.transactions.sqlite ? found : await manager.findOneByOrFail(Attempt, { id: attemptId });
      const course = await this.catalogue.getVersion(attempt.courseVersionId);
      const fresh = !attempt.submittedAt;
      if (fresh) await this.grade(manager, attempt, enrolment, course, this.isPastDeadline(attempt, Date.now()) ? {} : responses, user);
      return { attempt, course, enrolment, fresh };
    });
    return toAttemptView(attempt, course, await this.recordAfter(attempt, enrolment, fresh));
  }

  /**
   * The learner's record once `attempt` is submitted, for the key-reveal rule. Just graded, it was
   * the learner's one open attempt (a new one starts only when none is open), so every attempt
   * started is now submitted. Graded earlier, a later attempt may be open: count them.
   */
  private async recordAfter(attempt: Attempt, enrolment: Pick<Enrolment, 'attemptsUsed' | 'quizPassed'>, fresh: boolean): Promise<LearnerRecord> {
    const attemptsSubmitted = fresh
      ? enrolment.attemptsUsed
      : await this.attempts.count({ where: { enrolmentId: attempt.enrolmentId, submittedAt: Not(IsNull()) } });
    return { attemptsSubmitted, quizPassed: enrolment.quizPassed };
  }

  /** Throws the error for a user who is not the enrolment's learner (findOwn throws 404 or 403 for them). */
  private async refuse(enrolmentId: string, user: User): Promise<never> {
    await this.enrolments.findOwn(enrolmentId, user);
    throw new ForbiddenException('Only the learner can do this.');
  }

  async list(enrolmentId: string, user: User): Promise<AttemptView[]> {
    const enrolment = await this.enrolments.findReadable(enrolmentId, user);
    const rows = await this.attempts.find({ where: { enrolmentId: enrolment.id }, order: { number: 'ASC' } });
    const learner = { attemptsSubmitted: rows.filter((row) => row.submittedAt).length, quizPassed: enrolment.quizPassed };
    return Promise.all(rows.map(async (row) => toAttemptView(row, await this.catalogue.getVersion(row.courseVersionId), learner)));
  }
}
