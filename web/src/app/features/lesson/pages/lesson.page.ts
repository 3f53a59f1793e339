import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n/language.service';
import type { Enrolment } from '../../../core/models/api.models';
import { ProgressQueue } from '../../../core/offline/progress-queue.service';
import { asProblem, ProblemMessage } from '../../../shared/problem-message';
import { TextLanguage } from '../../../shared/text-language';
import { getCourse, getLesson } from '../../course/data-access/course.api';

/**
 * The lesson reader. Opening a lesson records "viewed" (which moves the bookmark); the button
 * records "completed". Both go through the offline queue, and the page counts lessons completed
 * on this device as done even before the API has heard of them.
 */
@Component({
  selector: 'vt-lesson-page',
  imports: [TranslatePipe, RouterLink, ProblemMessage, TextLanguage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (course.hasValue() && lesson.hasValue()) {
      @let c = course.value();
      @let l = lesson.value();
      <div class="reader">
        <nav class="toc" [attr.aria-label]="'lesson.contents' | translate">
          <h2>{{ 'lesson.contents' | translate }}</h2>
          <p>
            <label for="lesson-progress">{{ 'course.progress' | translate: { done: completed().length, total: c.lessons.length } }}</label>
            <progress id="lesson-progress" [value]="completed().length" [max]="c.lessons.length"></progress>
          </p>
          <ol [vtLang]="c.language">
            @for (item of c.lessons; track item.id) {
              <li>
                <a [routerLink]="['/courses', c.id, 'lessons', item.id]" [attr.aria-current]="item.id === l.id ? 'page' : null">{{ item.title }}</a>
                @if (completed().includes(item.id)) {
                  <span [vtLang]="language.current()"> — ✓ {{ 'course.completed' | translate }}</span>
                }
              </li>
            }
          </ol>
          <a [routerLink]="['/courses', c.id]">{{ 'lesson.backToCourse' | translate }}</a>
        </nav>

        <article class="lesson" [vtLang]="l.language">
          <h1>{{ l.title }}</h1>
          @if (l.fallback) {
            <p class="notice" [vtLang]="language.current()">{{ 'lesson.fallback' | translate }}</p>
          }
          <div class="body" [innerHTML]="l.html"></div>
        </article>

        <div class="pager" [vtLang]="language.current()">
          @if (completed().includes(l.id)) {
            <p role="status" data-testid="lesson-completed">✓ {{ 'lesson.completedNote' | translate }}</p>
          } @else {
            <button type="button" data-testid="complete" (click)="complete()" [disabled]="busy()">
              {{ (l.next ? 'lesson.completeNext' : 'lesson.complete') | translate }}
            </button>
          }
          @if (queued()) {
            <p role="status">{{ 'lesson.queued' | translate }}</p>
          }
          <p class="links">
            @if (l.previous) {
              <a [routerLink]="['/courses', c.id, 'lessons', l.previous]" rel="prev">{{ 'lesson.previous' | translate }}</a>
            }
            @if (l.next) {
              <a [routerLink]="['/courses', c.id, 'lessons', l.next]" rel="next">{{ 'lesson.next' | translate }}</a>
            } @else {
              <a [routerLink]="['/courses', c.id, 'quiz']">{{ 'course.takeQuiz' | translate }}</a>
            }
          </p>
        </div>
      </div>
    } @else if (course.error() || lesson.error()) {
      <h1>{{ 'titles.lesson' | translate }}</h1>
      <vt-problem [problem]="problem()" />
    } @else {
      <p role="status">{{ 'app.loading' | translate }}</p>
    }
  `,
  styles: `
    .reader {
      display: grid;
      gap: 1rem;
    }
    .toc {
      order: 2;
      border-block-start: 1px solid #ccd;
    }
    .toc h2 {
      font-size: 1.1rem;
    }
    .toc p {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .toc [aria-current='page'] {
      font-weight: 700;
    }
    .pager .links {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      flex-wrap: wrap;
    }
    .body {
      overflow-wrap: anywhere;
    }
    @media (min-width: 52rem) {
      .reader {
        grid-template-columns: 16rem 1fr;
      }
      .toc {
        order: 0;
        grid-row: span 2;
        border: 0;
      }
    }
  `,
})
export class LessonPage {
  protected readonly language = inject(LanguageService);
  private readonly queue = inject(ProgressQueue);
  private readonly router = inject(Router);
  readonly courseId = input.required<string>();
  readonly lessonId = input.required<string>();

  protected readonly course = getCourse(() => ({ courseId: this.courseId(), lang: this.language.current() }));
  protected readonly lesson = getLesson(() => ({ courseId: this.courseId(), lessonId: this.lessonId(), lang: this.language.current() }));
  protected readonly problem = computed(() => {
    const error = this.course.error() ?? this.lesson.error();
    return error ? asProblem(error) : undefined;
  });
  protected readonly busy = signal(false);

  /** The enrolment as last known: the API's newest answer to a progress update, else the course's. */
  private readonly enrolment = computed<Enrolment | undefined>(() => {
    const fromCourse = this.course.value()?.enrolment;
    const latest = this.queue.latest();
    return latest && fromCourse && latest.id === fromCourse.id && latest.lastSeq >= fromCourse.lastSeq ? latest : fromCourse;
  });
  protected readonly completed = computed(() => {
    const e = this.enrolment();
    return e ? [...new Set([...e.lessonsCompleted, ...this.queue.pendingCompletions(e.id)])] : [];
  });
  protected readonly queued = computed(() => {
    const e = this.enrolment();
    return !!e && this.queue.pending().some((p) => p.enrolmentId === e.id);
  });

  constructor() {
    // Record one "viewed" per lesson shown, once both the lesson and the enrolment are known.
    let recorded: string | undefined;
    effect(() => {
      const lesson = this.lesson.value();
      const enrolment = this.course.value()?.enrolment;
      if (!lesson || !enrolment || recorded === lesson.id) return;
      recorded = lesson.id;
      untracked(() => void this.queue.record(this.enrolment() ?? enrolment, lesson.id, 'viewed'));
    });
  }

  protected async complete(): Promise<void> {
    const enrolment = this.enrolment();
    const lesson = this.lesson.value();
    if (!enrolment || !lesson) return;
    this.busy.set(true);
    const sent = this.queue.record(enrolment, lesson.id, 'completed');
    this.busy.set(false);
    // Do not wait for the network: on a slow link the learner carries on; the queue sends it.
    void sent;
    if (lesson.next) await this.router.navigate(['/courses', this.courseId(), 'lessons', lesson.next]);
  }
}
