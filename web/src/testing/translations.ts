import type { EnvironmentProviders, Provider } from '@angular/core';
import { provideTranslateCompiler, provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { IcuCompiler } from '../app/core/i18n/icu-compiler';
import { BundledTranslationLoader } from '../app/core/i18n/translation-loader';

/** The real strings, loader and ICU compiler, in English, for component tests. */
export function provideTestTranslations(): (Provider | EnvironmentProviders)[] {
  return provideTranslateService({
    loader: provideTranslateLoader(() => new BundledTranslationLoader()),
    compiler: provideTranslateCompiler(IcuCompiler),
    fallbackLang: 'en',
    lang: 'en',
  });
}
