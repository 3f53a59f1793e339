import { Injectable, Injector, inject } from '@angular/core';
import { TranslateService, type TranslateLoader, type TranslationObject } from '@ngx-translate/core';
import type { Language } from '@vt/courses';
import { from, type Observable } from 'rxjs';
import { EN } from '../../../i18n/en';
import type { Translations } from '../../../i18n/translations';

/** Where a dictionary's strings come from, per language (a dynamic import is its own chunk). */
export type DictionaryLoaders<T = TranslationObject> = Record<Language, () => Promise<T>>;

/**
 * English ships in the initial bundle (it is the fallback for every missing string); the other
 * languages are separate chunks fetched from our own origin the first time they are chosen.
 */
const LOADERS: DictionaryLoaders<Translations> = {
  en: () => Promise.resolve(EN),
  fr: () => import('../../../i18n/fr').then((m) => m.FR),
  ar: () => import('../../../i18n/ar').then((m) => m.AR),
  ru: () => import('../../../i18n/ru').then((m) => m.RU),
};

const asLanguage = (language: string): Language => (language in LOADERS ? (language as Language) : 'en');

/**
 * Dictionaries that belong to a lazy part of the app (the trainer workspace's `trainer.*` strings,
 * a third of all our text): a learner's phone never downloads them. The part's route adds its
 * dictionary when it first opens; from then on it is merged into every language already loaded and
 * into each language loaded later, so switching language inside the workspace still has its text.
 */
@Injectable({ providedIn: 'root' })
export class TranslationParts {
  private readonly injector = inject(Injector);
  private readonly parts = new Map<string, DictionaryLoaders>();
  private readonly loaded = new Set<Language>();

  /** Loads dictionary `key` in every language loaded so far and in every one loaded after. */
  async add(key: string, loaders: DictionaryLoaders): Promise<void> {
    if (this.parts.has(key)) return;
    this.parts.set(key, loaders);
    // Injected here, not in a field: TranslateService is built from the loader, which uses this class.
    const translate = this.injector.get(TranslateService);
    await Promise.all([...this.loaded].map(async (language) => translate.setTranslation(language, { [key]: await loaders[language]() }, true)));
  }

  /** The parts' strings in `language`, for the loader to serve beside the main dictionary. */
  async in(language: Language): Promise<TranslationObject> {
    const entries = await Promise.all([...this.parts].map(async ([key, loaders]) => [key, await loaders[language]()] as const));
    this.loaded.add(language);
    return Object.fromEntries(entries);
  }
}

export class BundledTranslationLoader implements TranslateLoader {
  // Built by provideTranslateLoader's factory, inside the injector.
  private readonly parts = inject(TranslationParts);

  getTranslation(language: string): Observable<TranslationObject> {
    const lang = asLanguage(language);
    return from(Promise.all([LOADERS[lang](), this.parts.in(lang)]).then(([main, parts]) => ({ ...main, ...parts }) as TranslationObject));
  }
}
