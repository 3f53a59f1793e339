/**
 * The course model: what `loadCurriculum` produces and every consumer (API, web, packager) reads.
 * Settings (ids, keys, numbers) and learner-facing text are separate types so that a translation
 * can never change a setting. The on-disk format is described in docs/course-format.md.
 */

export const LANGUAGES = ['en', 'fr', 'ar', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';
export const RTL_LANGUAGES: readonly Language[] = ['ar'];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** A stored or requested language code as one we serve; anything else means English. */
export function asLanguage(value: string | undefined | null): Language {
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

export const QUESTION_TYPES = ['single-choice', 'multiple-choice', 'true-false', 'matching', 'ordering', 'short-text', 'scenario'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

// ---------- settings (course root: course.yaml, quiz.yaml) ----------

export interface QuizSettings {
  id: string;
  /** Percent, 1–100. */
  passMark: number;
  /** Attempts allowed; `'unlimited'` for no limit. */
  attempts: number | 'unlimited';
  /** Questions drawn per attempt; undefined = the whole bank. */
  draw?: number;
  /** Questions drawn per attempt from each question topic (instead of `draw`). */
  drawByTopic?: Record<string, number>;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  feedback: 'after-submit' | 'never';
  timeLimitMinutes?: number;
}

export interface CompletionRule {
  lessons: 'all';
  quizPassed: boolean;
}

export interface CourseSettings {
  id: string;
  version: number;
  course: 'A' | 'B';
  topic: string;
  level: 'foundation' | 'intermediate' | 'advanced';
  estimatedMinutes: number;
  languages: Language[];
  completion: CompletionRule;
  certificate?: { validityMonths?: number };
  lessons: string[];
  glossary: string[];
  quiz: QuizSettings;
}

interface QuestionBase {
  id: string;
  topic?: string;
  /** Weight in the attempt score; default 1. */
  points: number;
}
export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single-choice';
  options: string[];
  correct: string;
}
export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple-choice';
  options: string[];
  correct: string[];
}
export interface TrueFalseQuestion extends QuestionBase {
  type: 'true-false';
  correct: boolean;
}
export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  prompts: string[];
  targets: string[];
  correct: Record<string, string>;
}
export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  items: string[];
  correct: string[];
}
/** Accepted answers are language text, so they live in the translation (`QuestionText.accepted`). */
export interface ShortTextQuestion extends QuestionBase {
  type: 'short-text';
}
export type PartQuestion = SingleChoiceQuestion | MultipleChoiceQuestion | TrueFalseQuestion | MatchingQuestion | OrderingQuestion | ShortTextQuestion;
export interface ScenarioQuestion extends QuestionBase {
  type: 'scenario';
  parts: PartQuestion[];
}
export type Question = PartQuestion | ScenarioQuestion;

// ---------- text (one per language: <lang>/course.yaml, <lang>/quiz.yaml, lessons) ----------

export interface OptionText {
  text: string;
  feedback: string;
}

export interface QuestionText {
  text: string;
  explanation?: string;
  /** single/multiple choice: text and feedback per option id. */
  options?: Record<string, OptionText>;
  /** matching: left and right column labels by id. */
  prompts?: Record<string, string>;
  targets?: Record<string, string>;
  /** ordering: item labels by id. */
  items?: Record<string, string>;
  /** short-text: accepted answers in this language. */
  accepted?: string[];
  /** true-false: keys 'true' / 'false'; matching, ordering, short-text: 'correct' / 'incorrect'. */
  feedback?: Record<string, string>;
  /** scenario: the text of each part by part id. */
  parts?: Record<string, QuestionText>;
}

export interface LessonText {
  title: string;
  objectives: string[];
  /** The lesson body as authored (Markdown); render with `renderLesson`. */
  markdown: string;
}

export interface GlossaryEntry {
  term: string;
  definition: string;
}

export interface CourseText {
  title: string;
  summary: string;
  objectives: string[];
  lessons: Record<string, LessonText>;
  glossary: Record<string, GlossaryEntry>;
  questions: Record<string, QuestionText>;
}

/** One course: its settings, its question bank and its text in every language present on disk. */
export interface Course {
  settings: CourseSettings;
  questions: Question[];
  texts: Partial<Record<Language, CourseText>>;
  /** Where the course was loaded from (for error messages); absent for courses built in memory. */
  sourceDir?: string;
}

export interface Curriculum {
  courses: Course[];
}

// ---------- views shared by the API, the web app and the SCORM player ----------

/** A question as a learner sees it before submitting: no answer keys, no feedback. */
export interface LearnerQuestion {
  id: string;
  type: QuestionType;
  text: string;
  points: number;
  options?: { id: string; text: string }[];
  prompts?: { id: string; text: string }[];
  targets?: { id: string; text: string }[];
  items?: { id: string; text: string }[];
  parts?: LearnerQuestion[];
}

/**
 * A learner's answer: single-choice an option id; multiple-choice option ids; true-false a
 * boolean; matching prompt id → target id; ordering item ids in order; short-text the text typed;
 * scenario part id → that part's response.
 */
export type QuestionResponse = string | boolean | string[] | { [id: string]: string | QuestionResponse };

export interface QuestionResult {
  questionId: string;
  /** Share of the question's points earned, 0–1. */
  fraction: number;
  points: number;
  correct: boolean;
  feedback: string[];
  explanation?: string;
  correctResponse: QuestionResponse;
  parts?: QuestionResult[];
}

export interface AttemptResult {
  /** Percentage 0–100, two decimals. */
  score: number;
  passed: boolean;
  passMark: number;
  results: QuestionResult[];
}
