import {
  afterNextRender,
  ApplicationRef,
  ChangeDetectionStrategy,
  Component,
  computed,
  createComponent,
  effect,
  EnvironmentInjector,
  inject,
  Injector,
  input,
  untracked,
  viewChild,
  type ComponentRef,
  type ElementRef,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n/language.service';
import type { Enrolment } from '../../../core/models/api.models';
import { ProgressQueue } from '../../../core/offline/progress-queue.service';
import { asProblem, ProblemMessage } from '../../../shared/problem-message';
import { TextLanguage } from '../../../shared/text-language';
import { getCourse, getLesson } from '../../course/data-access/course.api';
import { DecisionField } from '../../quiz/components/decision-field';

/**
 * The lesson reader. Opening a lesson records "viewed" (which moves the bookmark). Reaching its
 * end records "reached-end", which completes it (the course model's rule): scrolling down to the
 * end of the text after its start has been on screen, or pressing Next or Finish under it; there
 * is no separate button to find. Both go through the offline queue, and the page counts lessons
 * completed on this device as done even before the API has heard of them.
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
          <h1 #start>{{ l.title }}</h1>
          @if (l.fallback) {
            <p class="notice" [vtLang]="language.current()">{{ 'lesson.fallback' | translate }}</p>
          }
          <div #body class="body" [innerHTML]="l.html"></div>
          <!-- The end of the text: once it has been on screen (after the start), the lesson is completed. -->
          <div #end class="end" data-testid="lesson-end"></div>
        </article>

        <div class="pager" [vtLang]="language.current()">
          <p role="status" data-testid="lesson-state" [attr.data-completed]="completed().includes(l.id)">
            @if (completed().includes(l.id)) {
              ✓ {{ 'lesson.completedNote' | translate }}
            } @else {
              {{ 'lesson.howToComplete' | translate }}
            }
          </p>
          @if (queued()) {
            <p role="status">{{ 'lesson.queued' | translate }}</p>
          }
          <p class="links">
            @if (l.previous) {
              <a [routerLink]="['/courses', c.id, 'lessons', l.previous]" rel="prev" class="button secondary">{{ 'lesson.previous' | translate }}</a>
            }
            @if (l.next) {
              <a [routerLink]="['/courses', c.id, 'lessons', l.next]" rel="next" class="button" data-testid="next" (click)="reachedEnd(l.id)">{{
                'lesson.next' | translate
              }}</a>
            } @else {
              <a [routerLink]="['/courses', c.id, 'quiz']" class="button" data-testid="finish" (click)="reachedEnd(l.id)">{{ 'lesson.finish' | translate }}</a>
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
    .pager [rel='next'],
    .pager [data-testid='finish'] {
      margin-inline-start: auto;
    }
    .end {
      block-size: 1px;
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
  readonly courseId = input.required<string>();
  readonly lessonId = input.required<string>();
  private readonly start = viewChild<ElementRef<HTMLElement>>('start');
  private readonly end = viewChild<ElementRef<HTMLElement>>('end');
  private readonly body = viewChild<ElementRef<HTMLElement>>('body');
  private readonly injector = inject(Injector);
  private readonly environment = inject(EnvironmentInjector);
  private readonly appRef = inject(ApplicationRef);

  protected readonly course = getCourse(() => ({ courseId: this.courseId(), lang: this.language.current() }));
  protected readonly lesson = getLesson(() => ({ courseId: this.courseId(), lessonId: this.lessonId(), lang: this.language.current() }));
  protected readonly problem = computed(() => {
    const error = this.course.error() ?? this.lesson.error();
    return error ? asProblem(error) : undefined;
  });

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
    // A lesson's practice decisions: the renderer leaves a placeholder for each (sanitised HTML
    // cannot carry a component), filled here with the quiz's own decision component, ungraded.
    effect((onCleanup) => {
      const lesson = this.lesson.value();
      const body = this.body()?.nativeElement;
      if (!lesson?.decisions?.length || !body) return;
      const mounted: ComponentRef<DecisionField>[] = [];
      afterNextRender(
        () => {
          // Angular's own sanitiser drops data-* attributes from [innerHTML]: the placeholders come in the order of `decisions`.
          body.querySelectorAll<HTMLElement>('.decision-block').forEach((host, index) => {
            const question = lesson.decisions?.[index];
            if (!question) return;
            const ref = createComponent(DecisionField, { environmentInjector: this.environment, elementInjector: this.injector, hostElement: host });
            ref.setInput('question', question);
            this.appRef.attachView(ref.hostView);
            mounted.push(ref);
          });
        },
        { injector: this.injector },
      );
      onCleanup(() => mounted.forEach((ref) => ref.destroy()));
    });
    // Record one "viewed" per lesson shown, once both the lesson and the enrolment are known.
    let recorded: string | undefined;
    effect(() => {
      const lesson = this.lesson.value();
      const enrolment = this.course.value()?.enrolment;
      if (!lesson || !enrolment || recorded === lesson.id) return;
      recorded = lesson.id;
      untracked(() => void this.queue.record(this.enrolment() ?? enrolment, lesson.id, 'viewed'));
    });
    // The end reached by scrolling: the end marker on screen once the start has been. Requiring
    // the start first keeps a page still scrolled down from the previous lesson (before the
    // heading takes focus and scrolls into view) from counting the new one at once.
    effect((onCleanup) => {
      const start = this.start()?.nativeElement;
      const end = this.end()?.nativeElement;
      const lessonId = this.lesson.value()?.id;
      if (!start || !end || !lessonId || typeof IntersectionObserver === 'undefined') return;
      let startSeen = false;
      let endVisible = false;
      const observer = new IntersectionObserver((entries) => {
        for (const entry of entries) {
          if (entry.target === start) startSeen ||= entry.isIntersecting;
          else endVisible = entry.isIntersecting;
        }
        if (startSeen && endVisible) {
          observer.disconnect();
          untracked(() => this.reachedEnd(lessonId));
        }
      });
      observer.observe(start);
      observer.observe(end);
      onCleanup(() => observer.disconnect());
    });
  }

  /** The learner reached the lesson's end (scrolled to it, or pressed Next or Finish): completes it, once. */
  protected reachedEnd(lessonId: string): void {
    const enrolment = this.enrolment();
    if (!enrolment || this.completed().includes(lessonId)) return;
    // Not awaited: on a slow link the learner carries on; the queue sends it.
    void this.queue.record(enrolment, lessonId, 'reached-end');
  }
}
