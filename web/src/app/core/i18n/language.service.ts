import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { LANGUAGES, RTL_LANGUAGES, type Language } from '@vt/courses';
import { firstValueFrom } from 'rxjs';
import { HealthService } from '../health.service';
import { Numbering } from './numbering';

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
  private readonly numbering = inject(Numbering);
  private readonly health = inject(HealthService);

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
    if (language === 'ar') {
      // Arabic's digits are the instance's setting (/api/health), fetched beside the strings.
      const [, health] = await Promise.all([firstValueFrom(this.translate.use(language)), this.health.load()]);
      if (health.arabicDigits !== this.numbering.arabic()) {
        this.numbering.setArabicDigits(health.arabicDigits);
        this.translate.setTranslation(language, {}, true); // writes the shown strings again with these digits
      }
    } else {
      await firstValueFrom(this.translate.use(language));
    }
    this.state.set(language);
    const root = this.document.documentElement;
    root.lang = language;
    root.dir = this.dir();
    this.storage()?.setItem(STORAGE_KEY, language);
  }

  /** The locale of every number and date shown: the interface language, with the instance's digits for Arabic. */
  readonly locale = computed(() => this.numbering.locale(this.state()));

  /** A number in the interface language's way of writing it (separators; Arabic with the instance's digits). */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.locale(), options).format(value);
  }

  /** A date as the interface language writes it ("7 déc. 2026", "7 дек. 2026 г."), never English by default. */
  formatDate(iso: string): string {
    return new Intl.DateTimeFormat(this.locale(), { dateStyle: 'medium' }).format(new Date(iso));
  }

  private storage(): Storage | undefined {
    try {
      return this.document.defaultView?.localStorage;
    } catch {
      return undefined; // storage disabled (private mode on some phones): keep the choice in memory
    }
  }
}
