import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { Question, QuizSettings } from '@vt/courses';

type DrawMode = 'all' | 'draw' | 'topic';

/**
 * The quiz's settings: pass mark, attempts, how questions are drawn (the whole bank, N of M, or N
 * per topic — the model's `draw` and `drawByTopic`, never both), shuffling and time limit. Emits
 * changes only; the course model's validator (through the API) says what does not fit the bank.
 */
@Component({
  selector: 'vt-quiz-settings',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = quiz();
    <label for="b-pass">{{ 'trainer.builder.passMark' | translate }}</label>
    <input id="b-pass" type="number" min="1" max="100" [value]="s.passMark" (input)="changed.emit({ passMark: num($event) ?? 0 })" />
    <label for="b-attempts">{{ 'trainer.builder.attempts' | translate }}</label>
    <input
      id="b-attempts"
      type="number"
      min="0"
      [value]="s.attempts === 'unlimited' ? 0 : s.attempts"
      aria-describedby="b-attempts-hint"
      (input)="changed.emit({ attempts: num($event) || 'unlimited' })"
    />
    <p id="b-attempts-hint" class="hint">{{ 'trainer.builder.attemptsHint' | translate }}</p>
    <fieldset>
      <legend>{{ 'trainer.builder.drawMode' | translate }}</legend>
      @for (m of modes; track m) {
        <label class="check"
          ><input type="radio" name="b-draw-mode" [value]="m" [checked]="mode() === m" (change)="setMode(m)" [attr.data-testid]="'draw-mode-' + m" />
          {{ 'trainer.builder.drawModes.' + m | translate: { total: questions().length } }}</label
        >
      }
      @if (mode() === 'draw') {
        <label for="b-draw">{{ 'trainer.builder.draw' | translate: { total: questions().length } }}</label>
        <input
          id="b-draw"
          type="number"
          min="1"
          [max]="questions().length"
          [value]="s.draw ?? 0"
          aria-describedby="b-draw-hint"
          (input)="changed.emit({ draw: num($event) ?? 0 })"
        />
        <p id="b-draw-hint" class="hint">{{ 'trainer.builder.drawHint' | translate }}</p>
      } @else if (mode() === 'topic') {
        @for (t of topics(); track t.topic) {
          <label [for]="'b-topic-' + t.topic">{{ 'trainer.builder.drawTopic' | translate: { topic: t.topic, available: t.available } }}</label>
          <input
            [id]="'b-topic-' + t.topic"
            type="number"
            min="0"
            [max]="t.available"
            [value]="s.drawByTopic?.[t.topic] ?? 0"
            (input)="setTopic(t.topic, $event)"
          />
        } @empty {
          <p class="hint">{{ 'trainer.builder.noTopics' | translate }}</p>
        }
      }
    </fieldset>
    <label class="check"
      ><input type="checkbox" [checked]="s.shuffleQuestions" (change)="changed.emit({ shuffleQuestions: checked($event) })" />
      {{ 'trainer.builder.shuffleQuestions' | translate }}</label
    >
    <label class="check"
      ><input type="checkbox" [checked]="s.shuffleOptions" (change)="changed.emit({ shuffleOptions: checked($event) })" />
      {{ 'trainer.builder.shuffleOptions' | translate }}</label
    >
    <label for="b-time">{{ 'trainer.builder.timeLimit' | translate }}</label>
    <input
      id="b-time"
      type="number"
      min="0"
      [value]="s.timeLimitMinutes ?? 0"
      aria-describedby="b-time-hint"
      (input)="changed.emit({ timeLimitMinutes: num($event) || undefined })"
    />
    <p id="b-time-hint" class="hint">{{ 'trainer.builder.timeLimitHint' | translate }}</p>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
    }
    fieldset {
      border: 1px solid #b8c0c8;
      border-radius: 4px;
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
    }
    .check {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
  `,
})
export class QuizSettingsEditor {
  readonly quiz = input.required<QuizSettings>();
  readonly questions = input.required<Question[]>();
  readonly changed = output<Partial<QuizSettings>>();
  protected readonly modes: DrawMode[] = ['all', 'draw', 'topic'];
  protected readonly mode = computed<DrawMode>(() => (this.quiz().drawByTopic ? 'topic' : this.quiz().draw !== undefined ? 'draw' : 'all'));
  /** The bank's topics with how many questions each has, in first-seen order. */
  protected readonly topics = computed(() => {
    const counts = new Map<string, number>();
    for (const q of this.questions()) if (q.topic) counts.set(q.topic, (counts.get(q.topic) ?? 0) + 1);
    return [...counts].map(([topic, available]) => ({ topic, available }));
  });

  /** Switching mode clears the other mode's setting (the model refuses both at once). */
  protected setMode(mode: DrawMode): void {
    const everyTopicOnce = Object.fromEntries(this.topics().map((t) => [t.topic, 1]));
    if (mode === 'all') this.changed.emit({ draw: undefined, drawByTopic: undefined });
    else if (mode === 'draw') this.changed.emit({ draw: this.questions().length || 1, drawByTopic: undefined });
    else this.changed.emit({ draw: undefined, drawByTopic: everyTopicOnce });
  }

  /** A topic set to 0 is left out of `drawByTopic` (its questions are not drawn). */
  protected setTopic(topic: string, event: Event): void {
    const { [topic]: _old, ...others } = this.quiz().drawByTopic ?? {};
    const count = this.num(event);
    this.changed.emit({ drawByTopic: count ? { ...others, [topic]: count } : others });
  }

  protected num(event: Event): number | undefined {
    const n = Number((event.target as HTMLInputElement).value);
    return Number.isFinite(n) && n >= 0 ? Math.round(n) : undefined;
  }
  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }
}
