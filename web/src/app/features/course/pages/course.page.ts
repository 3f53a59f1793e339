import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth/auth.service';
import type { ApiProblem } from '../../../core/http/api-problem';
import { isLanguage, LanguageService } from '../../../core/i18n/language.service';
import { asProblem, ProblemMessage } from '../../../shared/problem-message';
import { TextLanguage } from '../../../shared/text-language';
import { MissingSteps } from '../../learning/components/missing-steps';
import { EnrolmentApi, getCourse, resumeLesson } from '../data-access/course.api';

@Component({
  selector: 'vt-course-page',
  imports: [TranslatePipe, RouterLink, ProblemMessage, TextLanguage, MissingSteps],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (course.hasValue()) {
      @let c = course.value();
      <article [vtLang]="c.language">
        <h1>{{ c.title }}</h1>
        @if (c.fallback) {
          <p class="notice" [vtLang]="language.current()">{{ 'course.fallback' | translate }}</p>
        }
        <p>{{ c.summary }}</p>
        <p class="facts" [vtLang]="language.current()">
          {{ 'topics.' + c.topic | translate }} · {{ 'levels.' + c.level | translate }} ·
          {{ 'catalogue.duration' | translate: { minutes: language.formatNumber(c.estimatedMinutes) } }}
        </p>

        <div class="actions" [vtLang]="language.current()">
          @if (c.enrolment; as e) {
            <p>
              <label for="course-progress">{{ 'course.progress' | translate: { done: e.lessonsCompleted.length, total: e.totalLessons } }}</label>
              <progress id="course-progress" [value]="e.lessonsCompleted.length" [max]="e.totalLessons"></progress>
            </p>
            @if (e.lastSeq > 0 || e.attemptsUsed > 0) {
              <vt-missing-steps class="steps" [enrolment]="e" />
            }
            @if (resumeTarget(); as target) {
              <a class="button" data-testid="resume" [routerLink]="['/courses', c.id, 'lessons', target]">
                {{ (e.bookmark ? 'course.resume' : 'course.start') | translate }}
              </a>
            }
            <a class="button secondary" data-testid="quiz-link" [routerLink]="['/courses', c.id, 'quiz']">{{ 'course.takeQuiz' | translate }}</a>
          } @else if (auth.signedIn()) {
            <button type="button" data-testid="enrol" (click)="enrol(c.id)" [disabled]="busy()">{{ 'course.enrol' | translate }}</button>
          } @else {
            <a class="button" routerLink="/sign-in" [queryParams]="{ returnUrl: '/courses/' + c.id }">{{ 'course.signInToEnrol' | translate }}</a>
          }
          <vt-problem [problem]="problem()" />
        </div>

        <h2 [vtLang]="language.current()">{{ 'course.objectives' | translate }}</h2>
        <ul>
          @for (o of c.objectives; track $index) {
            <li>{{ o }}</li>
          }
        </ul>

        <h2 [vtLang]="language.current()">{{ 'course.lessons' | translate }}</h2>
        <ol>
          @for (l of c.lessons; track l.id) {
            <li>
              @if (c.enrolment) {
                <a [routerLink]="['/courses', c.id, 'lessons', l.id]">{{ l.title }}</a>
                @if (c.enrolment.lessonsCompleted.includes(l.id)) {
                  <span [vtLang]="language.current()"> — ✓ {{ 'course.completed' | translate }}</span>
                }
              } @else {
                {{ l.title }}
              }
            </li>
          }
        </ol>

        <h2 [vtLang]="language.current()">{{ 'course.quiz' | translate }}</h2>
        <ul [vtLang]="language.current()">
          <li>{{ 'course.quizInfo' | translate: { count: c.quiz.questionCount, passMark: c.quiz.passMark } }}</li>
          <li>
            {{
              'course.attempts'
                | translate
                  : { used: c.enrolment?.attemptsUsed ?? 0, allowed: c.quiz.attempts === 'unlimited' ? ('course.unlimited' | translate) : c.quiz.attempts }
            }}
          </li>
          @if (c.quiz.timeLimitMinutes) {
            <li>{{ 'course.timeLimit' | translate: { minutes: c.quiz.timeLimitMinutes } }}</li>
          }
        </ul>

        @if (c.glossary.length) {
          <h2 [vtLang]="language.current()">{{ 'course.glossary' | translate }}</h2>
          <dl>
            @for (g of c.glossary; track g.id) {
              <dt>{{ g.term }}</dt>
              <dd>{{ g.definition }}</dd>
            }
          </dl>
        }
      </article>
    } @else if (course.error()) {
      <h1>{{ 'titles.course' | translate }}</h1>
      <vt-problem [problem]="loadProblem()" />
    } @else {
      <p role="status">{{ 'app.loading' | translate }}</p>
    }
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
    }
    .actions .steps {
      flex-basis: 100%;
    }
    .actions p {
      flex-basis: 100%;
      margin: 0;
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .facts {
      color: var(--vt-muted);
    }
  `,
})
export class CoursePage {
  protected readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService);
  private readonly enrolments = inject(EnrolmentApi);
  readonly courseId = input.required<string>();
  /** Optional ?lang= from the catalogue's language filter; otherwise the interface language. */
  readonly lang = input<string>();

  protected readonly course = getCourse(() => {
    const lang = this.lang();
    return { courseId: this.courseId(), lang: isLanguage(lang) ? lang : this.language.current() };
  });
  protected readonly loadProblem = computed(() => (this.course.error() ? asProblem(this.course.error()) : undefined));
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly busy = signal(false);

  protected readonly resumeTarget = computed(() => {
    const c = this.course.value();
    return c?.enrolment
      ? resumeLesson(
          c.lessons.map((l) => l.id),
          c.enrolment,
        )
      : undefined;
  });

  protected async enrol(courseId: string): Promise<void> {
    this.busy.set(true);
    this.problem.set(undefined);
    try {
      await this.enrolments.postEnrolment(courseId);
      this.course.reload();
    } catch (error) {
      this.problem.set(asProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
