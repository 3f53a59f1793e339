import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Location } from '@angular/common';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { httpResource } from '@angular/common/http';
import {
  formatProblem,
  ID_PATTERN,
  isError,
  QUESTION_TYPES,
  type Course,
  type Language,
  type LessonText,
  type Problem,
  type QuestionType,
  type QuizSettings,
} from '@vt/courses';
import type { ApiProblem } from '../../../../core/http/api-problem';
import { asProblem, ProblemMessage } from '../../../../shared/problem-message';
import { LearnerPreview } from '../components/learner-preview';
import { LessonEditor } from '../components/lesson-editor';
import { ContentLanguage, ContentText } from '../components/content-language';
import { OpenExisting } from '../components/open-existing';
import { QuizSettingsEditor } from '../components/quiz-settings';
import { TextLanguage } from '../components/text-language';
import { QuestionEditor } from '../components/question-editor';
import { AuthoringApi, type TrainerCourse } from '../data-access/authoring.api';
import * as draft from '../models/course-draft';
import { blankQuestion, type QuestionEntry } from '../models/question-entry';

/** The course's text is English whatever the interface language, so a new lesson opens in English. */
const ENGLISH_LESSON_START = { heading: 'What you will be able to do', objective: 'Objective' };

/**
 * The quiz and course builder. The course is held as a course-model `Course`; every pause in
 * typing sends it to the API's validate endpoint, which runs the model's `validateCourse` (the
 * one copy of the rules), and the problems are listed as you type. Importing `validateCourse` here
 * was measured and rejected: through the shared `@vt/courses` entry, esbuild then puts
 * markdown-it (110 kB raw) into the initial bundle, which the learner app's 150 kB gzip budget
 * cannot carry. Saving sends the same object (its problem+json field errors are shown too), and
 * publishing makes it the version cohorts enrol on. `/trainer/builder/:courseId` reopens a course.
 */
@Component({
  selector: 'vt-quiz-builder-page',
  imports: [
    TranslatePipe,
    RouterLink,
    ProblemMessage,
    QuestionEditor,
    LessonEditor,
    LearnerPreview,
    OpenExisting,
    QuizSettingsEditor,
    TextLanguage,
    ContentText,
  ],
  providers: [ContentLanguage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'titles.builder' | translate }}</h1>
    @let c = course();
    @let tx = text();
    @if (!saved()) {
      <section class="stack wide"><vt-open-existing (opened)="opened($event)" /></section>
    }
    @if (outdated()) {
      <div class="notice" role="alert" data-testid="outdated">
        <p>{{ 'trainer.builder.outdated' | translate }}</p>
        <button type="button" (click)="restart()" [disabled]="busy()">{{ 'trainer.builder.restart' | translate }}</button>
      </div>
    }
    <section class="stack wide">
      <h2 id="b-course">{{ 'trainer.builder.course' | translate }}</h2>
      <label for="b-id">{{ 'trainer.builder.courseId' | translate }}</label>
      <input id="b-id" [value]="c.settings.id" (change)="rename($event)" [disabled]="saved()" aria-describedby="b-id-hint" [attr.aria-invalid]="!idValid()" />
      <p id="b-id-hint" class="hint">{{ 'trainer.builder.courseIdHint' | translate }}</p>
      <vt-text-language [course]="c" (add)="update(addLanguage($event))" (remove)="update(removeLanguage($event))" />
      @if (hasText()) {
        <label for="b-title">{{ 'trainer.builder.title' | translate }}</label>
        <input id="b-title" vtContent [value]="tx.title" (input)="update(withText({ title: value($event) }))" />
        <label for="b-summary">{{ 'trainer.builder.summary' | translate }}</label>
        <textarea id="b-summary" vtContent rows="2" [value]="tx.summary" (input)="update(withText({ summary: value($event) }))"></textarea>
        <label for="b-objectives">{{ 'trainer.builder.objectives' | translate }}</label>
        <textarea
          id="b-objectives"
          vtContent
          rows="2"
          aria-describedby="b-objectives-hint"
          [value]="tx.objectives.join('\\n')"
          (input)="update(withText({ objectives: value($event).split('\\n') }))"
        ></textarea>
        <p id="b-objectives-hint" class="hint">{{ 'trainer.builder.onePerLine' | translate }}</p>
      } @else {
        <p data-testid="no-text">{{ 'trainer.builder.noTextYet' | translate }}</p>
      }
    </section>

    @if (hasText()) {
      <section>
        <h2 id="b-lessons">{{ 'trainer.builder.lessons' | translate }}</h2>
        @for (id of c.settings.lessons; track id; let i = $index) {
          <article class="card" [attr.aria-labelledby]="id + '-h'">
            <h3 [id]="id + '-h'">{{ 'trainer.builder.lesson' | translate: { number: i + 1 } }}</h3>
            <vt-lesson-editor [lessonId]="id" [lesson]="lesson(id)" (changed)="update(setLesson(id, $event))" />
          </article>
        }
        <button type="button" class="secondary" (click)="addLesson()" data-testid="add-lesson">{{ 'trainer.builder.addLesson' | translate }}</button>
      </section>
    }

    <section class="stack wide">
      <h2 id="b-quiz">{{ 'trainer.builder.quiz' | translate }}</h2>
      <vt-quiz-settings [quiz]="c.settings.quiz" [questions]="c.questions" (changed)="quiz($event)" />
    </section>

    @if (hasText()) {
      <section>
        <h2 id="b-questions">{{ 'trainer.builder.questions' | translate: { count: c.questions.length } }}</h2>
        @for (e of entries(); track e.question.id; let i = $index) {
          <article class="card" [attr.data-question]="e.question.id" [attr.aria-labelledby]="e.question.id + '-h'">
            <h3 [id]="e.question.id + '-h'">
              {{ 'quiz.question' | translate: { number: i + 1, total: c.questions.length } }} — {{ 'trainer.types.' + e.question.type | translate }}
              <code>{{ e.question.id }}</code>
            </h3>
            <vt-question-editor [entry]="e" (entryChange)="update(setQuestion(i, $event))" />
            <button type="button" class="secondary" (click)="update(removeQuestion(i))">
              {{ 'trainer.builder.removeQuestion' | translate: { number: i + 1 } }}
            </button>
          </article>
        }
        <div class="add">
          <label for="b-type">{{ 'trainer.builder.questionType' | translate }}</label>
          <select id="b-type" #type>
            @for (t of types; track t) {
              <option [value]="t">{{ 'trainer.types.' + t | translate }}</option>
            }
          </select>
          <button type="button" (click)="addQuestion(type.value)" data-testid="add-question">{{ 'trainer.builder.addQuestion' | translate }}</button>
        </div>
      </section>
    }

    <section>
      <h2 id="b-check">{{ 'trainer.builder.check' | translate }}</h2>
      <div aria-live="polite" data-testid="validation" [attr.data-errors]="checking() ? null : errors().length">
        @if (checking()) {
          <p>{{ 'trainer.builder.checking' | translate }}</p>
        } @else if (errors().length === 0) {
          <p>{{ 'trainer.builder.valid' | translate }}</p>
        } @else {
          <p>{{ 'trainer.builder.invalid' | translate: { count: errors().length } }}</p>
        }
      </div>
      <ul class="problems">
        @for (p of problems(); track $index) {
          <li [class.warning]="!isError(p)">{{ format(p) }}</li>
        }
      </ul>
      <vt-problem [problem]="problem()" heading="trainer.builder.saveFailed" />
      <div class="actions">
        <button type="button" (click)="save()" [disabled]="busy() || checking() || errors().length > 0" data-testid="save-course">
          {{ 'trainer.builder.save' | translate }}
        </button>
        <button type="button" class="secondary" (click)="publish()" [disabled]="busy() || !saved() || dirty() || outdated()" data-testid="publish-course">
          {{ 'trainer.builder.publish' | translate }}
        </button>
      </div>
      <p role="status" data-testid="builder-status">{{ status() }}</p>
      @if (published()) {
        <p>
          <a routerLink="/trainer/cohorts">{{ 'trainer.builder.next' | translate }}</a>
        </p>
      }
    </section>

    <section>
      <h2 id="b-preview">{{ 'trainer.builder.preview' | translate }}</h2>
      <!-- Rendered only while open: the learner controls' ids would otherwise shadow the editor's. -->
      <details (toggle)="previewOpen.set($any($event.target).open)">
        <summary data-testid="show-preview">{{ 'trainer.builder.previewShow' | translate }}</summary>
        @if (previewOpen()) {
          <vt-learner-preview [entries]="entries()" [shuffleOptions]="c.settings.quiz.shuffleOptions" />
        }
      </details>
    </section>
  `,
  styles: `
    .wide {
      max-inline-size: 40rem;
    }
    textarea {
      inline-size: 100%;
      padding: 0.4rem;
    }
    section {
      margin-block: 1.5rem;
    }
    .card {
      margin-block: 1rem;
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .card > button {
      align-self: flex-start;
    }
    h3 {
      font-size: 1.1rem;
      margin: 0;
      overflow-wrap: anywhere;
    }
    .check {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    .add,
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .problems li.warning::before {
      content: '⚠ ';
    }
    .notice {
      border: 2px solid #8a5300;
      border-radius: 4px;
      padding: 0.5rem 1rem;
    }
  `,
})
export class QuizBuilderPage {
  private readonly api = inject(AuthoringApi);
  private readonly location = inject(Location);
  private readonly translate = inject(TranslateService);
  readonly courseId = input<string>();
  /** A decision's steps and ends are written in quiz.yaml for now (docs/course-format.md): the builder keeps an adapted course's decisions as they are but offers none to add. */
  protected readonly types = QUESTION_TYPES.filter((type) => type !== 'decision');
  protected readonly course = signal<Course>(draft.newCourse(`course-${Date.now().toString(36)}`));
  /** The language whose text is being edited (apart from the interface language). */
  private readonly content = inject(ContentLanguage);
  protected readonly text = computed(() => draft.textOf(this.course(), this.content.lang()));
  protected readonly hasText = computed(() => !!this.course().texts[this.content.lang()]);
  protected readonly entries = computed(() => draft.questionEntries(this.course(), this.content.lang()));
  /** The course as last checked: follows `course` after a 400 ms pause in typing. */
  private readonly lastChecked = signal<Course | undefined>(undefined);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly validation = httpResource<{ problems: Problem[] }>(() => {
    const course = this.lastChecked();
    return course ? { url: '/api/trainer/courses/validate', method: 'POST', body: course } : undefined;
  });
  protected readonly problems = computed<Problem[]>(() => this.validation.value()?.problems ?? []);
  /** Until the first answer (or while a check is pending) saving waits. */
  protected readonly checking = computed(() => this.validation.isLoading() || this.lastChecked() !== this.course());
  protected readonly errors = computed(() => this.problems().filter(isError));
  protected readonly idValid = computed(() => ID_PATTERN.test(this.course().settings.id));
  protected readonly saved = signal(false);
  protected readonly dirty = signal(true);
  protected readonly published = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly status = signal('');
  protected readonly previewOpen = signal(false);
  /** A draft of a curriculum course whose files changed since it was started (decision 0012). */
  protected readonly outdated = signal(false);
  protected readonly isError = isError;
  protected readonly format = formatProblem;

  constructor() {
    effect(() => {
      const course = this.course();
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.lastChecked.set(course), this.lastChecked() ? 400 : 0);
    });
    effect(() => {
      const id = this.courseId();
      if (id) untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    try {
      this.show(await this.api.getTrainerCourse(id));
    } catch (error) {
      this.problem.set(asProblem(error));
    }
  }

  private show(existing: TrainerCourse): void {
    this.course.set(existing.course);
    this.saved.set(true);
    this.dirty.set(false);
    this.published.set(!!existing.publishedVersionId);
    this.outdated.set(existing.adaptation?.outdated === true);
  }

  /** An existing course opened for attaching questions: edited and published like one's own. */
  protected opened(existing: TrainerCourse): void {
    this.show(existing);
    this.status.set(this.translate.instant('trainer.builder.savedStatus', { id: existing.id }));
    this.location.replaceState(`/trainer/builder/${encodeURIComponent(existing.id)}`);
  }

  protected async restart(): Promise<void> {
    await this.run(async () => this.show(await this.api.adaptCourse(this.course().settings.id, true)));
  }

  protected update(next: Course): void {
    this.course.set(next);
    this.dirty.set(true);
    this.published.set(false);
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }
  protected withText = (change: Parameters<typeof draft.withText>[1]) => draft.withText(this.course(), change, this.content.lang());
  protected setLesson = (id: string, change: Partial<LessonText>) => draft.setLesson(this.course(), id, change, this.content.lang());
  protected setQuestion = (index: number, entry: QuestionEntry) => draft.setQuestion(this.course(), index, entry, this.content.lang());
  protected addLanguage = (lang: Language) => draft.addLanguage(this.course(), lang);
  protected removeLanguage = (lang: Language) => draft.removeLanguage(this.course(), lang);
  protected removeQuestion = (index: number) => draft.removeQuestion(this.course(), index);

  protected lesson(id: string): LessonText {
    return this.text().lessons[id] ?? { title: '', objectives: [], markdown: '' };
  }

  protected quiz(change: Partial<QuizSettings>): void {
    const c = this.course();
    this.update({ ...c, settings: { ...c.settings, quiz: { ...c.settings.quiz, ...change } } });
  }

  /** The course id can change until the first save; question and quiz ids follow it. */
  protected rename(event: Event): void {
    const id = this.value(event).trim().toLowerCase();
    const c = this.course();
    this.update({ ...c, settings: { ...c.settings, id, quiz: { ...c.settings.quiz, id: `${id}-quiz` } } });
  }

  protected addLesson(): void {
    const c = this.course();
    const taken = c.settings.lessons;
    let n = taken.length + 1;
    while (taken.includes(`${c.settings.id}-l${n}`)) n++;
    this.update(draft.addLesson(c, `${c.settings.id}-l${n}`, ENGLISH_LESSON_START));
  }

  protected addQuestion(type: string): void {
    const kind = (QUESTION_TYPES as readonly string[]).includes(type) ? (type as QuestionType) : 'single-choice';
    const c = this.course();
    this.update(draft.addQuestion(c, blankQuestion(kind, draft.nextQuestionId(c))));
  }

  protected async save(): Promise<void> {
    await this.run(async () => {
      const course = this.course();
      const result = this.saved() ? await this.api.putTrainerCourse(course) : await this.api.postTrainerCourse(course);
      this.course.set(result.course);
      this.saved.set(true);
      this.dirty.set(false);
      this.status.set(this.translate.instant('trainer.builder.savedStatus', { id: result.id }));
      // The address now names the saved course, so a reload reopens it (without reloading the page now).
      this.location.replaceState(`/trainer/builder/${encodeURIComponent(result.id)}`);
    });
  }

  protected async publish(): Promise<void> {
    await this.run(async () => {
      const done = await this.api.publishTrainerCourse(this.course().settings.id);
      this.published.set(true);
      this.status.set(this.translate.instant('trainer.builder.publishedStatus', { version: done.version }));
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.problem.set(undefined);
    this.status.set('');
    try {
      await work();
    } catch (error) {
      this.problem.set(asProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
