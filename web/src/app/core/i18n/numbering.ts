import { Injectable, signal } from '@angular/core';

/** The digits Arabic text uses: `latn` 0123456789 or `arab` ٠١٢٣٤٥٦٧٨٩ (Unicode numbering system ids). */
export type ArabicDigits = 'latn' | 'arab';

/**
 * The locale behind every number, plural and date the interface writes. Arabic's digits are an
 * instance setting (ARABIC_DIGITS on the server, sent in /api/health): Intl's default for `ar` is
 * Arabic-Indic digits, while the Maghreb — Tunisia among our trainees — writes Latin ones, which
 * is the default here. The other languages use their own locale's defaults.
 */
@Injectable({ providedIn: 'root' })
export class Numbering {
  private readonly arabicDigits = signal<ArabicDigits>('latn');
  readonly arabic = this.arabicDigits.asReadonly();

  setArabicDigits(digits: ArabicDigits): void {
    this.arabicDigits.set(digits);
  }

  /** The BCP 47 locale for Intl in an interface language, with the instance's digits for Arabic. */
  locale(language: string): string {
    return language === 'ar' ? `ar-u-nu-${this.arabicDigits()}` : language;
  }
}
