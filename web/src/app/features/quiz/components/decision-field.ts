import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, model, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { walkView, type LearnerQuestion, type LearnerStep, type PracticeDecisionView, type QuestionResponse } from '@vt/courses';
import { LanguageService } from '../../../core/i18n/language.service';

type Path = Record<string, string>;

/**
 * A decision scenario, one step at a time: the learner picks a choice (a native radio group) and
 * confirms it; the consequence appears in a polite live region while focus stays on the same
 * button, which now leads on to the next step (focus moves to its first choice). Steps already
 * taken stay listed above with what was chosen and what happened. The path (step id → choice id)
 * is the response. In a quiz, choices are final and the outcome waits for the submit; in a lesson
 * (`PracticeDecisionView`, ungraded) the end's text and the explanation show at once, with Try again.
 */
@Component({
  selector: 'vt-decision',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let q = question();
    <div class="decision" [class.practice]="practice()" [attr.data-decision]="q.id">
      @if (practice()) {
        <p class="practice-label" [attr.lang]="ui.current()" [attr.dir]="ui.dir()">{{ 'quiz.decision.practice' | translate }}</p>
        <p class="situation">{{ q.text }}</p>
      }
      @if (history().length) {
        <ol class="taken">
          @for (taken of history(); track taken.step.id) {
            <li [attr.data-step]="taken.step.id">
              <span class="prompt">{{ taken.step.text }}</span>
              <span class="chosen"
                ><span [attr.lang]="ui.current()" [attr.dir]="ui.dir()">{{ 'quiz.decision.youChose' | translate }}</span> {{ taken.choice.text }}</span
              >
              <span class="consequence">{{ taken.choice.consequence }}</span>
            </li>
          }
        </ol>
      }
      @if (step(); as s) {
        <fieldset class="step" [attr.data-step]="s.id">
          <legend>{{ s.text }}</legend>
          @for (c of s.choices; track c.id; let first = $first) {
            <label class="choice">
              <input
                type="radio"
                [name]="q.id + '-' + s.id"
                [value]="c.id"
                [attr.data-first]="first ? '' : null"
                [checked]="selected() === c.id"
                [disabled]="revealed() !== undefined"
                (change)="pending.set(c.id)"
              />
              {{ c.text }}
            </label>
          }
          <p class="consequence" aria-live="polite" [attr.data-testid]="q.id + '-consequence'">{{ revealed()?.consequence ?? '' }}</p>
          <span [attr.lang]="ui.current()" [attr.dir]="ui.dir()">
            <button type="button" class="decide" [disabled]="revealed() === undefined && !pending()" (click)="act(s)">
              @if (revealed() === undefined) {
                {{ 'quiz.decision.confirm' | translate }}
              } @else if (revealed()?.next && !endsAt(revealed()?.next)) {
                {{ 'quiz.decision.next' | translate }}
              } @else {
                {{ 'quiz.decision.finish' | translate }}
              }
            </button>
          </span>
        </fieldset>
      } @else if (walk().ended) {
        <div class="end" tabindex="-1" [attr.data-testid]="q.id + '-end'">
          @if (ending(); as end) {
            <p class="outcome">
              <strong [attr.lang]="ui.current()" [attr.dir]="ui.dir()">{{ 'quiz.decision.outcome' | translate }}</strong> {{ end }}
            </p>
            @if (explanation()) {
              <p>{{ explanation() }}</p>
            }
            <span [attr.lang]="ui.current()" [attr.dir]="ui.dir()"
              ><button type="button" class="again" (click)="again()">{{ 'quiz.decision.again' | translate }}</button></span
            >
          } @else {
            <p [attr.lang]="ui.current()" [attr.dir]="ui.dir()">{{ 'quiz.decision.reached' | translate }}</p>
          }
        </div>
      }
      @if (!practice() && !walk().ended) {
        <p class="hint" [attr.lang]="ui.current()" [attr.dir]="ui.dir()">{{ 'quiz.decision.final' | translate }}</p>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .practice {
      border: 2px solid var(--vt-accent, #1d5d90);
      border-radius: 6px;
      margin-block: 1rem;
      padding: 0.5rem 1rem 1rem;
    }
    .taken {
      padding-inline-start: 1.25rem;
      margin-block: 0.5rem;
    }
    .taken li {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
      padding-block: 0.35rem;
      border-block-end: 1px dashed #ccd;
    }
    .prompt,
    .hint,
    .practice-label {
      color: var(--vt-muted);
    }
    .step {
      border: 1px solid #b8c0c8;
      border-radius: 4px;
      padding: 0.5rem 1rem 1rem;
      min-inline-size: 0;
    }
    legend {
      font-weight: 600;
    }
    .choice {
      display: flex;
      gap: 0.5rem;
      align-items: baseline;
      padding-block: 0.35rem;
    }
    .step .consequence {
      border-inline-start: 4px solid var(--vt-accent, #1d5d90);
      padding-inline-start: 0.5rem;
    }
    /* Empty but present: a live region must be in the page before its text changes to be read. */
    .step .consequence:empty {
      border: 0;
      margin: 0;
      padding: 0;
    }
  `,
})
export class DecisionField {
  private readonly injector = inject(Injector);
  private readonly host = inject(ElementRef<HTMLElement>);
  protected readonly ui = inject(LanguageService);
  /** A quiz's learner view, or a lesson's practice view (which carries the ends' text). */
  readonly question = input.required<LearnerQuestion | PracticeDecisionView>();
  readonly response = model<QuestionResponse | undefined>(undefined);
  /** The choice selected but not yet confirmed. */
  protected readonly pending = signal<string | undefined>(undefined);
  /** The step whose consequence is on show (confirmed, not yet moved on from). */
  private readonly showing = signal<string | undefined>(undefined);

  protected readonly practice = computed(() => 'ends' in this.question());
  protected readonly walk = computed(() => walkView(this.question(), this.response()));
  private readonly path = computed<Path>(() => {
    const r = this.response();
    return r && typeof r === 'object' && !Array.isArray(r) ? (r as Path) : {};
  });
  /** The step on screen: the one whose consequence is shown, else the next to decide. */
  protected readonly step = computed<LearnerStep | undefined>(() => {
    const { path, ended } = this.walk();
    const last = path.at(-1);
    if (last && last.step.id === this.showing()) return last.step;
    if (ended) return undefined;
    const steps = this.question().steps ?? [];
    return last ? steps.find((s) => s.id === last.choice.next) : steps[0];
  });
  /** Steps taken before the one on screen. */
  protected readonly history = computed(() => {
    const { path } = this.walk();
    return path.at(-1)?.step.id === this.showing() ? path.slice(0, -1) : path;
  });
  protected readonly revealed = computed(() => {
    const last = this.walk().path.at(-1);
    return last && last.step.id === this.showing() ? last.choice : undefined;
  });
  protected readonly selected = computed(() => this.revealed()?.id ?? this.pending());
  /** Practice: the text of the end reached. */
  protected readonly ending = computed(() => {
    const q = this.question();
    const end = this.walk().end;
    return 'ends' in q && end ? (q.ends.find((e) => e.id === end)?.text ?? '') : undefined;
  });
  protected readonly explanation = computed(() => {
    const q = this.question();
    return 'ends' in q ? q.explanation : '';
  });

  /** Whether `id` names an end (practice views name ends; a quiz view's choice leading to an end has no `next`). */
  protected endsAt(id: string | undefined): boolean {
    const q = this.question();
    return id !== undefined && 'ends' in q && q.ends.some((e) => e.id === id);
  }

  protected act(step: LearnerStep): void {
    if (this.revealed() === undefined) {
      const choice = this.pending();
      if (!choice) return;
      this.response.set({ ...this.path(), [step.id]: choice });
      this.showing.set(step.id);
      this.pending.set(undefined);
      return;
    }
    this.showing.set(undefined);
    this.focusNext();
  }

  protected again(): void {
    this.response.set(undefined);
    this.showing.set(undefined);
    this.pending.set(undefined);
    this.focusNext();
  }

  /** After the view changes: the new step's first choice, or the end. */
  private focusNext(): void {
    afterNextRender(
      () => {
        const root = this.host.nativeElement as HTMLElement;
        (root.querySelector<HTMLElement>('.step input[data-first]') ?? root.querySelector<HTMLElement>('.end'))?.focus();
      },
      { injector: this.injector },
    );
  }
}
