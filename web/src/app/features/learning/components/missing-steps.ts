import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { Enrolment } from '../../../core/models/api.models';

/**
 * What a course still needs before it is complete (and its certificate issued), as the API's
 * completion rule reports it: each lesson not finished, by number and title, and the quiz — each
 * a link that takes the learner straight there. `limit` shortens a long list (My learning) to
 * its first lessons and a link to the course for the rest.
 */
@Component({
  selector: 'vt-missing-steps',
  imports: [TranslatePipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (missing(); as m) {
      <div class="missing" data-testid="missing">
        <p class="intro">{{ 'completion.intro' | translate }}</p>
        <ul>
          @for (l of shown(); track l.id) {
            <li>
              <a [routerLink]="['/courses', enrolment().courseId, 'lessons', l.id]" data-testid="missing-lesson" [attr.data-lesson]="l.id"
                >{{ 'completion.lesson' | translate: { number: l.number } }} <bdi>{{ l.title }}</bdi></a
              >
              — {{ 'completion.notFinished' | translate }}
            </li>
          }
          @if (hidden() > 0) {
            <li>
              <a [routerLink]="['/courses', enrolment().courseId]">{{ 'completion.more' | translate: { count: hidden() } }}</a>
            </li>
          }
          @if (m.quiz) {
            <li>
              <a [routerLink]="['/courses', enrolment().courseId, 'quiz']" data-testid="missing-quiz">{{ 'completion.quiz' | translate }}</a>
              — {{ 'completion.notPassed' | translate }}
            </li>
          }
        </ul>
      </div>
    }
  `,
  styles: `
    .intro {
      margin-block: 0.25rem;
      font-weight: 600;
    }
    ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    li {
      padding-block: 0.3rem;
      line-height: 1.6;
    }
  `,
})
export class MissingSteps {
  readonly enrolment = input.required<Enrolment>();
  /** Show at most this many lessons (the rest as one link to the course); all when unset. */
  readonly limit = input<number>();

  protected readonly missing = computed(() => {
    const m = this.enrolment().missing;
    return m && (m.lessons.length > 0 || m.quiz) ? m : undefined;
  });
  protected readonly shown = computed(() => {
    const lessons = this.missing()?.lessons ?? [];
    const limit = this.limit();
    return limit === undefined ? lessons : lessons.slice(0, limit);
  });
  protected readonly hidden = computed(() => (this.missing()?.lessons.length ?? 0) - this.shown().length);
}
