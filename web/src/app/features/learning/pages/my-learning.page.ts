import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n/language.service';
import type { Enrolment } from '../../../core/models/api.models';
import { asProblem, ProblemMessage } from '../../../shared/problem-message';
import { InvitationsPanel } from '../../invitations/invitations-panel';
import { MissingSteps } from '../components/missing-steps';
import { groupEnrolments, type LearningGroups } from '../models/learning-groups';

const SECTIONS: { key: keyof LearningGroups; title: string }[] = [
  { key: 'overdue', title: 'learning.overdue' },
  { key: 'dueSoon', title: 'learning.dueSoon' },
  { key: 'inProgress', title: 'learning.inProgress' },
  { key: 'completed', title: 'learning.completed' },
];

@Component({
  selector: 'vt-my-learning-page',
  imports: [TranslatePipe, RouterLink, ProblemMessage, InvitationsPanel, MissingSteps],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'titles.learning' | translate }}</h1>
    <vt-invitations-panel (joined)="enrolments.reload()" />
    @if (enrolments.hasValue()) {
      @if (enrolments.value().length === 0) {
        <p>
          {{ 'learning.none' | translate }} <a routerLink="/courses">{{ 'learning.browse' | translate }}</a>
        </p>
      }
      <!-- Only the lists that hold something: an empty one is noise on a phone. -->
      @for (section of sections; track section.key) {
        @if (groups()[section.key].length > 0) {
          <section [attr.aria-labelledby]="'h-' + section.key">
            <h2 [id]="'h-' + section.key">{{ section.title | translate }} ({{ language.formatNumber(groups()[section.key].length) }})</h2>
            <ul class="courses">
              @for (e of groups()[section.key]; track e.id) {
                <li class="card">
                  <!-- The title may be English fallback: dir="auto" lays it out by its own script (the view does not say its language). -->
                  <a [routerLink]="['/courses', e.courseId]" dir="auto" class="title">{{ e.courseTitle }}</a>
                  <p>
                    {{ 'learning.percent' | translate: { percent: e.percent } }}
                    @if (e.completedAt) {
                      · {{ 'learning.completedOn' | translate: { date: language.formatDate(e.completedAt) } }}
                    } @else if (e.dueAt) {
                      · {{ 'learning.due' | translate: { date: language.formatDate(e.dueAt) } }}
                    }
                  </p>
                  @if (!e.completedAt && (e.lastSeq > 0 || e.attemptsUsed > 0)) {
                    <vt-missing-steps [enrolment]="e" [limit]="3" />
                  }
                </li>
              }
            </ul>
          </section>
        }
      }
    } @else if (enrolments.error()) {
      <vt-problem [problem]="problem()" />
    } @else {
      <p role="status">{{ 'app.loading' | translate }}</p>
    }
  `,
  styles: `
    .courses {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .courses p {
      margin-block: 0.25rem;
    }
    .title {
      font-weight: 600;
    }
  `,
})
export class MyLearningPage {
  protected readonly language = inject(LanguageService);
  protected readonly sections = SECTIONS;
  protected readonly enrolments = httpResource<Enrolment[]>(() => '/api/enrolments/me');
  protected readonly groups = computed(() => groupEnrolments(this.enrolments.value() ?? [], new Date()));
  protected readonly problem = computed(() => (this.enrolments.error() ? asProblem(this.enrolments.error()) : undefined));
}
