import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { In, type Repository } from 'typeorm';
import { CourseResolver } from '../authoring/course-resolver.service.js';
import { isUniqueViolation } from '../common/database-errors.js';
import { Transactions } from '../database/transactions.js';
import { Enrolment } from '../enrolments/enrolment.entity.js';
import { User } from '../users/user.entity.js';
import { hashPassword, UsersService } from '../users/users.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CohortInvitation } from './cohort-invitation.entity.js';
import { CohortMember } from './cohort-member.entity.js';
import { toCohortView, type CohortView, type RosterPreview, type RosterRowView } from './cohort-view.js';
import { Cohort } from './cohort.entity.js';
import type { CreateCohortDto, UpdateCohortDto } from './dto/cohort.dto.js';
import { parseRoster, RosterFormatError, type RosterRow } from './roster-csv.js';

/** What a roster commit did: accounts created (members at once), enrolments made, existing accounts invited. */
export type RosterCommit = RosterPreview & { created: number; enrolled: number; invited: number };

@Injectable()
export class CohortsService {
  constructor(
    @InjectRepository(Cohort) private readonly cohorts: Repository<Cohort>,
    @InjectRepository(CohortMember) private readonly members: Repository<CohortMember>,
    private readonly users: UsersService,
    private readonly courses: CourseResolver,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** The cohort if the caller runs it or is an admin; 404 otherwise, so ids reveal nothing. */
  async findVisible(id: string, user: User): Promise<Cohort> {
    const cohort = await this.cohorts.findOneBy({ id });
    if (!cohort || (user.role !== 'admin' && cohort.ownerId !== user.id)) throw new NotFoundException('No such cohort.');
    return cohort;
  }

  private async view(cohort: Cohort): Promise<CohortView> {
    return toCohortView(cohort, await this.members.countBy({ cohortId: cohort.id }));
  }

  async create(dto: CreateCohortDto, owner: User): Promise<CohortView> {
    await this.courses.forEnrolment(dto.courseId);
    checkDates(dto.startsAt ?? null, dto.endsAt ?? null);
    const cohort = this.cohorts.create({
      name: dto.name.trim(),
      organisation: dto.organisation?.trim() || null,
      country: dto.country?.toUpperCase() ?? null,
      courseId: dto.courseId,
      ownerId: owner.id,
      startsAt: dto.startsAt ?? null,
      endsAt: dto.endsAt ?? null,
      dueAt: dto.dueAt ?? null,
      createdAt: new Date(),
    });
    await this.transactions.run((manager) => manager.insert(Cohort, cohort));
    return this.view(cohort);
  }

  async list(user: User): Promise<CohortView[]> {
    const rows = await this.cohorts.find({ where: user.role === 'admin' ? {} : { ownerId: user.id }, order: { createdAt: 'DESC' } });
    return Promise.all(rows.map((row) => this.view(row)));
  }

  async get(id: string, user: User): Promise<CohortView> {
    return this.view(await this.findVisible(id, user));
  }

  async update(id: string, dto: UpdateCohortDto, user: User): Promise<CohortView> {
    const cohort = await this.findVisible(id, user);
    if (dto.name !== undefined) cohort.name = dto.name.trim();
    if (dto.organisation !== undefined) cohort.organisation = dto.organisation.trim() || null;
    if (dto.country !== undefined) cohort.country = dto.country.toUpperCase();
    if (dto.startsAt !== undefined) cohort.startsAt = dto.startsAt;
    if (dto.endsAt !== undefined) cohort.endsAt = dto.endsAt;
    if (dto.dueAt !== undefined) cohort.dueAt = dto.dueAt;
    checkDates(cohort.startsAt, cohort.endsAt);
    const { id: _id, ...changes } = cohort;
    await this.transactions.run((manager) => manager.update(Cohort, { id }, changes));
    return this.view(cohort);
  }

  /** What an import would do, row by row; writes nothing. */
  async preview(id: string, csv: string, user: User): Promise<RosterPreview> {
    const cohort = await this.findVisible(id, user);
    // Every valid row reads `ready`: whether an email has an account is not the preview's to tell.
    return summarise((await this.check(cohort, readRoster(csv))).map((row) => (row.status === 'error' ? row : { ...row, status: 'ready' })));
  }

  /**
   * Imports every valid row in ONE transaction: accounts for unknown emails, enrolments, cohort
   * membership. Invalid rows are skipped and reported; if any write fails, nothing is kept.
   * New accounts get a random password that is never shown: the learner sets their own through
   * password reset (invite semantics), so no credential travels in a CSV or an email; they are
   * members at once. An account that already exists is only invited: the trainer sees and acts on
   * nothing of it until its owner accepts in the app (docs/decisions/0014).
   */
  async commit(id: string, csv: string, user: User): Promise<RosterCommit> {
    const cohort = await this.findVisible(id, user);
    const rows = await this.check(cohort, readRoster(csv));
    const valid = rows.filter((row) => row.status !== 'error');
    const { versionId } = await this.courses.forEnrolment(cohort.courseId);
    // One hash of a discarded random secret: nobody can sign in until they reset; hashing per row would take minutes.
    const unusableHash = valid.length > 0 ? await hashPassword(randomBytes(32).toString('hex')) : '';
    let created = 0;
    let enrolled = 0;
    let invited = 0;
    try {
      await this.transactions.run(async (manager) => {
        const emails = valid.map((row) => row.email);
        const existing = new Map((emails.length ? await manager.findBy(User, { email: In(emails) }) : []).map((u) => [u.email, u]));
        const now = new Date();
        for (const row of valid) {
          const account = existing.get(row.email);
          if (account) {
            // Asked once: a pending or declined invitation to this cohort is left as it is.
            if (!(await manager.existsBy(CohortInvitation, { cohortId: cohort.id, userId: account.id }))) {
              await manager.insert(CohortInvitation, {
                cohortId: cohort.id,
                userId: account.id,
                state: 'invited',
                invitedBy: user.id,
                invitedAt: now,
                answeredAt: null,
              });
              await this.audit.record(manager, 'cohort.invited', account.id, user.id, { cohortId: cohort.id });
              invited++;
            }
            continue;
          }
          const learner = manager.create(User, {
            email: row.email,
            passwordHash: unusableHash,
            displayName: row.name,
            role: 'trainee',
            language: row.language,
            organisation: cohort.organisation,
            country: cohort.country,
            createdBy: user.id,
            lastSignInAt: null,
          });
          await manager.insert(User, learner);
          created++;
          const enrolment = manager.create(Enrolment, {
            userId: learner.id,
            courseId: cohort.courseId,
            courseVersionId: versionId,
            enrolledAt: now,
            dueAt: cohort.dueAt,
          });
          await manager.insert(Enrolment, enrolment);
          enrolled++;
          await manager.insert(CohortMember, { cohortId: cohort.id, userId: learner.id, enrolmentId: enrolment.id, addedAt: now });
        }
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException('Another import changed these learners at the same time; nothing was written. Preview again.');
      throw error;
    }
    return { ...summarise(rows), created, enrolled, invited };
  }

  private async check(cohort: Cohort, rows: RosterRow[]): Promise<RosterRowView[]> {
    const emails = rows.filter((row) => row.errors.length === 0).map((row) => row.email);
    const accounts = new Map((await this.users.findByEmails(emails)).map((u) => [u.email, u]));
    const ids = [...accounts.values()].map((u) => u.id);
    const inCohort = new Set(ids.length ? (await this.members.findBy({ cohortId: cohort.id, userId: In(ids) })).map((m) => m.userId) : []);
    return rows.map((row) => {
      const errors = [...row.errors];
      const account = accounts.get(row.email);
      if (account && inCohort.has(account.id)) errors.push('already enrolled in this cohort');
      const status = errors.length > 0 ? 'error' : account ? 'existing-account' : 'new-account';
      return { line: row.line, name: row.name, email: row.email, language: row.language, status, errors };
    });
  }

  listMembers(cohortId: string): Promise<CohortMember[]> {
    return this.members.find({ where: { cohortId }, order: { addedAt: 'ASC' } });
  }

  async member(cohort: Cohort, userId: string): Promise<CohortMember> {
    const member = await this.members.findOneBy({ cohortId: cohort.id, userId });
    if (!member) throw new NotFoundException('This learner is not in the cohort.');
    return member;
  }
}

function readRoster(csv: string): RosterRow[] {
  try {
    return parseRoster(csv);
  } catch (error) {
    if (error instanceof RosterFormatError)
      throw new BadRequestException({ title: 'invalid roster', message: error.message, errors: [{ field: 'csv', message: error.message }] });
    throw error;
  }
}

function checkDates(startsAt: Date | null, endsAt: Date | null): void {
  if (startsAt && endsAt && endsAt.getTime() < startsAt.getTime()) {
    throw new BadRequestException({
      title: 'invalid request',
      message: 'The cohort ends before it starts.',
      errors: [{ field: 'endsAt', message: 'must not be before startsAt' }],
    });
  }
}

function summarise(rows: RosterRowView[]): RosterPreview {
  const invalid = rows.filter((row) => row.status === 'error').length;
  return { valid: rows.length - invalid, invalid, rows };
}
