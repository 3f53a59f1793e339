import type { EnvironmentProviders, Provider } from '@angular/core';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { BundledTranslationLoader } from '../app/core/i18n/translation-loader';

/** The real strings and loader, in English, for component tests. */
export function provideTestTranslations(): (Provider | EnvironmentProviders)[] {
  return provideTranslateService({ loader: provideTranslateLoader(() => new BundledTranslationLoader()), fallbackLang: 'en', lang: 'en' });
}
