import { computed, Directive, input } from '@angular/core';
import { RTL_LANGUAGES, type Language } from '@vt/courses';

/**
 * Marks text whose language may differ from the page's — course text served in English because
 * the learner's language has none, or interface labels inside such text — with its own `lang` and
 * `dir`. Without `dir`, English inside an Arabic page is laid out right to left and its full stops
 * land at the start of lines; without `lang`, screen readers read it in the wrong voice.
 */
@Directive({
  selector: '[vtLang]',
  host: { '[attr.lang]': 'vtLang()', '[attr.dir]': 'dir()' },
})
export class TextLanguage {
  readonly vtLang = input.required<Language>();
  protected readonly dir = computed(() => (RTL_LANGUAGES.includes(this.vtLang()) ? 'rtl' : 'ltr'));
}
