import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { inject, provideAppInitializer, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection, type ApplicationConfig } from '@angular/core';
import { provideRouter, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { provideTranslateCompiler, provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { routes } from './app.routes';
import { provideRouteFocus } from './core/a11y/route-focus';
import { AuthService } from './core/auth/auth.service';
import { problemInterceptor } from './core/http/problem.interceptor';
import { IcuCompiler } from './core/i18n/icu-compiler';
import { LanguageService } from './core/i18n/language.service';
import { TranslatedTitleStrategy } from './core/i18n/translated-title.strategy';
import { CertificateKeysStore } from './features/certificates/data-access/certificate-keys.store';
import { BundledTranslationLoader } from './core/i18n/translation-loader';

/**
 * Start-up: the session check and the strings of the remembered language load in parallel; if the
 * signed-in user prefers another language, that one is loaded before the first paint, so nobody
 * sees the interface flash from one language to another.
 */
async function startInLearnersLanguage(): Promise<void> {
  const language = inject(LanguageService);
  const [user] = await Promise.all([inject(AuthService).whenKnown(), language.use(language.preferred())]);
  if (user && user.language !== language.current()) await language.use(user.language);
}

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(withFetch(), withInterceptors([problemInterceptor])),
    provideTranslateService({
      loader: provideTranslateLoader(() => new BundledTranslationLoader()),
      // ICU plurals and every number through Intl in the language's locale (core/i18n/icu-message.ts).
      compiler: provideTranslateCompiler(IcuCompiler),
      fallbackLang: 'en',
    }),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(startInLearnersLanguage),
    // Certificate keys saved for offline verification (at most hourly), after the first page's own requests.
    provideAppInitializer(() => inject(CertificateKeysStore).refreshSoon()),
    provideRouteFocus(),
  ],
};
