import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { PART_TYPES, type PartQuestion } from '@vt/courses';
import * as edit from '../models/question-entry';
import { ContentText } from './content-language';
import type { QuestionEntry } from '../models/question-entry';

/**
 * Edits one question of any type: wording, points, explanation, and per type its options with
 * feedback and key, matching pairs, ordering items (in their right order), accepted answers, or a
 * scenario's parts (each edited by this same component), and the topic a question is drawn by. Every control has a visible label; ids
 * derive from the question id, which never changes once created.
 */
@Component({
  selector: 'vt-question-editor',
  imports: [TranslatePipe, ContentText],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let e = entry();
    @let q = e.question;
    @let p = 'ed-' + q.id;
    <div class="grid">
      <label [for]="p + '-text'">{{ 'trainer.builder.questionText' | translate }}</label>
      <textarea vtContent [id]="p + '-text'" rows="2" [value]="e.text.text" (input)="emit({ ...e, text: { ...e.text, text: value($event) } })"></textarea>
      <label [for]="p + '-points'">{{ 'trainer.builder.points' | translate }}</label>
      <input
        [id]="p + '-points'"
        type="number"
        min="1"
        max="100"
        [value]="q.points"
        (input)="emit({ ...e, question: { ...q, points: number($event) ?? 1 } })"
      />
      @if (!part()) {
        <label [for]="p + '-topic'">{{ 'trainer.builder.topic' | translate }}</label>
        <input [id]="p + '-topic'" [value]="q.topic ?? ''" [attr.aria-describedby]="p + '-topic-hint'" (input)="emit(setTopic($event))" />
        <p class="hint" [id]="p + '-topic-hint'">{{ 'trainer.builder.topicHint' | translate }}</p>
      }
    </div>

    @if (q.type === 'single-choice' || q.type === 'multiple-choice') {
      <fieldset>
        <legend>{{ 'trainer.builder.options' | translate }}</legend>
        @for (o of q.options; track o; let i = $index) {
          <div class="option" [attr.data-option]="o">
            <label class="key">
              <input [type]="q.type === 'single-choice' ? 'radio' : 'checkbox'" [name]="p + '-key'" [checked]="isKey(o)" (change)="emit(setKey(o, $event))" />
              {{ 'trainer.builder.correct' | translate: { option: o } }}
            </label>
            <label [for]="p + '-' + o + '-text'">{{ 'trainer.builder.optionText' | translate: { option: o } }}</label>
            <input vtContent [id]="p + '-' + o + '-text'" [value]="e.text.options?.[o]?.text ?? ''" (input)="emit(setOption(o, 'text', $event))" />
            <label [for]="p + '-' + o + '-feedback'">{{ 'trainer.builder.optionFeedback' | translate: { option: o } }}</label>
            <input vtContent [id]="p + '-' + o + '-feedback'" [value]="e.text.options?.[o]?.feedback ?? ''" (input)="emit(setOption(o, 'feedback', $event))" />
            <button type="button" class="secondary" (click)="emit(removeOption(o))" [disabled]="q.options.length <= 2">
              {{ 'trainer.builder.removeOption' | translate: { option: o } }}
            </button>
          </div>
        }
        <button type="button" class="secondary" (click)="emit(addOption())" [attr.data-testid]="p + '-add-option'">
          {{ 'trainer.builder.addOption' | translate }}
        </button>
      </fieldset>
    } @else if (q.type === 'true-false') {
      <fieldset>
        <legend>{{ 'trainer.builder.answer' | translate }}</legend>
        <label class="key"
          ><input type="radio" [name]="p + '-tf'" value="true" [checked]="q.correct === true" (change)="emit({ ...e, question: { ...q, correct: true } })" />
          {{ 'quiz.true' | translate }}</label
        >
        <label class="key"
          ><input type="radio" [name]="p + '-tf'" value="false" [checked]="q.correct === false" (change)="emit({ ...e, question: { ...q, correct: false } })" />
          {{ 'quiz.false' | translate }}</label
        >
        @for (k of ['true', 'false']; track k) {
          <label [for]="p + '-fb-' + k">{{ 'trainer.builder.feedbackIf' | translate: { answer: ('quiz.' + k | translate) } }}</label>
          <input vtContent [id]="p + '-fb-' + k" [value]="e.text.feedback?.[k] ?? ''" (input)="emit(setFeedback(k, $event))" />
        }
      </fieldset>
    } @else if (q.type === 'matching') {
      <fieldset>
        <legend>{{ 'trainer.builder.pairs' | translate }}</legend>
        @for (m of q.prompts; track m) {
          <div class="option">
            <label [for]="p + '-' + m">{{ 'trainer.builder.prompt' | translate: { id: m } }}</label>
            <input vtContent [id]="p + '-' + m" [value]="e.text.prompts?.[m] ?? ''" (input)="emit(label('prompts', m, $event))" />
            <label [for]="p + '-' + m + '-key'">{{ 'trainer.builder.matchesTarget' | translate: { id: m } }}</label>
            <select [id]="p + '-' + m + '-key'" (change)="emit(match(m, $event))">
              @for (t of q.targets; track t) {
                <option [value]="t" [selected]="q.correct[m] === t">{{ t }}: {{ e.text.targets?.[t] }}</option>
              }
            </select>
          </div>
        }
        @for (t of q.targets; track t) {
          <label [for]="p + '-' + t">{{ 'trainer.builder.target' | translate: { id: t } }}</label>
          <input vtContent [id]="p + '-' + t" [value]="e.text.targets?.[t] ?? ''" (input)="emit(label('targets', t, $event))" />
        }
        <button type="button" class="secondary" (click)="emit(addPair())">{{ 'trainer.builder.addPair' | translate }}</button>
        <button type="button" class="secondary" (click)="emit(addTarget())">{{ 'trainer.builder.addTarget' | translate }}</button>
      </fieldset>
    } @else if (q.type === 'ordering') {
      <fieldset>
        <legend>{{ 'trainer.builder.items' | translate }}</legend>
        <ol>
          @for (s of q.correct; track s; let i = $index) {
            <li class="option">
              <label [for]="p + '-' + s">{{ 'trainer.builder.item' | translate: { position: i + 1 } }}</label>
              <input vtContent [id]="p + '-' + s" [value]="e.text.items?.[s] ?? ''" (input)="emit(label('items', s, $event))" />
              <button type="button" class="secondary" (click)="emit(move(i, -1))" [disabled]="i === 0">
                {{ 'quiz.up' | translate }}<span class="visually-hidden">: {{ i + 1 }}</span>
              </button>
              <button type="button" class="secondary" (click)="emit(move(i, 1))" [disabled]="i === q.correct.length - 1">
                {{ 'quiz.down' | translate }}<span class="visually-hidden">: {{ i + 1 }}</span>
              </button>
            </li>
          }
        </ol>
        <button type="button" class="secondary" (click)="emit(addItem())">{{ 'trainer.builder.addItem' | translate }}</button>
      </fieldset>
    } @else if (q.type === 'short-text') {
      <label [for]="p + '-accepted'">{{ 'trainer.builder.accepted' | translate }}</label>
      <textarea
        vtContent
        [id]="p + '-accepted'"
        rows="2"
        [attr.aria-describedby]="p + '-accepted-hint'"
        [value]="(e.text.accepted ?? []).join('\\n')"
        (input)="emit(accepted($event))"
      ></textarea>
      <p class="hint" [id]="p + '-accepted-hint'">{{ 'trainer.builder.acceptedHint' | translate }}</p>
    } @else if (q.type === 'scenario') {
      @for (part of parts(); track part.question.id; let i = $index) {
        <fieldset class="part">
          <legend>{{ 'trainer.builder.part' | translate: { number: i + 1 } }} — {{ 'trainer.types.' + part.question.type | translate }}</legend>
          <vt-question-editor [entry]="part" [part]="true" (entryChange)="emit(setPart(i, $event))" />
        </fieldset>
      }
      <label [for]="p + '-part-type'">{{ 'trainer.builder.partType' | translate }}</label>
      <select [id]="p + '-part-type'" #partType>
        @for (t of partTypes; track t) {
          <option [value]="t">{{ 'trainer.types.' + t | translate }}</option>
        }
      </select>
      <button type="button" class="secondary" (click)="emit(addPart(partType.value))">{{ 'trainer.builder.addPart' | translate }}</button>
    }

    @if (q.type === 'matching' || q.type === 'ordering' || q.type === 'short-text') {
      @for (k of ['correct', 'incorrect']; track k) {
        <label [for]="p + '-fb-' + k">{{ 'trainer.builder.feedback.' + k | translate }}</label>
        <input vtContent [id]="p + '-fb-' + k" [value]="e.text.feedback?.[k] ?? ''" (input)="emit(setFeedback(k, $event))" />
      }
    }
    <label [for]="p + '-explanation'">{{ 'trainer.builder.explanation' | translate }}</label>
    <textarea
      vtContent
      [id]="p + '-explanation'"
      rows="2"
      [value]="e.text.explanation ?? ''"
      (input)="emit({ ...e, text: { ...e.text, explanation: value($event) } })"
    ></textarea>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
    }
    .grid {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
    }
    textarea {
      inline-size: 100%;
      padding: 0.4rem;
    }
    fieldset {
      border: 1px solid #b8c0c8;
      border-radius: 4px;
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
      min-inline-size: 0;
    }
    .option {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      padding-block: 0.5rem;
      border-block-end: 1px dashed #ccd;
    }
    .key {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      font-weight: 600;
    }
    button {
      align-self: flex-start;
    }
    .part {
      margin-block: 0.5rem;
    }
  `,
})
export class QuestionEditor {
  readonly entry = input.required<QuestionEntry>();
  readonly entryChange = output<QuestionEntry>();
  /** A scenario's part: it has no topic of its own (topics group whole questions for drawing). */
  readonly part = input(false);
  protected readonly partTypes = PART_TYPES;
  protected readonly parts = computed(() => edit.partEntries(this.entry()));

  protected emit(next: QuestionEntry): void {
    this.entryChange.emit(next);
  }
  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }
  protected number(event: Event): number | undefined {
    const n = Number(this.value(event));
    return Number.isFinite(n) && n > 0 ? Math.round(n) : undefined;
  }
  /** An empty topic is removed rather than kept as "": the model draws by topic name. */
  protected setTopic(event: Event): QuestionEntry {
    const e = this.entry();
    const { topic: _old, ...rest } = e.question;
    const topic = this.value(event).trim();
    return { ...e, question: (topic ? { ...rest, topic } : rest) as QuestionEntry['question'] };
  }
  protected isKey(option: string): boolean {
    const q = this.entry().question;
    return q.type === 'single-choice' ? q.correct === option : q.type === 'multiple-choice' ? q.correct.includes(option) : false;
  }
  protected setKey(option: string, event: Event): QuestionEntry {
    return edit.setCorrectOption(this.entry(), option, (event.target as HTMLInputElement).checked);
  }
  protected setOption(option: string, field: 'text' | 'feedback', event: Event): QuestionEntry {
    return edit.setOptionText(this.entry(), option, field, this.value(event));
  }
  protected setFeedback(key: string, event: Event): QuestionEntry {
    const e = this.entry();
    return { ...e, text: { ...e.text, feedback: { ...e.text.feedback, [key]: this.value(event) } } };
  }
  protected label(group: 'prompts' | 'targets' | 'items', id: string, event: Event): QuestionEntry {
    return edit.setLabel(this.entry(), group, id, this.value(event));
  }
  protected match(prompt: string, event: Event): QuestionEntry {
    return edit.setMatch(this.entry(), prompt, this.value(event));
  }
  protected accepted(event: Event): QuestionEntry {
    const e = this.entry();
    return { ...e, text: { ...e.text, accepted: this.value(event).split('\n') } };
  }
  protected addOption = () => edit.addOption(this.entry());
  protected removeOption = (id: string) => edit.removeOption(this.entry(), id);
  protected addPair = () => edit.addPair(this.entry());
  protected addTarget = () => edit.addTarget(this.entry());
  protected addItem = () => edit.addItem(this.entry());
  protected move = (index: number, delta: -1 | 1) => edit.moveItem(this.entry(), index, delta);
  protected setPart = (index: number, part: QuestionEntry) => edit.setPart(this.entry(), index, part);
  protected addPart = (type: string) =>
    edit.addPart(this.entry(), (this.partTypes as readonly string[]).includes(type) ? (type as PartQuestion['type']) : 'single-choice');
}
