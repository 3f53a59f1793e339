import { afterNextRender, ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, Injector, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { canStartAttempt, timeLeftMs, type QuestionResponse } from '@vt/courses';
import type { ApiProblem } from '../../../core/http/api-problem';
import { LanguageService } from '../../../core/i18n/language.service';
import type { Attempt, Enrolment } from '../../../core/models/api.models';
import { asProblem, ProblemMessage } from '../../../shared/problem-message';
import { TextLanguage } from '../../../shared/text-language';
import { getCourse } from '../../course/data-access/course.api';
import { AttemptResults } from '../components/attempt-results';
import { QuestionField } from '../components/question-field';
import { QuizApi } from '../data-access/quiz.api';
import { initialResponses, isAnswered, type Responses } from '../models/responses';

@Component({
  selector: 'vt-quiz-page',
  imports: [TranslatePipe, RouterLink, ProblemMessage, TextLanguage, QuestionField, AttemptResults],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (course.hasValue()) {
      @let c = course.value();
      <h1 tabindex="-1">
        <span [vtLang]="c.language">{{ c.title }}</span> — {{ 'titles.quiz' | translate }}
      </h1>
      <p>{{ 'quiz.intro' | translate: { passMark: c.quiz.passMark, count: c.quiz.questionCount } }}</p>
      @if (c.enrolment; as e) {
        <p>{{ 'quiz.attemptsLeft' | translate: { used: e.attemptsUsed, allowed: allowed(e) } }}</p>
      }
      <vt-problem [problem]="problem()" />

      @if (attempt(); as a) {
        @if (a.result) {
          <vt-attempt-results [result]="a.result" [questions]="a.questions" [contentLanguage]="a.language" [enrolment]="c.enrolment" [quiz]="c.quiz" />
        } @else {
          @if (remaining() !== undefined) {
            <p class="timer" role="timer" aria-live="off">{{ 'quiz.timeLeft' | translate: { time: clock() } }}</p>
            <p class="visually-hidden" aria-live="assertive">
              @if (almostUp()) {
                {{ 'quiz.timeAlmostUp' | translate }}
              }
            </p>
          }
          <form (submit)="submit($event)" [vtLang]="a.language">
            @for (q of a.questions; track q.id; let i = $index) {
              <vt-question
                [question]="q"
                [label]="'quiz.question' | translate: { number: i + 1, total: a.questions.length }"
                [response]="responses()[q.id]"
                (responseChange)="answer(q.id, $event)"
              />
            }
            <div [vtLang]="language.current()">
              @if (unanswered() > 0) {
                <p>{{ 'quiz.unanswered' | translate: { count: unanswered() } }}</p>
              }
              <button type="submit" data-testid="submit-attempt" [disabled]="busy()">{{ (busy() ? 'quiz.submitting' : 'quiz.submit') | translate }}</button>
            </div>
          </form>
        }
      }

      @if (c.enrolment; as e) {
        @if (e.quizPassed) {
          <p>
            {{ 'quiz.passedAlready' | translate }}
            <!-- The result banner above holds the certificate (or what is missing) once an attempt is shown. -->
            @if (!attempt()?.result && e.certificateCode) {
              <a routerLink="/certificates">{{ 'quiz.certificate' | translate }}</a>
            }
          </p>
        } @else if (!attempt() || attempt()?.result) {
          @if (attemptsLeft(e)) {
            <button type="button" data-testid="start-attempt" (click)="start(e)" [disabled]="busy()">
              {{ (attempt() ? 'quiz.retry' : 'quiz.start') | translate }}
            </button>
          } @else {
            <p>{{ 'quiz.noAttempts' | translate }}</p>
          }
        }
      } @else {
        <p>
          <a [routerLink]="['/courses', c.id]">{{ 'course.enrol' | translate }}</a>
        </p>
      }
    } @else if (course.error()) {
      <h1>{{ 'titles.quiz' | translate }}</h1>
      <vt-problem [problem]="loadProblem()" />
    } @else {
      <p role="status">{{ 'app.loading' | translate }}</p>
    }
  `,
  styles: `
    .timer {
      position: sticky;
      inset-block-start: 0;
      background: var(--vt-page);
      font-weight: 700;
      padding-block: 0.5rem;
      z-index: 1;
    }
  `,
})
export class QuizPage {
  protected readonly language = inject(LanguageService);
  private readonly api = inject(QuizApi);
  private readonly injector = inject(Injector);
  readonly courseId = input.required<string>();

  protected readonly course = getCourse(() => ({ courseId: this.courseId(), lang: this.language.current() }));
  protected readonly loadProblem = computed(() => (this.course.error() ? asProblem(this.course.error()) : undefined));
  protected readonly attempt = signal<Attempt | undefined>(undefined);
  protected readonly responses = signal<Responses>({});
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly busy = signal(false);
  private readonly now = signal(Date.now());

  protected readonly unanswered = computed(() => {
    const a = this.attempt();
    return a ? a.questions.filter((q) => !isAnswered(q, this.responses()[q.id])).length : 0;
  });
  /** Milliseconds left when the attempt has a time limit. */
  protected readonly remaining = computed(() => {
    const attempt = this.attempt();
    return attempt && !attempt.result ? timeLeftMs(attempt.deadline, this.now()) : undefined;
  });
  protected readonly almostUp = computed(() => (this.remaining() ?? Infinity) <= 60_000);
  protected readonly clock = computed(() => {
    const seconds = Math.ceil((this.remaining() ?? 0) / 1000);
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  });

  constructor() {
    const timer = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
    // On arrival, pick up an open attempt (a reload mid-quiz) or show the latest result.
    let loadedFor: string | undefined;
    effect(() => {
      const enrolment = this.course.value()?.enrolment;
      if (!enrolment || loadedFor === enrolment.id) return;
      loadedFor = enrolment.id;
      untracked(() => void this.loadAttempts(enrolment.id));
    });
    // Time is up: submit what has been answered (the API would score an empty attempt after the grace).
    effect(() => {
      if (this.remaining() === 0 && !this.busy()) untracked(() => void this.send());
    });
  }

  protected allowed(e: Enrolment): string | number {
    return e.attemptsAllowed === 'unlimited' ? '∞' : e.attemptsAllowed;
  }

  /** The model's rule (a pass is shown apart, above): whether an attempt is left to start. */
  protected attemptsLeft(e: Enrolment): boolean {
    return canStartAttempt({ attempts: e.attemptsAllowed }, e).ok;
  }

  protected answer(questionId: string, response: QuestionResponse | undefined): void {
    this.responses.update((all) => {
      const next = { ...all };
      if (response === undefined) delete next[questionId];
      else next[questionId] = response;
      return next;
    });
  }

  protected async start(enrolment: Enrolment): Promise<void> {
    await this.run(async () => {
      const attempt = await this.api.postAttempt(enrolment.id);
      this.responses.set(initialResponses(attempt.questions));
      this.attempt.set(attempt);
      this.focus('h1');
    });
  }

  protected submit(event: SubmitEvent): void {
    event.preventDefault();
    void this.send();
  }

  private async send(): Promise<void> {
    const attempt = this.attempt();
    if (!attempt || attempt.result) return;
    await this.run(async () => {
      this.attempt.set(await this.api.submitAttempt(attempt.id, this.responses()));
      this.course.reload();
      this.focus('#attempt-result');
    });
  }

  private async loadAttempts(enrolmentId: string): Promise<void> {
    await this.run(async () => {
      const attempts = await this.api.getAttempts(enrolmentId);
      const open = attempts.find((a) => !a.submittedAt);
      const latest = open ?? [...attempts].sort((a, b) => b.number - a.number)[0];
      if (!latest || this.attempt()) return;
      if (open) this.responses.set(initialResponses(open.questions));
      this.attempt.set(latest);
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.problem.set(undefined);
    try {
      await action();
    } catch (error) {
      this.problem.set(asProblem(error));
    } finally {
      this.busy.set(false);
    }
  }

  private focus(selector: string): void {
    afterNextRender(() => (document.querySelector(`#main ${selector}`) as HTMLElement | null)?.focus(), { injector: this.injector });
  }
}
