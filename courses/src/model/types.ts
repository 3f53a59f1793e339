/**
 * The course model: what `loadCurriculum` produces and every consumer (API, web, packager) reads.
 * Settings (ids, keys, numbers) and learner-facing text are separate types so that a translation
 * can never change a setting. The on-disk format is described in docs/course-format.md.
 */

import type { Static } from '@sinclair/typebox';
import type { CourseTextSchema, QuestionTextSchema } from '../schema/text.js';
import type { Language, QuestionType } from './constants.js';

export * from './constants.js';

// ---------- settings (course root: course.yaml, quiz.yaml): derived from the schemas ----------

export type { CompletionRule, CourseSettings, QuizSettings } from '../schema/course.js';
export type {
  DecisionQuestion,
  MatchingQuestion,
  MultipleChoiceQuestion,
  OrderingQuestion,
  PartQuestion,
  ScenarioQuestion,
  ShortTextQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from '../schema/questions.js';
import type { CourseSettings } from '../schema/course.js';
import type { PartQuestion, ScenarioQuestion } from '../question-types/scenario.js';
import type { DecisionQuestion } from '../question-types/decision.js';

/** Every question: a scenario, a decision, or a question of one of the part types. */
export type Question = PartQuestion | ScenarioQuestion | DecisionQuestion;

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
  /** decision: each step's prompt and its choices' labels and consequences, by step id. */
  steps?: Record<string, DecisionStepText>;
  /** decision: what happened at each end, by end id (shown after submitting; in a lesson, at once). */
  ends?: Record<string, string>;
}

export interface DecisionStepText {
  prompt: string;
  choices: Record<string, { text: string; consequence: string }>;
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

/** Compile-time check: every value of the text types above passes the text schemas. */
type Assignable<T, U extends T> = U;
export type _TextTypesMatchSchemas = [Assignable<Static<typeof QuestionTextSchema>, QuestionText>, Assignable<Static<typeof CourseTextSchema>, CourseText>];

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
  /** decision: the steps, starting with the first. */
  steps?: LearnerStep[];
}

/**
 * One step of a decision as a learner sees it: the prompt, and each choice with its consequence
 * and, when it leads to another step, that step's id (no `next`: the scenario ends there).
 */
export interface LearnerStep {
  id: string;
  text: string;
  choices: { id: string; text: string; consequence: string; next?: string }[];
}

/**
 * A decision as a lesson's ungraded practice block: the learner view, plus each end's text and
 * the explanation (shown as soon as an end is reached); choices lead to ends by id too.
 */
export interface PracticeDecisionView extends LearnerQuestion {
  steps: LearnerStep[];
  ends: { id: string; text: string }[];
  explanation: string;
}

/**
 * A learner's answer: single-choice an option id; multiple-choice option ids; true-false a
 * boolean; matching prompt id → target id; ordering item ids in order; short-text the text typed;
 * scenario part id → that part's response; decision step id → the choice made there (the path).
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
