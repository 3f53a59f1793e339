/**
 * The JSON the packager embeds in `index.html` and the player reads: one course in one language,
 * lessons already rendered and sanitised at build time, and the question bank with its keys (a
 * SCORM package scores offline, so the keys necessarily travel inside it).
 */
import type { CompletionRule, Language, Question, QuestionText, QuizSettings } from '@vt/courses';
import type { UiStrings } from './ui-strings.js';

export interface PlayerLesson {
  id: string;
  title: string;
  /** Sanitised HTML from the model's `renderLesson`. */
  html: string;
}

export interface PlayerCourse {
  id: string;
  version: number;
  lang: Language;
  /** The SCORM run-time the package speaks (its manifest's version). */
  scormVersion: '1.2' | '2004';
  dir: 'ltr' | 'rtl';
  title: string;
  summary: string;
  lessons: PlayerLesson[];
  completion: CompletionRule;
  quiz: QuizSettings;
  questions: Question[];
  /** Question text in the package's language (English filling any gap). */
  texts: Record<string, QuestionText>;
  /** English text where scoring needs it besides the translation (accepted short-text answers). */
  fallbackTexts: Record<string, QuestionText>;
  strings: UiStrings;
}

/** Id of the `<script type="application/json">` element holding the course. */
export const COURSE_DATA_ELEMENT = 'vt-course';
