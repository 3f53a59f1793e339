/** The course model's public entry: pure code, safe in Node, the browser and a SCORM package. */
export * from './model/types.js';
export * from './schema/index.js';
export { CurriculumError, formatProblem, isError, type Problem } from './validation/problem.js';
export { validateCourse } from './validation/validate-course.js';
export { scoreQuestion } from './scoring/score-question.js';
export { QUESTION_TYPE_DEFINITIONS, definitionOf, initialResponse, isAnswered } from './question-types/registry.js';
export type { QuestionTypeDefinition } from './question-types/question-type.js';
export { scoreAttempt, type ScoredItem } from './scoring/score-attempt.js';
export { normaliseAnswer } from './scoring/normalise-answer.js';
export { drawQuestions, gradedQuestions } from './quiz/draw-questions.js';
export {
  bestPath,
  endPasses,
  endPoints,
  isPractice,
  toPracticeDecision,
  walkDecision,
  walkView,
  DECISION_LIMITS,
  type DecisionWalk,
} from './question-types/decision.js';
export { shuffle } from './quiz/shuffle.js';
export { seededRandom } from './quiz/seeded-random.js';
export { toLearnerQuestion, type PresentationOptions } from './quiz/learner-question.js';
export { fromTokens, questionTokens, tokeniseResult, tokeniseView, toTokens, type TokenIndex, type TokenOf } from './quiz/attempt-tokens.js';
export { lessonDecisions, renderLesson } from './render/render-lesson.js';
export { localizeCourse, missingTranslations, completeLanguages, type LocalizedCourse } from './i18n/localize-course.js';
export {
  completesLesson,
  meetsCompletionRule,
  missingForCompletion,
  PROGRESS_EVENTS,
  type MissingForCompletion,
  type ProgressEventName,
} from './progress/completion.js';
export {
  ATTEMPT_GRACE_MS,
  attemptDeadline,
  attemptsLeft,
  canStartAttempt,
  isPastDeadline,
  recordAttempt,
  timeLeftMs,
  type AttemptRecord,
  type AttemptRefusal,
} from './progress/attempt-rules.js';
export { keyRevealOf, mayRevealKey, type KeyRevealSettings } from './progress/key-reveal.js';
export type * from './model/views.js';
export type * from './model/trainer-views.js';
