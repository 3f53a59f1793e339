import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiProblem } from '../../../../core/http/api-problem';
import { LanguageService } from '../../../../core/i18n/language.service';
import { asProblem, ProblemMessage } from '../../../../shared/problem-message';
import { CohortEdit } from '../components/cohort-edit';
import { ResetLink } from '../components/reset-link';
import { RosterImport } from '../components/roster-import';
import { getProgress } from '../../results/data-access/reports.api';
import type { LearnerProgress } from '../../results/models/report.models';
import { CohortsApi, getCohort } from '../data-access/cohorts.api';
import { dateInputToIso, isoToDateInput } from '../models/cohort.models';

/**
 * One cohort: its details (editable), its learners with their state and due date (extendable one
 * by one) and a one-time password link each, and the CSV import.
 */
@Component({
  selector: 'vt-cohort-page',
  imports: [TranslatePipe, RouterLink, ProblemMessage, RosterImport, CohortEdit, ResetLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="/trainer/cohorts">{{ 'trainer.cohorts.back' | translate }}</a>
    </p>
    @if (cohort.hasValue()) {
      @let c = cohort.value();
      <h1>{{ c.name }}</h1>
      <dl class="facts">
        <dt>{{ 'trainer.cohorts.course' | translate }}</dt>
        <dd>{{ c.courseId }}</dd>
        @if (c.organisation) {
          <dt>{{ 'trainer.cohorts.organisation' | translate }}</dt>
          <dd>{{ c.organisation }}</dd>
        }
        @if (c.country) {
          <dt>{{ 'trainer.cohorts.country' | translate }}</dt>
          <dd>{{ c.country }}</dd>
        }
        @if (c.startsAt) {
          <dt>{{ 'trainer.cohorts.startsAt' | translate }}</dt>
          <dd>{{ date(c.startsAt) }}</dd>
        }
        @if (c.endsAt) {
          <dt>{{ 'trainer.cohorts.endsAt' | translate }}</dt>
          <dd>{{ date(c.endsAt) }}</dd>
        }
        @if (c.dueAt) {
          <dt>{{ 'trainer.cohorts.dueAt' | translate }}</dt>
          <dd>{{ date(c.dueAt) }}</dd>
        }
        <dt>{{ 'trainer.cohorts.learners' | translate }}</dt>
        <dd data-testid="learner-count">{{ c.learnerCount }}</dd>
      </dl>
      <vt-cohort-edit [cohort]="c" (saved)="cohort.reload()" />
      <p>
        <a routerLink="/trainer/results" [queryParams]="{ cohortId: c.id }">{{ 'trainer.cohorts.seeResults' | translate }}</a>
      </p>

      <section>
        <h2 id="learners">{{ 'trainer.cohorts.learners' | translate }}</h2>
        <vt-problem [problem]="problem()" heading="trainer.cohorts.extendFailed" />
        @if (learners(); as list) {
          @if (list.length === 0) {
            <p>{{ 'trainer.cohorts.noLearners' | translate }}</p>
          } @else {
            <div class="scroll" tabindex="0" role="region" aria-labelledby="learners">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{{ 'trainer.cohorts.name' | translate }}</th>
                    <th scope="col">{{ 'trainer.results.status' | translate }}</th>
                    <th scope="col">{{ 'trainer.cohorts.dueAt' | translate }}</th>
                    <th scope="col">{{ 'trainer.cohorts.extend' | translate }}</th>
                    <th scope="col">{{ 'trainer.cohorts.passwordLink' | translate }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (l of list; track l.userId) {
                    <tr [attr.data-learner]="l.email">
                      <th scope="row">
                        {{ l.name }}<span class="hint">{{ l.email }}</span>
                      </th>
                      <td>{{ 'trainer.status.' + l.enrolment.status | translate }} · {{ l.enrolment.percent }}%</td>
                      <td data-testid="due">{{ l.enrolment.dueAt ? date(l.enrolment.dueAt) : '—' }}</td>
                      <td>
                        <form class="extend" (submit)="extend($event, l)">
                          <label [for]="'due-' + l.userId" class="visually-hidden">{{ 'trainer.cohorts.newDue' | translate: { name: l.name } }}</label>
                          <input type="date" [id]="'due-' + l.userId" name="dueAt" required [value]="toInput(l.enrolment.dueAt)" />
                          <button type="submit" class="secondary" [disabled]="busy()">
                            {{ 'trainer.cohorts.extendButton' | translate }}<span class="visually-hidden">: {{ l.name }}</span>
                          </button>
                        </form>
                      </td>
                      <td><vt-reset-link [userId]="l.userId" [name]="l.name" /></td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
            @if (saved()) {
              <p role="status">{{ 'trainer.cohorts.extended' | translate: { name: saved() } }}</p>
            }
          }
        } @else if (progress.error()) {
          <vt-problem [problem]="learnersProblem()" />
        }
      </section>

      <section>
        <h2 id="enrol">{{ 'trainer.roster.title' | translate }}</h2>
        <vt-roster-import [cohortId]="c.id" (imported)="reload()" />
      </section>
    } @else if (cohort.error()) {
      <h1>{{ 'titles.cohort' | translate }}</h1>
      <vt-problem [problem]="loadProblem()" />
    } @else {
      <p role="status">{{ 'app.loading' | translate }}</p>
    }
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
    }
    .facts dd {
      margin: 0;
    }
    .scroll {
      overflow-x: auto;
      position: relative;
    }
    table {
      border-collapse: collapse;
      min-inline-size: 100%;
    }
    th,
    td {
      text-align: start;
      padding: 0.35rem 0.5rem;
      border-block-end: 1px solid #d0d7de;
      vertical-align: top;
    }
    th[scope='row'] {
      font-weight: 400;
    }
    th .hint {
      display: block;
    }
    .extend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    section {
      margin-block: 1.5rem;
    }
  `,
})
export class CohortPage {
  private readonly api = inject(CohortsApi);
  private readonly language = inject(LanguageService);
  readonly cohortId = input.required<string>();
  protected readonly cohort = getCohort(() => this.cohortId());
  protected readonly progress = getProgress(() => this.cohortId());
  protected readonly learners = computed(() => this.progress.value()?.learners);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly saved = signal<string | undefined>(undefined);
  protected readonly busy = signal(false);
  private readonly dateFormat = computed(() => new Intl.DateTimeFormat(this.language.current(), { dateStyle: 'medium', timeZone: 'UTC' }));

  protected date(iso: string): string {
    return this.dateFormat().format(new Date(iso));
  }

  protected toInput(iso: string | undefined): string {
    return isoToDateInput(iso);
  }

  protected loadProblem(): ApiProblem {
    return asProblem(this.cohort.error());
  }

  protected learnersProblem(): ApiProblem {
    return asProblem(this.progress.error());
  }

  protected reload(): void {
    this.cohort.reload();
    this.progress.reload();
  }

  protected async extend(event: SubmitEvent, learner: LearnerProgress): Promise<void> {
    event.preventDefault();
    const dueAt = dateInputToIso(String(new FormData(event.target as HTMLFormElement).get('dueAt') ?? ''), true);
    if (!dueAt) return;
    this.busy.set(true);
    this.problem.set(undefined);
    this.saved.set(undefined);
    try {
      await this.api.patchLearnerDueDate(this.cohortId(), learner.userId, dueAt);
      this.saved.set(learner.name);
      this.progress.reload();
    } catch (error) {
      this.problem.set(asProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
