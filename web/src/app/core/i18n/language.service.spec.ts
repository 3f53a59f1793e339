import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import { provideTestTranslations } from '../../../testing/translations';
import { LanguageService } from './language.service';

describe('LanguageService', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestTranslations()] });
  });

  it('turns the page right-to-left in Arabic and back, with lang set, using the Arabic strings', async () => {
    const language = TestBed.inject(LanguageService);
    await language.use('ar');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    expect(TestBed.inject(TranslateService).instant('app.signIn')).toBe('تسجيل الدخول');
    await language.use('ru');
    expect(document.documentElement.getAttribute('dir')).toBe('ltr');
    expect(TestBed.inject(TranslateService).instant('app.signIn')).toBe('Войти');
  });

  it('remembers the choice for the next visit', async () => {
    await TestBed.inject(LanguageService).use('fr');
    expect(TestBed.inject(LanguageService).preferred()).toBe('fr');
    localStorage.setItem('vt.language', 'xx');
    expect(['en', 'fr', 'ar', 'ru']).toContain(TestBed.inject(LanguageService).preferred());
  });
});
