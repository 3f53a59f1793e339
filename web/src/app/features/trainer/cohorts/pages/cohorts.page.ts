import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiProblem } from '../../../../core/http/api-problem';
import { asProblem, ProblemMessage } from '../../../../shared/problem-message';
import { courseOptionsResource } from '../../shared/course-options';
import { CohortsApi, getCohorts } from '../data-access/cohorts.api';
import { dateInputToIso, type NewCohort } from '../models/cohort.models';

/** Cohorts: the trainer's list (admins: everyone's) and the form that creates one. */
@Component({
  selector: 'vt-cohorts-page',
  imports: [TranslatePipe, RouterLink, ProblemMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'titles.cohorts' | translate }}</h1>
    <section>
      <h2 id="cohort-list">{{ 'trainer.cohorts.list' | translate }}</h2>
      @if (cohorts.hasValue()) {
        @if (cohorts.value().length === 0) {
          <p>{{ 'trainer.cohorts.none' | translate }}</p>
        } @else {
          <div class="scroll" tabindex="0" role="region" [attr.aria-label]="'trainer.cohorts.list' | translate">
            <table>
              <thead>
                <tr>
                  <th scope="col">{{ 'trainer.cohorts.name' | translate }}</th>
                  <th scope="col">{{ 'trainer.cohorts.course' | translate }}</th>
                  <th scope="col">{{ 'trainer.cohorts.country' | translate }}</th>
                  <th scope="col">{{ 'trainer.cohorts.learners' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (c of cohorts.value(); track c.id) {
                  <tr>
                    <th scope="row">
                      <a [routerLink]="['/trainer/cohorts', c.id]" data-testid="cohort-link">{{ c.name }}</a>
                      @if (c.organisation) {
                        <span class="hint">{{ c.organisation }}</span>
                      }
                    </th>
                    <td>{{ c.courseId }}</td>
                    <td>{{ c.country ?? '—' }}</td>
                    <td>{{ c.learnerCount }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      } @else if (cohorts.error()) {
        <vt-problem [problem]="loadProblem()" />
      } @else {
        <p role="status">{{ 'app.loading' | translate }}</p>
      }
    </section>

    <section>
      <h2 id="cohort-new">{{ 'trainer.cohorts.create' | translate }}</h2>
      <vt-problem [problem]="problem()" heading="trainer.cohorts.createFailed" />
      <form class="stack" (submit)="create($event)" data-testid="cohort-form">
        <label for="cohort-name">{{ 'trainer.cohorts.name' | translate }}</label>
        <input id="cohort-name" name="name" required maxlength="200" [attr.aria-invalid]="!!problem()?.fieldError('name')" />
        <label for="cohort-organisation">{{ 'trainer.cohorts.organisation' | translate }}</label>
        <input id="cohort-organisation" name="organisation" maxlength="200" autocomplete="organization" />
        <label for="cohort-country">{{ 'trainer.cohorts.countryCode' | translate }}</label>
        <input
          id="cohort-country"
          name="country"
          maxlength="2"
          pattern="[A-Za-z]{2}"
          aria-describedby="cohort-country-hint"
          [attr.aria-invalid]="!!problem()?.fieldError('country')"
        />
        <p id="cohort-country-hint" class="hint">{{ 'trainer.cohorts.countryHint' | translate }}</p>
        <label for="cohort-course">{{ 'trainer.cohorts.course' | translate }}</label>
        <select id="cohort-course" name="courseId" required [attr.aria-invalid]="!!problem()?.fieldError('courseId')">
          @for (c of courses.value() ?? []; track c.id) {
            <option [value]="c.id" [disabled]="!c.published">{{ c.title }} ({{ c.id }})</option>
          }
        </select>
        <label for="cohort-starts">{{ 'trainer.cohorts.startsAt' | translate }}</label>
        <input id="cohort-starts" name="startsAt" type="date" />
        <label for="cohort-ends">{{ 'trainer.cohorts.endsAt' | translate }}</label>
        <input id="cohort-ends" name="endsAt" type="date" [attr.aria-invalid]="!!problem()?.fieldError('endsAt')" />
        <label for="cohort-due">{{ 'trainer.cohorts.dueAt' | translate }}</label>
        <input id="cohort-due" name="dueAt" type="date" aria-describedby="cohort-due-hint" />
        <p id="cohort-due-hint" class="hint">{{ 'trainer.cohorts.dueHint' | translate }}</p>
        <button type="submit" [disabled]="busy()" data-testid="create-cohort">{{ 'trainer.cohorts.createButton' | translate }}</button>
      </form>
    </section>
  `,
  styles: `
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
      padding: 0.4rem 0.5rem;
      border-block-end: 1px solid #d0d7de;
      vertical-align: top;
    }
    th[scope='row'] {
      font-weight: 400;
    }
    th[scope='row'] .hint {
      display: block;
    }
    section {
      margin-block-end: 2rem;
    }
  `,
})
export class CohortsPage {
  private readonly api = inject(CohortsApi);
  private readonly router = inject(Router);
  protected readonly cohorts = getCohorts();
  protected readonly courses = courseOptionsResource();
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly busy = signal(false);

  protected loadProblem(): ApiProblem {
    return asProblem(this.cohorts.error());
  }

  protected async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const dates = { startsAt: dateInputToIso(text('startsAt')), endsAt: dateInputToIso(text('endsAt'), true), dueAt: dateInputToIso(text('dueAt'), true) };
    const cohort: NewCohort = {
      name: text('name'),
      courseId: text('courseId'),
      ...(text('organisation') ? { organisation: text('organisation') } : {}),
      ...(text('country') ? { country: text('country').toUpperCase() } : {}),
      ...Object.fromEntries(Object.entries(dates).filter(([, value]) => value)),
    };
    this.busy.set(true);
    this.problem.set(undefined);
    try {
      const created = await this.api.postCohort(cohort);
      await this.router.navigate(['/trainer/cohorts', created.id]);
    } catch (error) {
      this.problem.set(asProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
