import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LearnerDetailApi } from '../data-access/reports.api';
import type { CohortProgress, LearnerAttempt, LearnerProgress } from '../models/report.models';

/**
 * A cohort's progress: how many learners are enrolled, in progress, completed and overdue, then
 * one row per learner that opens (a native <details>, keyboard and screen-reader operable) onto
 * their attempts, fetched only when opened.
 */
@Component({
  selector: 'vt-progress-panel',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="counts" data-testid="progress-counts">
      @for (c of counts(); track c.key) {
        <div [attr.data-status]="c.key">
          <dt>{{ 'trainer.status.' + c.key | translate }}</dt>
          <dd>{{ c.count }}</dd>
        </div>
      }
    </dl>
    <ul class="learners">
      @for (l of learners(); track l.userId) {
        <li>
          <details (toggle)="opened(l, $event)" [attr.data-learner]="l.email">
            <summary>
              {{ l.name }} — {{ 'trainer.status.' + l.enrolment.status | translate }}, {{ l.enrolment.percent }}%
              @if (l.enrolment.bestScore !== undefined) {
                , {{ 'trainer.results.best' | translate: { score: l.enrolment.bestScore } }}
              }
            </summary>
            <p class="hint">
              {{ l.email }}
              @if (l.country) {
                · {{ l.country }}
              }
            </p>
            @if (attempts()[l.userId]; as list) {
              @if (list.length === 0) {
                <p>{{ 'trainer.results.noAttempts' | translate }}</p>
              } @else {
                <ol>
                  @for (a of list; track a.id) {
                    <li>
                      @if (a.score !== undefined) {
                        {{ 'trainer.results.attempt' | translate: { score: a.score } }} ({{ (a.passed ? 'quiz.passed' : 'quiz.failed') | translate }})
                      } @else {
                        {{ 'trainer.results.open' | translate }}
                      }
                    </li>
                  }
                </ol>
              }
            } @else {
              <p role="status">{{ 'app.loading' | translate }}</p>
            }
          </details>
        </li>
      }
    </ul>
  `,
  styles: `
    .counts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr));
      gap: 0.5rem;
    }
    .counts div {
      background: #fff;
      border: 1px solid #d0d7de;
      border-radius: 6px;
      padding: 0.5rem;
    }
    .counts dt {
      font-size: 0.9rem;
    }
    .counts dd {
      margin: 0;
      font-size: 1.5rem;
      font-weight: 700;
    }
    .learners {
      list-style: none;
      padding: 0;
    }
    summary {
      cursor: pointer;
      padding-block: 0.5rem;
    }
    details {
      border-block-end: 1px solid #d0d7de;
    }
  `,
})
export class ProgressPanel {
  private readonly api = inject(LearnerDetailApi);
  readonly progress = input.required<CohortProgress>();
  protected readonly learners = computed(() => this.progress().learners);
  protected readonly attempts = signal<Record<string, LearnerAttempt[]>>({});
  /** The API's counts, in the order trainers read them: everyone, then each state. */
  protected readonly counts = computed(() => {
    const c = this.progress().counts;
    return [
      { key: 'enrolled', count: c.total },
      { key: 'in-progress', count: c.inProgress },
      { key: 'completed', count: c.completed },
      { key: 'overdue', count: c.overdue },
    ];
  });

  protected async opened(learner: LearnerProgress, event: Event): Promise<void> {
    if (!(event.target as HTMLDetailsElement).open || this.attempts()[learner.userId]) return;
    const detail = await this.api.getLearnerDetail(this.progress().cohortId, learner.userId).catch(() => undefined);
    this.attempts.update((all) => ({ ...all, [learner.userId]: detail?.attempts ?? [] }));
  }
}
