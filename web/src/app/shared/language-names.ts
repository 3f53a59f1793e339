import type { Language } from '@vt/courses';

/** Each language named in itself, so a learner can find theirs whatever the interface language. */
export const LANGUAGE_NAMES: readonly { code: Language; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'ar', name: 'العربية' },
  { code: 'ru', name: 'Русский' },
];

export function languageName(code: Language): string {
  return LANGUAGE_NAMES.find((l) => l.code === code)?.name ?? code;
}
