import type { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import type { Language } from '@vt/courses';
import { from, type Observable } from 'rxjs';
import { EN } from '../../../i18n/en';
import type { Translations } from '../../../i18n/translations';

/**
 * English ships in the initial bundle (it is the fallback for every missing string); the other
 * languages are separate chunks fetched from our own origin the first time they are chosen.
 */
const LOADERS: Record<Language, () => Promise<Translations>> = {
  en: () => Promise.resolve(EN),
  fr: () => import('../../../i18n/fr').then((m) => m.FR),
  ar: () => import('../../../i18n/ar').then((m) => m.AR),
  ru: () => import('../../../i18n/ru').then((m) => m.RU),
};

export class BundledTranslationLoader implements TranslateLoader {
  getTranslation(language: string): Observable<TranslationObject> {
    const load = LOADERS[language as Language] ?? LOADERS.en;
    return from(load() as Promise<TranslationObject>);
  }
}
