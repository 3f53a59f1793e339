import { Injectable, inject } from '@angular/core';
import { TranslateCompiler, type InterpolatableTranslation, type InterpolatableTranslationObject, type TranslationObject } from '@ngx-translate/core';
import { formatMessage, parseMessage, type MessageParams } from './icu-message';
import { Numbering } from './numbering';

/**
 * ngx-translate's compiler step: every string with a parameter or a plural becomes a function
 * that writes it in the language's locale (icu-message.ts), so counts take the right plural form
 * in all four languages and every number the same digits. Strings without either stay strings.
 */
@Injectable()
export class IcuCompiler extends TranslateCompiler {
  private readonly numbering = inject(Numbering);

  compile(value: string, lang: string): InterpolatableTranslation {
    if (!value.includes('{')) return value;
    const message = parseMessage(value);
    // The locale is read when the string is written: Arabic's digits may arrive after the strings.
    return (params?: MessageParams) => formatMessage(message, params ?? {}, this.numbering.locale(lang));
  }

  compileTranslations(translations: TranslationObject, lang: string): InterpolatableTranslationObject {
    const out: InterpolatableTranslationObject = {};
    for (const [key, value] of Object.entries(translations)) {
      if (typeof value === 'string') out[key] = this.compile(value, lang);
      else if (value && typeof value === 'object' && !Array.isArray(value)) out[key] = this.compileTranslations(value as TranslationObject, lang);
      else out[key] = value as InterpolatableTranslation;
    }
    return out;
  }
}
