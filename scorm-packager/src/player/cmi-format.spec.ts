import { scoreQuestion, type Question } from '@vt/courses';
import { checkCmi } from '../../test/cmi-types.js';
import { description2004, formatResponse, interactionRecords, scaledScore, sessionTime12, sessionTime2004, timestamp2004 } from './cmi-format.js';

const single: Question = { id: 'q-1', type: 'single-choice', points: 1, options: ['a', 'b', 'c'], correct: 'b' };
const multiple: Question = { id: 'q-2', type: 'multiple-choice', points: 2, options: ['a', 'b', 'c', 'd'], correct: ['a', 'c'] };
const trueFalse: Question = { id: 'q-3', type: 'true-false', points: 1, correct: false };
const matching: Question = { id: 'q-4', type: 'matching', points: 1, prompts: ['m1', 'm2'], targets: ['t1', 't2', 't3'], correct: { m1: 't2', m2: 't1' } };
const ordering: Question = { id: 'q-5', type: 'ordering', points: 1, items: ['s1', 's2', 's3'], correct: ['s2', 's3', 's1'] };
const shortText: Question = { id: 'q-6', type: 'short-text', points: 1 };
const scenario: Question = {
  id: 'q-7',
  type: 'scenario',
  points: 1,
  parts: [
    { ...single, id: 'q-7-a' },
    { ...trueFalse, id: 'q-7-b' },
  ],
};

describe('interaction formats', () => {
  it.each([
    [single, 'b', 'b', 'b'],
    [multiple, ['c', 'a', 'a'], 'c,a', 'c[,]a'],
    [trueFalse, true, 't', 'true'],
    [trueFalse, false, 'f', 'false'],
    [matching, { m1: 't2', m2: 't3' }, '0.1,1.2', 'm1[.]t2[,]m2[.]t3'],
    [ordering, ['s2', 's1', 's3'], '1,0,2', 's2[,]s1[,]s3'],
    [shortText, '  hostile  reconnaissance ', 'hostile  reconnaissance', 'hostile  reconnaissance'],
  ] as const)('writes %p response %p as 1.2 %p and 2004 %p', (question, response, v12, v2004) => {
    const q = question as Exclude<Question, { type: 'scenario' }>;
    expect(formatResponse(q, response as never, '1.2')).toBe(v12);
    expect(formatResponse(q, response as never, '2004')).toBe(v2004);
  });

  // Moodle's 2004 run-time refuses a `-` in a short identifier (406): the curriculum's meaningful
  // ids (`evacuate-hall`) are written with `_`, in responses and patterns alike.
  it('writes hyphenated ids as 2004 short identifiers Moodle accepts', () => {
    const choice: Question = { id: 'q-8', type: 'multiple-choice', points: 1, options: ['evacuate-hall', 'lock-doors', 'wait'], correct: ['evacuate-hall'] };
    const pairs: Question = {
      id: 'q-9',
      type: 'matching',
      points: 1,
      prompts: ['hot-zone'],
      targets: ['armed-police', 'paramedics'],
      correct: { 'hot-zone': 'armed-police' },
    };
    const steps: Question = { id: 'q-10', type: 'ordering', points: 1, items: ['call-police', 'clear-area'], correct: ['clear-area', 'call-police'] };
    expect(formatResponse(choice, ['lock-doors', 'evacuate-hall'], '2004')).toBe('lock_doors[,]evacuate_hall');
    expect(formatResponse(pairs, { 'hot-zone': 'paramedics' }, '2004')).toBe('hot_zone[.]paramedics');
    expect(formatResponse(steps, ['clear-area', 'call-police'], '2004')).toBe('clear_area[,]call_police');
    for (const [question, response] of [
      [choice, ['lock-doors', 'evacuate-hall']],
      [pairs, { 'hot-zone': 'paramedics' }],
      [steps, ['clear-area', 'call-police']],
    ] as const) {
      const [record] = interactionRecords(question, response as never, scoreQuestion(question, response as never), '2004');
      expect(checkCmi('2004', 'cmi.interactions.0.learner_response', record.learnerResponse ?? '', record.type)).toBeUndefined();
      expect(checkCmi('2004', 'cmi.interactions.0.correct_responses.0.pattern', record.correctPattern ?? '', record.type)).toBeUndefined();
    }
  });

  it('matches the characters SCORM 1.2 allows for choice, matching and sequencing', () => {
    expect(formatResponse(multiple, ['a', 'b', 'd'], '1.2')).toMatch(/^[0-9a-z](,[0-9a-z])*$/);
    expect(formatResponse(matching, { m1: 't1', m2: 't2' }, '1.2')).toMatch(/^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/);
  });

  it('leaves unanswered and foreign responses out', () => {
    expect(formatResponse(single, undefined, '2004')).toBeUndefined();
    expect(formatResponse(single, 'z', '1.2')).toBeUndefined();
    expect(formatResponse(trueFalse, 't' as never, '2004')).toBeUndefined();
    expect(formatResponse(shortText, 'x[,]y', '2004')).toBe('x y');
  });

  it("records results in each version's vocabulary with the stable question id", () => {
    const wrong = scoreQuestion(single, 'a');
    expect(interactionRecords(single, 'a', wrong, '1.2')).toEqual([
      { id: 'q-1', type: 'choice', weighting: 1, learnerResponse: 'a', result: 'wrong', correctPattern: 'b' },
    ]);
    expect(interactionRecords(single, 'a', wrong, '2004')[0].result).toBe('incorrect');
    expect(interactionRecords(single, 'b', scoreQuestion(single, 'b'), '2004')[0].result).toBe('correct');
    expect(interactionRecords(ordering, ['s2', 's3', 's1'], scoreQuestion(ordering, ['s2', 's3', 's1']), '2004')[0]).toEqual(
      expect.objectContaining({ type: 'sequencing', correctPattern: 's2[,]s3[,]s1', result: 'correct' }),
    );
  });

  it('writes one interaction per scenario part, under the part ids', () => {
    const response = { 'q-7-a': 'b', 'q-7-b': true };
    const records = interactionRecords(scenario, response, scoreQuestion(scenario, response), '1.2');
    expect(records.map((r) => [r.id, r.type, r.learnerResponse, r.result])).toEqual([
      ['q-7-a', 'choice', 'b', 'correct'],
      ['q-7-b', 'true-false', 't', 'wrong'],
    ]);
  });
});

describe('decision paths as performance interactions', () => {
  const decision: Question = {
    id: 'q-8',
    type: 'decision',
    points: 2,
    steps: [
      {
        id: 'bag-found',
        choices: [
          { id: 'clear-area', next: 'caller' },
          { id: 'lift-bag', next: 'hurt' },
        ],
      },
      {
        id: 'caller',
        choices: [
          { id: 'keep-talking', next: 'safe' },
          { id: 'hang-up', next: 'partial' },
        ],
      },
    ],
    ends: [
      { id: 'safe', points: 1 },
      { id: 'partial', points: 0.5 },
      { id: 'hurt', points: 0 },
    ],
  };
  const path = { 'bag-found': 'clear-area', caller: 'hang-up' };

  it('writes the path as step.choice pairs in 1.2 and as step[.]choice short identifiers in 2004, both accepted as Moodle checks them', () => {
    const v12 = formatResponse(decision, path, '1.2');
    const v2004 = formatResponse(decision, path, '2004');
    expect(v12).toBe('bag-found.clear-area,caller.hang-up');
    expect(v2004).toBe('bag_found[.]clear_area[,]caller[.]hang_up');
    expect(checkCmi('1.2', 'cmi.interactions.0.student_response', v12!, 'performance')).toBeUndefined();
    expect(checkCmi('2004', 'cmi.interactions.0.learner_response', v2004!, 'performance')).toBeUndefined();
    // The same ids with their hyphens are not short identifiers to Moodle.
    expect(checkCmi('2004', 'cmi.interactions.0.learner_response', 'bag-found[.]clear-area', 'performance')).toBe('406');
  });

  it('records an unfinished path as far as it goes, and nothing for no path', () => {
    expect(formatResponse(decision, { 'bag-found': 'clear-area' }, '2004')).toBe('bag_found[.]clear_area');
    expect(formatResponse(decision, { caller: 'hang-up' }, '2004')).toBeUndefined();
    expect(formatResponse(decision, undefined, '1.2')).toBeUndefined();
  });

  it('codes steps and choices by position in 1.2 when the ids would pass 255 characters', () => {
    const long = (id: string) => `${id}-${'x'.repeat(80)}`;
    const wordy: Question = {
      ...decision,
      steps: (decision as Extract<Question, { type: 'decision' }>).steps.map((step) => ({
        id: long(step.id),
        choices: step.choices.map((c) => ({ id: long(c.id), next: c.next === 'caller' ? long('caller') : c.next })),
      })),
    };
    const v12 = formatResponse(wordy, { [long('bag-found')]: long('clear-area'), [long('caller')]: long('hang-up') }, '1.2');
    expect(v12).toBe('1.0,2.1');
    expect(checkCmi('1.2', 'cmi.interactions.0.student_response', v12!, 'performance')).toBeUndefined();
  });

  it('is one performance interaction with the best path as its correct pattern', () => {
    const [record] = interactionRecords(decision, path, scoreQuestion(decision, path), '2004', { text: 'A bag by the exit' });
    expect(record).toEqual({
      id: 'q-8',
      type: 'performance',
      weighting: 2,
      learnerResponse: 'bag_found[.]clear_area[,]caller[.]hang_up',
      result: 'incorrect',
      correctPattern: 'bag_found[.]clear_area[,]caller[.]keep_talking',
      description: 'A bag by the exit',
    });
    expect(checkCmi('2004', 'cmi.interactions.0.correct_responses.0.pattern', record.correctPattern!, 'performance')).toBeUndefined();
  });
});

describe('times and scores', () => {
  it.each([
    [0, '00:00:00.00', 'PT0S'],
    [2945, '00:00:02.95', 'PT2.95S'],
    [62450, '00:01:02.45', 'PT1M2.45S'],
    [3723000, '01:02:03.00', 'PT1H2M3S'],
  ])('%p ms is 1.2 %p and 2004 %p', (ms, v12, v2004) => {
    expect(sessionTime12(ms)).toBe(v12);
    expect(sessionTime12(ms)).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(sessionTime2004(ms)).toBe(v2004);
    expect(sessionTime2004(ms)).toMatch(/^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/);
  });

  it.each([
    [50, '0.5'],
    [100, '1'],
    [0, '0'],
    [66.67, '0.6667'],
  ])('scales %p%% to %p', (percent, scaled) => {
    expect(scaledScore(percent)).toBe(scaled);
  });
});

describe('2004 timestamps and descriptions within their types', () => {
  it.each([
    ['2026-12-07T18:14:18.764Z', '2026-12-07T18:14:18.76Z'],
    ['2026-12-07T18:14:18.765Z', '2026-12-07T18:14:18.77Z'],
    ['2026-12-07T18:14:59.996Z', '2026-12-07T18:15:00.00Z'],
    ['2026-12-31T23:59:59.999Z', '2027-01-01T00:00:00.00Z'],
  ])('rounds %p to hundredths: %p', (iso, expected) => {
    expect(timestamp2004(new Date(iso))).toBe(expected);
    expect(checkCmi('2004', 'cmi.interactions.0.timestamp', timestamp2004(new Date(iso)))).toBeUndefined();
  });

  it('refuses what Moodle refuses: three decimals of a second', () => {
    expect(checkCmi('2004', 'cmi.interactions.0.timestamp', new Date('2026-12-07T18:14:18.764Z').toISOString())).toBe('406');
  });

  it('describes a 2004 interaction with the question text on one line, within 250 characters', () => {
    expect(interactionRecords(single, 'a', scoreQuestion(single, 'a'), '2004', { text: 'Which  sign\nfirst?' })[0].description).toBe('Which sign first?');
    expect(interactionRecords(single, 'a', scoreQuestion(single, 'a'), '1.2', { text: 'Which sign first?' })[0].description).toBeUndefined();
    const long = description2004('word '.repeat(80));
    expect([...long].length).toBeLessThanOrEqual(250);
    expect(long.endsWith('…')).toBe(true);
    const arabic = description2004('ما هي العلامة الأولى للاستطلاع العدائي؟ '.repeat(10));
    expect([...arabic].length).toBeLessThanOrEqual(250);
    expect(checkCmi('2004', 'cmi.interactions.3.description', arabic)).toBeUndefined();
    const response = { 'q-7-a': 'b', 'q-7-b': true };
    const parts = interactionRecords(scenario, response, scoreQuestion(scenario, response), '2004', {
      text: 'Scenario',
      parts: { 'q-7-a': { text: 'Part A' }, 'q-7-b': { text: 'Part B' } },
    });
    expect(parts.map((r) => r.description)).toEqual(['Part A', 'Part B']);
  });
});
