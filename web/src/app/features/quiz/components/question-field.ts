import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, Injector, input, model, signal } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { LearnerQuestion, QuestionResponse } from '@vt/courses';
import { LanguageService } from '../../../core/i18n/language.service';
import { TextLanguage } from '../../../shared/text-language';
import { move } from '../models/responses';
import { DecisionField } from './decision-field';

/**
 * One question with native, keyboard-operable controls inside a labelled fieldset: radios,
 * checkboxes, a select per matching prompt, up/down buttons for ordering, a text box; a scenario
 * nests its parts; a decision goes one step at a time (decision-field.ts). The answer is two-way
 * bound as the API's `QuestionResponse`.
 */
@Component({
  selector: 'vt-question',
  imports: [TranslatePipe, TextLanguage, DecisionField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let q = question();
    <fieldset class="question" [attr.data-question]="q.id">
      <legend>
        @if (label()) {
          <span class="number" [vtLang]="ui.current()">{{ label() }}</span>
        }
        {{ q.text }}
        <span class="points" [vtLang]="ui.current()">({{ 'quiz.points' | translate: { points: q.points } }})</span>
      </legend>
      @switch (q.type) {
        @case ('single-choice') {
          @for (o of q.options ?? []; track o.id) {
            <label class="choice"
              ><input type="radio" [name]="q.id" [value]="o.id" [checked]="response() === o.id" (change)="response.set(o.id)" /> {{ o.text }}</label
            >
          }
        }
        @case ('multiple-choice') {
          @for (o of q.options ?? []; track o.id) {
            <label class="choice">
              <input type="checkbox" [name]="q.id" [value]="o.id" [checked]="chosen().includes(o.id)" (change)="toggle(o.id, $event)" /> {{ o.text }}
            </label>
          }
        }
        @case ('true-false') {
          <label class="choice"
            ><input type="radio" [name]="q.id" value="true" [checked]="response() === true" (change)="response.set(true)" />
            <span [vtLang]="ui.current()">{{ 'quiz.true' | translate }}</span></label
          >
          <label class="choice"
            ><input type="radio" [name]="q.id" value="false" [checked]="response() === false" (change)="response.set(false)" />
            <span [vtLang]="ui.current()">{{ 'quiz.false' | translate }}</span></label
          >
        }
        @case ('matching') {
          @for (p of q.prompts ?? []; track p.id) {
            <div class="match">
              <label [for]="q.id + '-' + p.id">{{ p.text }}</label>
              <select [id]="q.id + '-' + p.id" (change)="match(p.id, $event)">
                <option value="" [vtLang]="ui.current()">{{ 'quiz.choose' | translate }}</option>
                @for (t of q.targets ?? []; track t.id) {
                  <option [value]="t.id" [selected]="matches()[p.id] === t.id">{{ t.text }}</option>
                }
              </select>
            </div>
          }
        }
        @case ('ordering') {
          <ol class="order">
            @for (id of order(); track id; let i = $index) {
              <li>
                <span class="item">{{ itemText(id) }}</span>
                <span class="moves" [vtLang]="ui.current()">
                  <button type="button" [id]="q.id + '-' + id + '-up'" (click)="shift(i, -1)">
                    ↑ {{ 'quiz.up' | translate }}<span class="visually-hidden">: {{ itemText(id) }}</span>
                  </button>
                  <button type="button" [id]="q.id + '-' + id + '-down'" (click)="shift(i, 1)">
                    ↓ {{ 'quiz.down' | translate }}<span class="visually-hidden">: {{ itemText(id) }}</span>
                  </button>
                </span>
              </li>
            }
          </ol>
          <p class="visually-hidden" aria-live="polite">{{ announcement() }}</p>
        }
        @case ('short-text') {
          <label [for]="q.id + '-text'" [vtLang]="ui.current()">{{ 'quiz.answer' | translate }}</label>
          <input type="text" [id]="q.id + '-text'" [value]="text()" (input)="typed($event)" autocomplete="off" />
        }
        @case ('scenario') {
          @for (part of q.parts ?? []; track part.id) {
            <vt-question [question]="part" [response]="partResponse(part.id)" (responseChange)="setPart(part.id, $event)" />
          }
        }
        @case ('decision') {
          <vt-decision [question]="q" [response]="response()" (responseChange)="response.set($event)" />
        }
        @default never;
      }
    </fieldset>
  `,
  styles: `
    .question {
      border: 1px solid #b8c0c8;
      border-radius: 4px;
      margin-block: 1rem;
      padding: 0.5rem 1rem 1rem;
      min-inline-size: 0;
    }
    legend {
      font-weight: 600;
      padding-inline: 0.25rem;
    }
    .number {
      display: block;
      font-weight: 400;
      color: var(--vt-muted);
    }
    .points {
      font-weight: 400;
      color: var(--vt-muted);
    }
    .choice {
      display: flex;
      gap: 0.5rem;
      align-items: baseline;
      padding-block: 0.35rem;
    }
    .match {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin-block: 0.5rem;
    }
    .match select {
      max-inline-size: 100%;
    }
    .order {
      padding-inline-start: 1.5rem;
    }
    .order li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.5rem;
      padding-block: 0.35rem;
      border-block-end: 1px dashed #ccd;
    }
    .moves {
      display: flex;
      gap: 0.25rem;
    }
  `,
})
export class QuestionField {
  private readonly injector = inject(Injector);
  private readonly translate = inject(TranslateService);
  /** The interface language: labels inside the question, which is in the course's language. */
  protected readonly ui = inject(LanguageService);
  readonly question = input.required<LearnerQuestion>();
  /** "Question 3 of 12", shown in the legend so it is read with the question. */
  readonly label = input<string>();
  readonly response = model<QuestionResponse | undefined>(undefined);
  protected readonly announcement = signal('');

  protected readonly chosen = computed(() => {
    const r = this.response();
    return Array.isArray(r) ? r.map(String) : [];
  });
  protected readonly matches = computed<Record<string, string>>(() => {
    const r = this.response();
    return r && typeof r === 'object' && !Array.isArray(r) ? (r as Record<string, string>) : {};
  });
  protected readonly order = computed(() => {
    const r = this.response();
    return Array.isArray(r) ? r.map(String) : (this.question().items ?? []).map((i) => i.id);
  });
  protected readonly text = computed(() => {
    const r = this.response();
    return typeof r === 'string' ? r : '';
  });

  protected toggle(optionId: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const others = this.chosen().filter((id) => id !== optionId);
    this.response.set(checked ? [...others, optionId] : others);
  }

  protected match(promptId: string, event: Event): void {
    const targetId = (event.target as HTMLSelectElement).value;
    const next = { ...this.matches() };
    if (targetId) next[promptId] = targetId;
    else delete next[promptId];
    this.response.set(next);
  }

  protected typed(event: Event): void {
    this.response.set((event.target as HTMLInputElement).value);
  }

  protected itemText(id: string): string {
    return this.question().items?.find((i) => i.id === id)?.text ?? id;
  }

  protected shift(index: number, delta: -1 | 1): void {
    const order = this.order();
    const id = order[index];
    const next = move(order, index, delta);
    this.response.set(next);
    this.announcement.set(this.translate.instant('quiz.moved', { item: this.itemText(id), position: next.indexOf(id) + 1 }));
    // Re-rendering moves the list item, which drops focus: put it back on the button just used.
    const buttonId = `${this.question().id}-${id}-${delta < 0 ? 'up' : 'down'}`;
    afterNextRender(() => document.getElementById(buttonId)?.focus(), { injector: this.injector });
  }

  protected partResponse(partId: string): QuestionResponse | undefined {
    return (this.matches() as Record<string, QuestionResponse>)[partId];
  }

  protected setPart(partId: string, value: QuestionResponse | undefined): void {
    const next: Record<string, QuestionResponse> = { ...(this.matches() as Record<string, QuestionResponse>) };
    if (value === undefined) delete next[partId];
    else next[partId] = value;
    this.response.set(next);
  }
}
