import fc from 'fast-check';
import { fullPointsPath, sampleCourse, sampleQuestions } from '../../test/builders.js';
import type { Course, DecisionQuestion, QuestionResponse } from '../model/types.js';
import { drawQuestions } from '../quiz/draw-questions.js';
import { toLearnerQuestion } from '../quiz/learner-question.js';
import { seededRandom } from '../quiz/seeded-random.js';
import { scoreQuestion } from '../scoring/score-question.js';
import { validateCourse } from '../validation/validate-course.js';
import { bestPath, toPracticeDecision, walkDecision } from './decision.js';
import { isAnswered } from './registry.js';

const { questions, text } = sampleQuestions();
const sample = questions.find((question) => question.id === 'q-dec') as DecisionQuestion;
const sampleText = text['q-dec'];
const plain = { shuffleOptions: false, random: seededRandom('d') };

/** The sample course with its decision replaced by `question` (text kept where ids match). */
function courseWith(question: DecisionQuestion, edit?: (course: Course) => void): Course {
  const course = sampleCourse();
  course.questions = course.questions.map((each) => (each.id === 'q-dec' ? question : each));
  edit?.(course);
  return course;
}
const messages = (course: Course) =>
  validateCourse(course)
    .filter((problem) => problem.severity !== 'warning')
    .map((problem) => problem.message);

describe('decision: scoring by the end reached', () => {
  it.each([
    [{ found: 'cordon', caller: 'keep-talking' }, 1, true, 'Contained, and the call is on record.'],
    [{ found: 'cordon', caller: 'hang-up' }, 0.5, true, 'Contained, the caller lost.'],
    [{ found: 'lift' }, 0, false, 'Someone is hurt.'],
    [{ found: 'walk-on' }, 0, false, 'Nobody checked it.'],
  ])('%j earns %d (correct: %s) and shows what happened', (response, fraction, correct, feedback) => {
    expect(scoreQuestion(sample, response, sampleText)).toMatchObject({ fraction, correct, feedback: [feedback], points: 2 });
  });

  it('an unfinished path, a choice of another step, or a made-up step earns 0 and counts as unanswered', () => {
    const view = toLearnerQuestion(sample, sampleText, undefined, plain);
    for (const response of [{ found: 'cordon' }, { found: 'keep-talking' }, { caller: 'keep-talking' }, ['cordon', 'keep-talking'], 'cordon', {}]) {
      expect(scoreQuestion(sample, response as QuestionResponse, sampleText)).toMatchObject({ fraction: 0, correct: false });
      expect(isAnswered(view, response as QuestionResponse)).toBe(false);
    }
  });

  it('ignores answers for steps off the path taken', () => {
    expect(scoreQuestion(sample, { found: 'lift', caller: 'keep-talking' }, sampleText).fraction).toBe(0);
  });

  it('gives the path to the best end as the correct response, and shows the explanation', () => {
    const result = scoreQuestion(sample, { found: 'lift' }, sampleText);
    expect(result.correctResponse).toEqual({ found: 'cordon', caller: 'keep-talking' });
    expect(result.explanation).toBe('Cordon first, then keep the caller on the line.');
  });
});

describe('decision: what the learner sees', () => {
  const view = toLearnerQuestion(sample, sampleText, undefined, plain);

  it('carries the situation, each step with its choices and consequences, and the next step — never an end', () => {
    expect(view).toEqual({
      id: 'q-dec',
      type: 'decision',
      text: 'A bag under a bench',
      points: 2,
      steps: [
        {
          id: 'found',
          text: 'What first?',
          choices: [
            { id: 'cordon', text: 'Move people back', consequence: 'The crowd steps back.', next: 'caller' },
            { id: 'lift', text: 'Pick it up', consequence: 'It is heavier than it looks.' },
            { id: 'walk-on', text: 'Walk on', consequence: 'Nobody looks at it again.' },
          ],
        },
        {
          id: 'caller',
          text: 'The phone rings.',
          choices: [
            { id: 'keep-talking', text: 'Keep them talking', consequence: 'You note every word.' },
            { id: 'hang-up', text: 'Hang up', consequence: 'The line goes dead.' },
          ],
        },
      ],
    });
    const json = JSON.stringify(view);
    for (const secret of ['pass', 'safe', 'partial', 'hurt', 'missed', 'Contained', 'explanation', 'Cordon first']) expect(json).not.toContain(secret);
  });

  it('counts a path as answered once its last choice leads to no further step', () => {
    expect(isAnswered(view, { found: 'lift' })).toBe(true);
    expect(isAnswered(view, { found: 'cordon', caller: 'hang-up' })).toBe(true);
  });

  it('shuffles choices reproducibly when the quiz shuffles options, keeping the steps in order', () => {
    const shuffled = toLearnerQuestion(sample, sampleText, undefined, { shuffleOptions: true, random: seededRandom('s') });
    expect(shuffled.steps?.map((step) => step.id)).toEqual(['found', 'caller']);
    expect(shuffled).toEqual(toLearnerQuestion(sample, sampleText, undefined, { shuffleOptions: true, random: seededRandom('s') }));
  });

  it('a lesson’s practice view adds the ends’ text and the explanation, never points or pass flags', () => {
    const practice = toPracticeDecision(sample, undefined, sampleText);
    expect(practice.ends).toEqual([
      { id: 'safe', text: 'Contained, and the call is on record.' },
      { id: 'partial', text: 'Contained, the caller lost.' },
      { id: 'hurt', text: 'Someone is hurt.' },
      { id: 'missed', text: 'Nobody checked it.' },
    ]);
    expect(practice.steps[0].choices[1]).toMatchObject({ id: 'lift', next: 'hurt' });
    expect(practice.explanation).toBe('Cordon first, then keep the caller on the line.');
    expect(JSON.stringify(practice)).not.toMatch(/"pass"|0\.5/);
  });
});

describe('decision: validation', () => {
  it('passes the sample', () => {
    expect(messages(courseWith(sample))).toEqual([]);
  });

  it.each<[string, (q: DecisionQuestion) => void, string]>([
    [
      'a next that names nothing',
      (q) => (q.steps[0].choices[0].next = 'nowhere'),
      'choice "cordon" of step "found" of question q-dec leads to "nowhere", which is neither a step nor an end',
    ],
    [
      'a cycle',
      (q) => (q.steps[1].choices[1].next = 'found'),
      'the steps of question q-dec lead round in a circle (found → caller → found): every path must reach an end',
    ],
    [
      'a step nobody reaches',
      (q) =>
        q.steps.push({
          id: 'extra',
          choices: [
            { id: 'x', next: 'safe' },
            { id: 'y', next: 'hurt' },
          ],
        }),
      'step "extra" of question q-dec cannot be reached from its first step',
    ],
    ['an end nobody reaches', (q) => q.ends.push({ id: 'lost', points: 0 }), 'end "lost" of question q-dec cannot be reached from its first step'],
    ['an end with neither points nor pass', (q) => delete q.ends[3].points, 'end "missed" of question q-dec has neither points nor pass'],
    ['an end that passes on 0 points', (q) => (q.ends[2] = { id: 'hurt', pass: true, points: 0 }), 'end "hurt" of question q-dec passes but earns 0 points'],
    ['no end worth full points', (q) => (q.ends[0].points = 0.9), 'no path of question q-dec reaches an end worth full points'],
    ['a step and an end with one id', (q) => (q.ends[3].id = 'caller'), 'end "caller" of question q-dec has the id of one of its steps'],
    ['two choices with one id', (q) => (q.steps[1].choices[1].id = 'keep-talking'), 'choice of step "caller" of question q-dec: id keep-talking is used twice'],
  ])('rejects %s', (_name, bend, message) => {
    const question = structuredClone(sample);
    bend(question);
    expect(messages(courseWith(question))).toContain(message);
  });

  it.each([
    ['points above 1', (q: DecisionQuestion) => (q.ends[0].points = 1.5), 'questions[7].ends[0].points 1.5 must be <= 1'],
    ['one choice', (q: DecisionQuestion) => q.steps[1].choices.pop(), 'questions[7].steps[1].choices must NOT have fewer than 2 items'],
  ])('rejects %s in the schema’s words', (_name, bend, message) => {
    const question = structuredClone(sample);
    bend(question);
    expect(messages(courseWith(question))).toContain(message);
  });

  it('names missing text and text for choices it does not have', () => {
    const course = courseWith(sample, (c) => {
      const t = c.texts.en!.questions['q-dec'];
      delete (t.steps!['caller'].choices['hang-up'] as { consequence?: string }).consequence;
      delete t.ends!['missed'];
      t.steps!['found'].choices['run'] = { text: 'Run', consequence: 'You run.' };
    });
    expect(messages(course)).toEqual(
      expect.arrayContaining([
        'choice "hang-up" of step "caller" of question q-dec has no consequence',
        'end "missed" of question q-dec has no text',
        'question q-dec has text for choice "run" of step "found", which it does not have',
      ]),
    );
  });
});

describe('decision: practice blocks', () => {
  const practice: DecisionQuestion = { ...structuredClone(sample), practice: true };

  it('are never drawn into an attempt, and the quiz rules do not count them', () => {
    const course = courseWith(practice);
    for (const seed of ['a', 'b', 'c'])
      expect(drawQuestions(course.settings.quiz, course.questions, seededRandom(seed)).map((q) => q.id)).not.toContain('q-dec');
    course.settings.quiz.draw = 8;
    expect(messages(course)).toContain('quiz draws 8 questions from a bank of 7');
  });

  it('a bank of nothing but practice blocks is refused', () => {
    const course = courseWith(practice, (c) => (c.questions = [practice]));
    expect(messages(course)).toContain('the quiz has only practice blocks: it needs a question to draw');
  });
});

/**
 * Random graphs: `steps` steps and `ends` ends, each choice leading anywhere (cycles, dead ends
 * and unreachable steps included), with random points and pass flags.
 */
const anyGraph = fc
  .record({ steps: fc.integer({ min: 1, max: 6 }), ends: fc.integer({ min: 1, max: 4 }) })
  .chain(({ steps, ends }) => {
    const targets = [...Array.from({ length: steps }, (_, i) => `s${i}`), ...Array.from({ length: ends }, (_, i) => `e${i}`)];
    return fc.record({
      steps: fc.tuple(
        ...Array.from({ length: steps }, (_, i) =>
          fc
            .array(fc.constantFrom(...targets), { minLength: 2, maxLength: 4 })
            .map((nexts) => ({ id: `s${i}`, choices: nexts.map((next, c) => ({ id: `c${c}`, next })) })),
        ),
      ),
      ends: fc.tuple(
        ...Array.from({ length: ends }, (_, i) =>
          fc
            .record({ points: fc.option(fc.constantFrom(0, 0.25, 0.5, 1), { nil: undefined }), pass: fc.option(fc.boolean(), { nil: undefined }) })
            .map((end) => ({
              id: `e${i}`,
              ...(end.points !== undefined ? { points: end.points } : {}),
              ...(end.pass !== undefined ? { pass: end.pass } : {}),
            })),
        ),
      ),
    });
  })
  .map(({ steps, ends }): DecisionQuestion => ({ id: 'q-dec', type: 'decision', points: 1, steps, ends }));

/**
 * Graphs whose choices only lead forward (to a later step or an end), with one end worth full
 * points: acyclic by construction, so the validator accepts many of them (not all: some steps or
 * ends may be unreachable).
 */
const forwardGraph = fc
  .record({ steps: fc.integer({ min: 1, max: 6 }), ends: fc.integer({ min: 1, max: 4 }) })
  .chain(({ steps, ends }) => {
    const endIds = Array.from({ length: ends }, (_, i) => `e${i}`);
    const later = (i: number) => [...Array.from({ length: steps - i - 1 }, (_, j) => `s${i + j + 1}`), ...endIds];
    return fc
      .record({
        steps: fc.tuple(
          ...Array.from({ length: steps }, (_, i) =>
            fc
              .array(fc.constantFrom(...later(i)), { minLength: 2, maxLength: 4 })
              .map((nexts) => ({ id: `s${i}`, choices: nexts.map((next, c) => ({ id: `c${c}`, next })) })),
          ),
        ),
        points: fc.array(fc.constantFrom(0, 0.25, 0.5), { minLength: ends - 1, maxLength: ends - 1 }),
      })
      .map(({ steps: graph, points }) => ({ steps: graph, ends: [{ id: 'e0', points: 1 }, ...points.map((p, i) => ({ id: `e${i + 1}`, points: p }))] }));
  })
  .map(({ steps, ends }): DecisionQuestion => ({ id: 'q-dec', type: 'decision', points: 1, steps, ends }));

/** Every path from the first step, followed independently of the model: the choices made and where they stopped. */
function allPaths(question: DecisionQuestion): { response: Record<string, string>; ended: boolean }[] {
  const found: { response: Record<string, string>; ended: boolean }[] = [];
  const go = (id: string, response: Record<string, string>, depth: number): void => {
    const step = question.steps.find((each) => each.id === id);
    if (!step) return void found.push({ response, ended: question.ends.some((end) => end.id === id) });
    if (depth > question.steps.length) return void found.push({ response, ended: false });
    for (const choice of step.choices) go(choice.next, { ...response, [id]: choice.id }, depth + 1);
  };
  go(question.steps[0].id, {}, 0);
  return found;
}

/** Text for every step, choice and end of a graph, so that only its settings are judged. */
function textFor(question: DecisionQuestion) {
  return {
    text: 'Situation',
    explanation: 'Why',
    steps: Object.fromEntries(
      question.steps.map((step) => [
        step.id,
        { prompt: 'Prompt', choices: Object.fromEntries(step.choices.map((choice) => [choice.id, { text: 'Choice', consequence: 'Then' }])) },
      ]),
    ),
    ends: Object.fromEntries(question.ends.map((end) => [end.id, 'End'])),
  };
}

describe('decision: properties', () => {
  it('every path of a graph the validator accepts reaches an end, and the best path earns full points', () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(anyGraph, forwardGraph), (question) => {
        const course = courseWith(question, (c) => (c.texts.en!.questions['q-dec'] = textFor(question)));
        if (messages(course).length > 0) return;
        valid += 1;
        for (const path of allPaths(question)) {
          expect(path.ended).toBe(true);
          expect(walkDecision(question, path.response).end).toBeDefined();
        }
        expect(scoreQuestion(question, fullPointsPath(question)).fraction).toBe(1);
        expect(scoreQuestion(question, scoreQuestion(question, undefined).correctResponse)).toMatchObject({ fraction: 1, correct: true });
      }),
      { numRuns: 400 },
    );
    expect(valid).toBeGreaterThan(50);
  });

  it('scores lie in [0, 1] and walking never loops, whatever the graph and whatever is sent', () => {
    fc.assert(
      fc.property(
        anyGraph,
        fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom('s0', 's1', 's2', 's3'), fc.constantFrom('c0', 'c1', 'c2', 'c3'))),
        (question, response) => {
          const { fraction } = scoreQuestion(question, response as QuestionResponse);
          expect(fraction).toBeGreaterThanOrEqual(0);
          expect(fraction).toBeLessThanOrEqual(1);
          expect(walkDecision(question, response as QuestionResponse).path.length).toBeLessThanOrEqual(question.steps.length);
          expect(bestPath(question).path.length).toBeLessThanOrEqual(question.steps.length);
        },
      ),
      { numRuns: 400 },
    );
  });
});
