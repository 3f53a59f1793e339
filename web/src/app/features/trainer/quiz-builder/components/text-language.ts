import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { Course, Language } from '@vt/courses';
import { LANGUAGE_NAMES } from '../../../../shared/language-names';
import { ContentLanguage } from './content-language';

/**
 * Which language's text the builder edits. A language the course has no text in yet is added
 * whole; from then on the model's validator lists every piece still missing in it. English, which
 * every course needs, cannot be removed.
 */
@Component({
  selector: 'vt-text-language',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label for="b-text-lang">{{ 'trainer.builder.textLanguage' | translate }}</label>
    <select id="b-text-lang" aria-describedby="b-text-lang-hint" (change)="pick($event)" data-testid="text-language">
      @for (l of languages; track l.code) {
        <option [value]="l.code" [selected]="l.code === content.lang()">
          {{ l.name }}{{ has(l.code) ? '' : ' — ' + ('trainer.builder.noText' | translate) }}
        </option>
      }
    </select>
    <p id="b-text-lang-hint" class="hint">{{ 'trainer.builder.textLanguageHint' | translate }}</p>
    @if (!present()) {
      <button type="button" (click)="add.emit(content.lang())" data-testid="add-language">
        {{ 'trainer.builder.addLanguage' | translate: { language: name() } }}
      </button>
    } @else if (content.lang() !== 'en') {
      <button type="button" class="secondary" (click)="remove.emit(content.lang())" data-testid="remove-language">
        {{ 'trainer.builder.removeLanguage' | translate: { language: name() } }}
      </button>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
      align-items: flex-start;
    }
  `,
})
export class TextLanguage {
  protected readonly content = inject(ContentLanguage);
  readonly course = input.required<Course>();
  readonly add = output<Language>();
  readonly remove = output<Language>();
  protected readonly languages = LANGUAGE_NAMES;
  protected readonly present = computed(() => this.has(this.content.lang()));
  protected readonly name = computed(() => LANGUAGE_NAMES.find((l) => l.code === this.content.lang())?.name ?? this.content.lang());

  protected has(lang: Language): boolean {
    return !!this.course().texts[lang];
  }

  protected pick(event: Event): void {
    const code = (event.target as HTMLSelectElement).value;
    const found = LANGUAGE_NAMES.find((l) => l.code === code);
    if (found) this.content.lang.set(found.code);
  }
}
