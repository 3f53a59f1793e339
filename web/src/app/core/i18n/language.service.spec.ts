import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import { provideTestTranslations } from '../../../testing/translations';
import { LanguageService } from './language.service';

describe('LanguageService', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations()] });
  });

  /** Switches to Arabic, the server answering /api/health with the instance's digits. */
  async function useArabic(arabicDigits: 'latn' | 'arab'): Promise<LanguageService> {
    const language = TestBed.inject(LanguageService);
    const switched = language.use('ar');
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.inject(HttpTestingController).expectOne('/api/health').flush({ status: 'ok', database: 'sqlite', courses: 9, arabicDigits });
    await switched;
    return language;
  }

  it('turns the page right-to-left in Arabic and back, with lang set, using the Arabic strings', async () => {
    const language = await useArabic('latn');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    expect(TestBed.inject(TranslateService).instant('app.signIn')).toBe('تسجيل الدخول');
    await language.use('ru');
    expect(document.documentElement.getAttribute('dir')).toBe('ltr');
    expect(TestBed.inject(TranslateService).instant('app.signIn')).toBe('Войти');
  });

  it("writes Arabic numbers, percentages and dates in the instance's digits, never a mix", async () => {
    const translate = TestBed.inject(TranslateService);
    let language = await useArabic('latn');
    expect(translate.instant('quiz.score', { score: 83.333, passMark: 100 })).toMatch(/83\.33.*%.*100.*%/);
    expect(translate.instant('quiz.score', { score: 83.333, passMark: 100 })).not.toMatch(/[٠-٩٪]/);
    expect(language.formatDate('2026-12-07T12:00:00Z')).toMatch(/2026/);

    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations()] });
    language = await useArabic('arab');
    const score = TestBed.inject(TranslateService).instant('quiz.score', { score: 83.333, passMark: 100 });
    expect(score).toContain('٨٣٫٣٣٪');
    expect(score).toContain('١٠٠٪');
    expect(score).not.toMatch(/[0-9%]/);
    expect(TestBed.inject(TranslateService).instant('catalogue.results', { count: 9 })).toBe('\u2068٩\u2069 دورات');
    expect(language.formatDate('2026-12-07T12:00:00Z')).toContain('٢٠٢٦');
  });

  it('writes dates and plurals in each language, not in English', async () => {
    const language = TestBed.inject(LanguageService);
    const translate = TestBed.inject(TranslateService);
    await language.use('fr');
    expect(language.formatDate('2026-12-07T12:00:00Z')).toBe('7 déc. 2026');
    expect(translate.instant('catalogue.results', { count: 1 })).toBe('1 cours trouvé');
    await language.use('ru');
    expect(translate.instant('catalogue.results', { count: 3 })).toBe('Найдено 3 курса');
    expect(translate.instant('quiz.points', { points: 5 })).toBe('5 баллов');
    await language.use('en');
    expect(translate.instant('quiz.points', { points: 1 })).toBe('1 point');
  });

  it('remembers the choice for the next visit', async () => {
    await TestBed.inject(LanguageService).use('fr');
    expect(TestBed.inject(LanguageService).preferred()).toBe('fr');
    localStorage.setItem('vt.language', 'xx');
    expect(['en', 'fr', 'ar', 'ru']).toContain(TestBed.inject(LanguageService).preferred());
  });
});
