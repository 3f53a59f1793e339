import { inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import type { TranslationObject } from '@ngx-translate/core';
import { TranslationParts, type DictionaryLoaders } from '../../../core/i18n/translation-loader';

/** The workspace's `trainer.*` strings, one chunk per language, never in a learner's download. */
export const TRAINER_STRINGS: DictionaryLoaders = {
  en: () => import('../../../../i18n/trainer/en').then((m) => m.TRAINER_EN as TranslationObject),
  fr: () => import('../../../../i18n/trainer/fr').then((m) => m.TRAINER_FR as TranslationObject),
  ar: () => import('../../../../i18n/trainer/ar').then((m) => m.TRAINER_AR as TranslationObject),
  ru: () => import('../../../../i18n/trainer/ru').then((m) => m.TRAINER_RU as TranslationObject),
};

/** Loads the workspace's strings before its first page shows, so no key flashes in their place. */
export const loadTrainerStrings: CanActivateFn = async () => {
  await inject(TranslationParts).add('trainer', TRAINER_STRINGS);
  return true;
};
