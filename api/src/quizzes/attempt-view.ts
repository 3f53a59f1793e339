import { seededRandom, toLearnerQuestion, type AttemptResult, type Course, type Question } from '@vt/courses';
import { asLanguage, type Language } from '@vt/courses';
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

/** With `feedback: never` the learner sees the score only: no per-question feedback or keys. */
function visibleResult(course: Course, result: AttemptResult): AttemptResult {
  if (course.settings.quiz.feedback !== 'never') return result;
  return { ...result, results: [] };
}

/** Attempts whose learner view is kept: an attempt is started, then submitted minutes later. */
const VIEWS_KEPT = 4096;
const questionViews = new Map<string, { course: Course; questions: AttemptView['questions'] }>();

/**
 * The attempt's questions as its learner sees them, built once when the attempt is started and
 * reused by its submit (the submit's answer shows the same questions with the result). An
 * attempt's drawn questions, seed, language and course version never change, so the kept view is
 * exactly what building it again would give; the oldest views are dropped past VIEWS_KEPT.
 */
function learnerQuestions(attempt: Attempt, course: Course): AttemptView['questions'] {
  const kept = questionViews.get(attempt.id);
  if (kept?.course === course) {
    // Submitted: the view is needed once more, for this answer.
    if (attempt.submittedAt) questionViews.delete(attempt.id);
    return kept.questions;
  }
  const lang = attempt.language as Language;
  const questions = drawnQuestions(course, attempt).map((question) =>
    toLearnerQuestion(question, course.texts[lang]?.questions[question.id], course.texts.en?.questions[question.id], {
      shuffleOptions: course.settings.quiz.shuffleOptions,
      random: seededRandom(`${attempt.seed}:${question.id}`),
    }),
  );
  if (!attempt.submittedAt) {
    if (questionViews.size >= VIEWS_KEPT) questionViews.delete(questionViews.keys().next().value as string);
    questionViews.set(attempt.id, { course, questions });
  }
  return questions;
}

/**
 * The attempt as its learner sees it. Options are ordered by a generator seeded with the attempt's
 * seed and the question id, so a reload shows the same order; the questions never carry keys.
 */
export function toAttemptView(attempt: Attempt, course: Course): AttemptView {
  const questions = learnerQuestions(attempt, course);
  return {
    id: attempt.id,
    enrolmentId: attempt.enrolmentId,
    number: attempt.number,
    startedAt: attempt.startedAt.toISOString(),
    ...(attempt.deadline ? { deadline: attempt.deadline.toISOString() } : {}),
    ...(attempt.submittedAt ? { submittedAt: attempt.submittedAt.toISOString() } : {}),
    language: asLanguage(attempt.language),
    questions,
    ...(attempt.result ? { result: visibleResult(course, JSON.parse(attempt.result) as AttemptResult) } : {}),
  };
}
