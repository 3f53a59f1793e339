import { ChangeDetectionStrategy, Component, computed, effect, input, signal, untracked } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LANGUAGE_NAMES } from '../../../../shared/language-names';
import { asProblem, ProblemMessage } from '../../../../shared/problem-message';
import { getCohorts } from '../../cohorts/data-access/cohorts.api';
import { courseOptionsResource } from '../../shared/course-options';
import { CsvDownload } from '../../shared/csv-download';
import { GroupTable } from '../components/group-table';
import { ItemAnalysisTable } from '../components/item-analysis-table';
import { ProgressPanel } from '../components/progress-panel';
import { getDisaggregation, getItemAnalysis, getProgress, getResults, progressUrl, REPORTS } from '../data-access/reports.api';
import { filterParams, type ReportFilter } from '../models/report.models';

/**
 * Results for one course, optionally narrowed to a cohort, a country or a language: cohort
 * progress, quiz results, item analysis and the disaggregated tables, each with its CSV.
 */
@Component({
  selector: 'vt-results-page',
  imports: [TranslatePipe, ProblemMessage, CsvDownload, ItemAnalysisTable, GroupTable, ProgressPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'titles.results' | translate }}</h1>
    <form class="filters" (submit)="apply($event)" [attr.aria-label]="'trainer.results.filters' | translate" data-testid="results-filters">
      <label
        >{{ 'trainer.cohorts.course' | translate }}
        <select name="courseId" required>
          <option value="">{{ 'quiz.choose' | translate }}</option>
          @for (c of courses.value() ?? []; track c.id) {
            <option [value]="c.id" [selected]="c.id === filter()?.courseId">{{ c.title }}</option>
          }
        </select>
      </label>
      <label
        >{{ 'trainer.results.cohort' | translate }}
        <select name="cohortId">
          <option value="">{{ 'trainer.results.allCohorts' | translate }}</option>
          @for (c of cohorts.value() ?? []; track c.id) {
            <option [value]="c.id" [selected]="c.id === filter()?.cohortId">{{ c.name }}</option>
          }
        </select>
      </label>
      <label
        >{{ 'trainer.results.language' | translate }}
        <select name="lang">
          <option value="">{{ 'trainer.results.allLanguages' | translate }}</option>
          @for (l of languages; track l.code) {
            <option [value]="l.code" [attr.lang]="l.code" [selected]="l.code === filter()?.lang">{{ l.name }}</option>
          }
        </select>
      </label>
      <label
        >{{ 'trainer.cohorts.countryCode' | translate }}
        <input name="country" maxlength="2" pattern="[A-Za-z]{2}" [value]="filter()?.country ?? ''" size="4" />
      </label>
      <button type="submit" data-testid="show-results">{{ 'trainer.results.show' | translate }}</button>
    </form>

    @if (filter(); as f) {
      @if (f.cohortId) {
        <section>
          <h2 id="progress">{{ 'trainer.results.progress' | translate }}</h2>
          @if (progress.hasValue()) {
            <vt-progress-panel [progress]="progress.value()" />
            <vt-csv-download [url]="progressUrl(f.cohortId)" name="progress" [label]="'trainer.results.progress' | translate" />
          } @else if (progress.error()) {
            <vt-problem [problem]="problemOf(progress.error())" />
          }
        </section>
      }

      <section>
        <h2 id="items">{{ 'trainer.items.title' | translate }}</h2>
        @if (items.hasValue()) {
          <vt-item-analysis-table [analysis]="items.value()" />
          <vt-csv-download [url]="reports + '/item-analysis'" [params]="params()" name="items" [label]="'trainer.items.title' | translate" />
        } @else if (items.error()) {
          <vt-problem [problem]="problemOf(items.error())" />
        } @else {
          <p role="status">{{ 'app.loading' | translate }}</p>
        }
      </section>

      <section>
        <h2 id="attempts">{{ 'trainer.results.quizResults' | translate }}</h2>
        @if (results.hasValue()) {
          @if (results.value().length === 0) {
            <p>{{ 'trainer.results.noAttempts' | translate }}</p>
          } @else {
            <div class="scroll" tabindex="0" role="region" aria-labelledby="attempts">
              <table data-testid="results-table">
                <thead>
                  <tr>
                    <th scope="col">{{ 'trainer.cohorts.name' | translate }}</th>
                    <th scope="col">{{ 'trainer.results.language' | translate }}</th>
                    <th scope="col">{{ 'trainer.cohorts.country' | translate }}</th>
                    <th scope="col">{{ 'trainer.results.score' | translate }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (r of results.value(); track r.attemptId) {
                    <tr>
                      <th scope="row">{{ r.learnerName }}</th>
                      <td>{{ r.language }}</td>
                      <td>{{ r.country ?? '—' }}</td>
                      <td>{{ r.score }}% ({{ (r.passed ? 'quiz.passed' : 'quiz.failed') | translate }})</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
          <vt-csv-download [url]="reports + '/results'" [params]="params()" name="results" [label]="'trainer.results.quizResults' | translate" />
        } @else if (results.error()) {
          <vt-problem [problem]="problemOf(results.error())" />
        }
      </section>

      @for (d of groups; track d.by) {
        <section>
          <h2 [id]="'by-' + d.by">{{ 'trainer.groups.title.' + d.by | translate }}</h2>
          @if (d.ref.hasValue()) {
            <vt-group-table [data]="d.ref.value()" />
            <vt-csv-download
              [url]="reports + '/disaggregation'"
              [params]="withBy(d.by)"
              [name]="'by-' + d.by"
              [label]="'trainer.groups.title.' + d.by | translate"
            />
          } @else if (d.ref.error()) {
            <vt-problem [problem]="problemOf(d.ref.error())" />
          }
        </section>
      }
    } @else {
      <p>{{ 'trainer.results.pick' | translate }}</p>
    }
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: flex-end;
      margin-block-end: 1rem;
    }
    .filters label {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      max-inline-size: 100%;
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
    }
    th[scope='row'] {
      font-weight: 400;
    }
    section {
      margin-block: 1.5rem;
    }
  `,
})
export class ResultsPage {
  /** `?cohortId=` (from a cohort's page) and `?courseId=` pre-select the filters. */
  readonly cohortId = input<string>();
  readonly courseId = input<string>();
  protected readonly reports = REPORTS;
  protected readonly progressUrl = progressUrl;
  protected readonly languages = LANGUAGE_NAMES;
  protected readonly courses = courseOptionsResource();
  protected readonly cohorts = getCohorts();
  protected readonly filter = signal<ReportFilter | undefined>(undefined);
  protected readonly params = computed(() => filterParams(this.filter() ?? { courseId: '' }));
  protected readonly items = getItemAnalysis(this.filter);
  protected readonly results = getResults(this.filter);
  protected readonly progress = getProgress(() => this.filter()?.cohortId);
  protected readonly groups = [
    { by: 'gender' as const, ref: getDisaggregation(this.filter, 'gender') },
    { by: 'country' as const, ref: getDisaggregation(this.filter, 'country') },
  ];

  constructor() {
    // A cohort given in the address implies its course: fill both once the cohorts are known.
    effect(() => {
      const cohortId = this.cohortId();
      const courseId = this.courseId();
      const cohort = cohortId ? this.cohorts.value()?.find((c) => c.id === cohortId) : undefined;
      const course = cohort?.courseId ?? courseId;
      if (course && !untracked(this.filter)) this.filter.set({ courseId: course, ...(cohort ? { cohortId: cohort.id } : {}) });
    });
  }

  protected apply(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    if (!text('courseId')) return;
    this.filter.set({ courseId: text('courseId'), cohortId: text('cohortId'), lang: text('lang'), country: text('country').toUpperCase() });
  }

  protected withBy(by: string): Record<string, string> {
    return { ...this.params(), by };
  }

  protected problemOf(error: unknown) {
    return asProblem(error);
  }
}
