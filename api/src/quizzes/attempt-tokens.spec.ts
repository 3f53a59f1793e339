import {
  drawQuestions,
  seededRandom,
  tokeniseView,
  toLearnerQuestion,
  type MatchingQuestion,
  type OrderingQuestion,
  type Question,
  type TokenOf,
} from '@vt/courses';
import { loadCurriculum } from '@vt/courses/node';
import fc from 'fast-check';
import { join } from 'node:path';
import { REPO_ROOT } from '../config/app-config.js';
import type { Attempt } from './attempt.entity.js';
import { attemptTokenIndex, attemptTokens, drawnQuestions, toAttemptView } from './attempt-view.js';

const courses = loadCurriculum(process.env.TEST_COURSES_DIR ?? join(REPO_ROOT, 'courses/content')).courses;
const questions = courses.flatMap((course) => course.questions.flatMap((q): Question[] => (q.type === 'scenario' ? [q, ...q.parts] : [q])));

/**
 * Each question as issue 14 found many written: ids numbered in the order of the answer (ordering
 * items s1…sn, matching prompt m<i> with target t<i>, distractors after). The curriculum has since
 * renamed them, but a trainer may write them so again.
 */
function readable(question: OrderingQuestion): OrderingQuestion;
function readable(question: MatchingQuestion): MatchingQuestion;
function readable(question: OrderingQuestion | MatchingQuestion): OrderingQuestion | MatchingQuestion {
  if (question.type === 'ordering') {
    const name = (id: string) => `s${question.correct.indexOf(id) + 1}`;
    return { ...question, items: question.items.map(name), correct: question.correct.map(name) };
  }
  const prompt = (id: string) => `m${question.prompts.indexOf(id) + 1}`;
  const keyed = question.prompts.map((id) => question.correct[id]);
  const distractors = question.targets.filter((id) => !keyed.includes(id));
  const target = (id: string) => `t${keyed.includes(id) ? keyed.indexOf(id) + 1 : keyed.length + distractors.indexOf(id) + 1}`;
  return {
    ...question,
    prompts: question.prompts.map(prompt),
    targets: question.targets.map(target),
    correct: Object.fromEntries(question.prompts.map((id) => [prompt(id), target(question.correct[id])])),
  };
}
const orderings = questions.filter((q): q is OrderingQuestion => q.type === 'ordering').flatMap((q) => [q, readable(q)]);
const matchings = questions.filter((q): q is MatchingQuestion => q.type === 'matching').flatMap((q) => [q, readable(q)]);

/** The API's tokens, or (what the API sent before decision 0018) the course-file ids themselves. */
let tokensFor: (seed: string) => TokenOf = (seed) => attemptTokens({ seed });

/** The view an attempt with `seed` shows (options shuffled, as in every curriculum course), in its tokens. */
function shown(question: Question, seed: string) {
  const view = toLearnerQuestion(question, undefined, undefined, { shuffleOptions: true, random: seededRandom(`${seed}:${question.id}`) });
  return tokeniseView(view, tokensFor(seed));
}

/** The course-file ids of `entries` in the order of their tokens: what sorting the ids a learner receives gives. */
function bySortedToken(entries: { id: string }[], real: string[], question: Question, seed: string): string[] {
  const tokenOf = tokensFor(seed);
  const byToken = new Map(real.map((id) => [tokenOf(question.id, id), id]));
  return entries
    .map((entry) => entry.id)
    .sort()
    .map((token) => byToken.get(token)!);
}

/** The attacks of issue 14 on one attempt: sort an ordering question's ids; pair the i-th prompt with the i-th target. */
function sortAttack(question: OrderingQuestion, seed: string): number {
  const order = bySortedToken(shown(question, seed).items!, question.items, question, seed);
  return order.filter((id, i) => id === question.correct[i]).length / question.correct.length;
}
function pairAttack(question: MatchingQuestion, seed: string): number {
  const view = shown(question, seed);
  const prompts = bySortedToken(view.prompts!, question.prompts, question, seed);
  const targets = bySortedToken(view.targets!, question.targets, question, seed);
  return prompts.filter((prompt, i) => question.correct[prompt] === targets[i]).length / prompts.length;
}

describe('per-attempt tokens hide the key (curriculum, the API’s own token function)', () => {
  it('with course-file ids as ids, the attacks read every readable key (the finding: a check that the attacks work)', () => {
    tokensFor = () => (_scope, id) => id;
    try {
      expect(orderings.filter((q) => sortAttack(q, 'any') === 1).length).toBe(orderings.length / 2);
      expect(matchings.filter((q) => pairAttack(q, 'any') === 1).length).toBe(matchings.length / 2);
    } finally {
      tokensFor = (seed) => attemptTokens({ seed });
    }
  });

  it('the order of the tokens does not depend on the answer key: any key gives the same sorted ids (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...orderings), fc.uuid(), fc.nat(), (question, seed, shift) => {
        // The same question with another right order: the view's tokens, sorted, name the same ids.
        const rotated = [...question.correct.slice(shift % question.correct.length), ...question.correct.slice(0, shift % question.correct.length)];
        const other = { ...question, correct: rotated };
        const sorted = (q: OrderingQuestion) => bySortedToken(shown(q, seed).items!, q.items, q, seed).join(' ');
        expect(sorted(other)).toBe(sorted(question));
      }),
    );
  });

  it('sorting ordering tokens, or pairing sorted prompt and target tokens, scores what guessing scores', () => {
    const seeds = Array.from({ length: 200 }, (_, i) => `seed-${i}`);
    const mean = (scores: number[]) => scores.reduce((a, b) => a + b, 0) / scores.length;
    for (const question of orderings) {
      // Guessing places 1 item in n right on average; with course-file ids, 9 of 18 scored 1.
      expect({ id: question.id, score: mean(seeds.map((seed) => sortAttack(question, seed))) < 1 / question.items.length + 0.15 }).toEqual({
        id: question.id,
        score: true,
      });
    }
    for (const question of matchings) {
      expect({ id: question.id, score: mean(seeds.map((seed) => pairAttack(question, seed))) < 1 / question.targets.length + 0.15 }).toEqual({
        id: question.id,
        score: true,
      });
    }
  });

  it('maps back the same whether this process started the attempt (its kept index) or another did (made again)', () => {
    for (const course of courses) {
      const seed = `seed-${course.settings.id}`;
      const attempt = {
        id: `tokens-${course.settings.id}`,
        seed,
        language: 'en',
        startedAt: new Date(0),
        deadline: null,
        submittedAt: null,
        questionIds: JSON.stringify(drawQuestions(course.settings.quiz, course.questions, seededRandom(seed)).map((q) => q.id)),
      } as Attempt;
      const drawn = drawnQuestions(course, attempt);
      const elsewhere = attemptTokenIndex(attempt, course, drawn);
      toAttemptView(attempt, course);
      const kept = attemptTokenIndex(attempt, course, drawn);
      expect(kept).not.toBe(elsewhere);
      expect(new Map([...kept].sort())).toEqual(new Map([...elsewhere].sort()));
    }
  });
});
