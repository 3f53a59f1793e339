import type { TSchema } from '@sinclair/typebox';
import type { LearnerQuestion, Question, QuestionResponse, QuestionResult, QuestionText } from '../model/types.js';

/**
 * One question type, whole (after the plugin shape of the Adapt framework's question components):
 * its settings schema, the text it needs, its answer-key checks, scoring, what a learner may see
 * before submitting, when it counts as answered, and how SCORM records it. Every type has one file
 * beside this one and an entry in `QUESTION_TYPE_DEFINITIONS` (registry.ts), a
 * `Record<QuestionType, …>`: a type without its entry does not compile.
 */
export interface QuestionTypeDefinition<Q extends Question = Question> {
  readonly type: Q['type'];
  /** The question's settings in quiz.yaml (and in memory), checked by `validateCourse`. */
  readonly schema: TSchema;
  /** Text keys it needs beyond `text` (and, for a top-level question, `explanation`). */
  textKeys(question: Q, add: AddTextKey, part: AddPartKeys): void;
  /** The ids its text may describe, by text section; text for any other id is an orphan. */
  textIds(question: Q): Partial<Record<TextSection, readonly string[]>>;
  /** Text checks beyond `textIds`, e.g. orphans nested inside its own sections (a decision's choices). */
  checkText?(question: Q, text: QuestionText, name: string, report: (path: string[], message: string) => void): void;
  /** The `feedback` keys its text may carry. */
  readonly feedbackKeys: readonly string[];
  /** Whether its text carries accepted answers (`accepted`). */
  readonly acceptsAnswers: boolean;
  /** Answer-key checks beyond the schema: the key names things the question has. */
  checkKey(question: Q, name: string, path: Path, report: Report): void;
  /**
   * Share of the points earned, 0–1, from untrusted learner input (never throws), and the feedback
   * to show; `feedback` left out means the verdict (`feedback.correct` / `feedback.incorrect`);
   * `correct` left out means full points (a decision's end may pass on fewer).
   */
  score(
    question: Q,
    response: QuestionResponse | undefined,
    text: TextPair,
  ): { fraction: number; correct?: boolean; feedback?: string[]; parts?: QuestionResult[] };
  correctResponse(question: Q, text: TextPair): QuestionResponse;
  /** What may be sent to a learner before submitting: ids and labels, never keys or feedback. */
  learnerView(question: Q, base: LearnerQuestion, text: TextPair, present: Present): LearnerQuestion;
  /** The response a question starts with (an ordering starts as shown), if any. */
  initialResponse(question: LearnerQuestion): QuestionResponse | undefined;
  isAnswered(question: LearnerQuestion, response: QuestionResponse): boolean;
  readonly scorm: {
    /** `cmi.interactions.n.type`. */
    interactionType: 'choice' | 'true-false' | 'matching' | 'sequencing' | 'fill-in' | 'performance' | 'other';
    /** The learner response as recorded: what the SCORM formats are made from. */
    response: 'option ids' | 'boolean' | 'prompt-target pairs' | 'item ids in order' | 'text' | 'one interaction per part' | 'path of step and choice ids';
  };
}

export type Path = (string | number)[];
export type Report = (message: string, path: Path) => void;
export type TextSection = 'options' | 'prompts' | 'targets' | 'items' | 'parts' | 'steps' | 'ends';
/** `of` names the piece (`option "b" of `), `noun` what it lacks. */
export type AddTextKey = (sub: string[], of: string, noun: string) => void;
export type AddPartKeys = (part: Question) => void;
/** The learner's language and English (the fallback), per question. */
export interface TextPair {
  text?: QuestionText;
  fallback?: QuestionText;
}
/** Presentation: the (maybe shuffled) order of a list of ids, and the attempt's settings. */
export interface Present {
  order(ids: string[]): string[];
  shuffleOptions: boolean;
  random: () => number;
}
