import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { LANGUAGES, RTL_LANGUAGES, type Language } from '@vt/courses';
import { firstValueFrom } from 'rxjs';

const STORAGE_KEY = 'vt.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The interface language. Changing it loads that language's strings (a lazy chunk) and sets
 * `lang` and `dir` on <html>, so Arabic mirrors the whole layout (the CSS uses logical properties).
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly state = signal<Language>('en');

  readonly current = this.state.asReadonly();
  readonly dir = computed(() => (RTL_LANGUAGES.includes(this.state()) ? 'rtl' : 'ltr'));

  /** The language to start in before we know the user: last choice, else the browser's, else English. */
  preferred(): Language {
    const stored = this.storage()?.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
    const browser = this.document.defaultView?.navigator.language.slice(0, 2);
    return isLanguage(browser) ? browser : 'en';
  }

  async use(language: Language): Promise<void> {
    await firstValueFrom(this.translate.use(language));
    this.state.set(language);
    const root = this.document.documentElement;
    root.lang = language;
    root.dir = this.dir();
    this.storage()?.setItem(STORAGE_KEY, language);
  }

  /** Localised number formatting for sizes and scores (Arabic uses its own digits and separators). */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.state(), options).format(value);
  }

  formatDate(iso: string): string {
    return new Intl.DateTimeFormat(this.state(), { dateStyle: 'medium' }).format(new Date(iso));
  }

  private storage(): Storage | undefined {
    try {
      return this.document.defaultView?.localStorage;
    } catch {
      return undefined; // storage disabled (private mode on some phones): keep the choice in memory
    }
  }
}
