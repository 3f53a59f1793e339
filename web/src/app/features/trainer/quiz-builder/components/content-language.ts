import { Directive, Injectable, computed, inject, signal } from '@angular/core';
import { RTL_LANGUAGES, type Language } from '@vt/courses';

/**
 * The language of the course text being edited, provided by the builder page to its editors. It is
 * apart from the interface language: an English-speaking trainer may be typing the Arabic text.
 */
@Injectable()
export class ContentLanguage {
  readonly lang = signal<Language>('en');
  readonly dir = computed(() => (RTL_LANGUAGES.includes(this.lang()) ? 'rtl' : 'ltr'));
}

/**
 * Marks a field holding course text (not a label, not a setting): it takes the content language's
 * `lang` and `dir`, so Arabic is typed and read right to left, and screen readers pronounce it.
 */
@Directive({
  selector: '[vtContent]',
  host: { '[attr.lang]': 'content.lang()', '[attr.dir]': 'content.dir()' },
})
export class ContentText {
  protected readonly content = inject(ContentLanguage);
}
