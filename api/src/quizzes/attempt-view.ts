import {
  mayRevealKey,
  seededRandom,
  questionTokens,
  tokeniseResult,
  tokeniseView,
  toLearnerQuestion,
  type AttemptResult,
  type Course,
  type Question,
  type TokenIndex,
  type TokenOf,
} from '@vt/courses';
import { asLanguage, type Language } from '@vt/courses';
import { hash } from 'node:crypto';
import type { Attempt } from './attempt.entity.js';

/** Contract type `Attempt` (docs/api.md), defined once in the course model. */
export type { AttemptView } from '@vt/courses';
import type { AttemptView } from '@vt/courses';

export function drawnQuestions(course: Course, attempt: Attempt): Question[] {
  const byId = new Map(course.questions.map((q) => [q.id, q]));
  return (JSON.parse(attempt.questionIds) as string[]).map((id) => {
    const question = byId.get(id);
    if (!question) throw new Error(`attempt ${attempt.id}: question ${id} is not in its course version`);
    return question;
  });
}

/**
 * The tokens an attempt shows instead of course-file ids (decision 0018): `k` and the first 60 bits
 * of SHA-256 over the attempt's seed (random, 122 bits, never sent to a client), the question or
 * part and the id. With the secret first and the digest cut short, a token says nothing of the
 * seed or of another id's token (a length extension needs the whole digest), so tokens look random:
 * their order and pairing say nothing of the key, and they differ from attempt to attempt. Nothing
 * is stored: the seed gives them again on submit. Two ids of one question sharing a token would
 * take about 2^30 ids to be likely. (A one-shot hash: about 1 µs a token, against 5 µs for an HMAC
 * object, for some 60 ids at each start and each submit.)
 */
export function attemptTokens(attempt: Pick<Attempt, 'seed'>): TokenOf {
  return (scope, id) => `k${hash('sha256', `${attempt.seed}\n${scope}\n${id}`, 'hex').slice(0, 15)}`;
}

/** What the key-reveal rule needs of the learner: attempts submitted (an open one does not count) and whether they have passed. */
export interface LearnerRecord {
  attemptsSubmitted: number;
  quizPassed: boolean;
}

/**
 * The result as the learner may see it (the model's `mayRevealKey`, decision 0018): until the quiz's
 * key-reveal policy allows, the score and the pass only; then every question's result, its right
 * answer in this attempt's tokens. Without a learner record, the score and the pass only.
 */
function visibleResult(attempt: Attempt, course: Course, result: AttemptResult, learner: LearnerRecord | undefined): AttemptResult {
  const { score, passed, passMark } = result;
  if (!learner || !mayRevealKey(course.settings.quiz, learner.attemptsSubmitted, learner.quizPassed)) return { score, passed, passMark, results: [] };
  const tokenOf = attemptTokens(attempt);
  const questions = new Map(drawnQuestions(course, attempt).map((question) => [question.id, question]));
  return {
    ...result,
    results: result.results.map((each) => {
      const question = questions.get(each.questionId);
      return question ? tokeniseResult(question, each, tokenOf) : each;
    }),
  };
}

/** Attempts whose learner view is kept: an attempt is started, then submitted minutes later. */
const VIEWS_KEPT = 4096;
const questionViews = new Map<string, { course: Course; questions: AttemptView['questions']; tokens: TokenIndex }>();

/**
 * The attempt's questions as its learner sees them, built once when the attempt is started and
 * reused by its submit (the submit's answer shows the same questions with the result), with where
 * each of its tokens leads. An attempt's drawn questions, seed, language and course version never
 * change, so the kept view is exactly what building it again would give; the oldest views are
 * dropped past VIEWS_KEPT.
 */
function learnerQuestions(attempt: Attempt, course: Course): { questions: AttemptView['questions']; tokens: TokenIndex } {
  const kept = questionViews.get(attempt.id);
  if (kept?.course === course) {
    // Submitted: the view is needed once more, for this answer.
    if (attempt.submittedAt) questionViews.delete(attempt.id);
    return kept;
  }
  const lang = attempt.language as Language;
  const tokenOf = attemptTokens(attempt);
  const tokens = new Map<string, string>();
  const questions = drawnQuestions(course, attempt).map((question) =>
    tokeniseView(
      toLearnerQuestion(question, course.texts[lang]?.questions[question.id], course.texts.en?.questions[question.id], {
        shuffleOptions: course.settings.quiz.shuffleOptions,
        random: seededRandom(`${attempt.seed}:${question.id}`),
      }),
      tokenOf,
      tokens,
    ),
  );
  if (!attempt.submittedAt) {
    if (questionViews.size >= VIEWS_KEPT) questionViews.delete(questionViews.keys().next().value as string);
    questionViews.set(attempt.id, { course, questions, tokens });
  }
  return { questions, tokens };
}

/**
 * Where the tokens of an open attempt lead, for mapping its responses back on submit: kept from its
 * start when this process started it, else made again from its questions (another process or
 * instance started it, or the view was dropped).
 */
export function attemptTokenIndex(attempt: Attempt, course: Course, questions: Question[]): TokenIndex {
  const kept = questionViews.get(attempt.id);
  if (kept?.course === course) return kept.tokens;
  const tokenOf = attemptTokens(attempt);
  return new Map(questions.flatMap((question) => [...questionTokens(question, tokenOf)]));
}

/**
 * The attempt as its learner sees it. Options are ordered by a generator seeded with the attempt's
 * seed and the question id, so a reload shows the same order; the questions never carry keys, and
 * their options, prompts, targets and items carry this attempt's tokens, not course-file ids. The
 * result shows what `learner`'s record lets the key-reveal policy show.
 */
export function toAttemptView(attempt: Attempt, course: Course, learner?: LearnerRecord): AttemptView {
  const { questions } = learnerQuestions(attempt, course);
  return {
    id: attempt.id,
    enrolmentId: attempt.enrolmentId,
    number: attempt.number,
    startedAt: attempt.startedAt.toISOString(),
    ...(attempt.deadline ? { deadline: attempt.deadline.toISOString() } : {}),
    ...(attempt.submittedAt ? { submittedAt: attempt.submittedAt.toISOString() } : {}),
    language: asLanguage(attempt.language),
    questions,
    ...(attempt.result ? { result: visibleResult(attempt, course, JSON.parse(attempt.result) as AttemptResult, learner) } : {}),
  };
}
