import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import { provideTestTranslations } from '../../../testing/translations';
import { LanguageService } from './language.service';
import { TranslationParts, type DictionaryLoaders } from './translation-loader';

// A lazy part's dictionary, counting how often each language is fetched.
function workspaceDictionary() {
  const fetched: string[] = [];
  const load = (language: string, cohorts: string) => async () => (fetched.push(language), { cohorts });
  const loaders: DictionaryLoaders = { en: load('en', 'Cohorts'), fr: load('fr', 'Cohortes'), ar: load('ar', 'الأفواج'), ru: load('ru', 'Группы') };
  return { loaders, fetched };
}

describe('TranslationParts', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestTranslations()] });
  });

  it('leaves a part’s strings out until its route adds them', async () => {
    await TestBed.inject(LanguageService).use('fr');
    expect(TestBed.inject(TranslateService).instant('part.cohorts')).toBe('part.cohorts');
  });

  it('merges a part into the languages already loaded, and into each language loaded after', async () => {
    const language = TestBed.inject(LanguageService);
    const translate = TestBed.inject(TranslateService);
    await language.use('fr');
    const { loaders, fetched } = workspaceDictionary();
    await TestBed.inject(TranslationParts).add('part', loaders);
    expect(translate.instant('part.cohorts')).toBe('Cohortes');
    expect(translate.instant('app.signIn')).toBe('Se connecter');
    await language.use('ru');
    expect(translate.instant('part.cohorts')).toBe('Группы');
    // Adding it again (the route opened twice) fetches nothing more.
    await TestBed.inject(TranslationParts).add('part', loaders);
    expect(fetched.sort()).toEqual(['en', 'fr', 'ru']);
  });
});
