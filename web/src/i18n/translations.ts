import type { EN } from './en';

/** The shape every language must fill: exactly English's keys, each a string. */
export type Translations = typeof EN;
