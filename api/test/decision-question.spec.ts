import type { Course, LearnerQuestion } from '@vt/courses';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';
import { trainerCourse } from './trainer-fixtures.js';

const COURSE = 'dq-market';
const DECISION = `${COURSE}-decision`;
const PRACTICE = `${COURSE}-practice`;

/**
 * A trainer course with a graded decision (2 points, besides five 1-point questions) and a lesson's
 * practice decision: the smallest graph that shows a partial end, a failing end and an unfinished path.
 */
function decisionCourse(): Course {
  const course = trainerCourse(COURSE);
  const graph = {
    steps: [
      {
        id: 'found',
        choices: [
          { id: 'clear-area', next: 'call' },
          { id: 'look-inside', next: 'handled' },
        ],
      },
      {
        id: 'call',
        choices: [
          { id: 'radio-now', next: 'radio-risk' },
          { id: 'move-then-call', next: 'contained' },
        ],
      },
    ],
    ends: [
      { id: 'contained', points: 1 },
      { id: 'radio-risk', points: 0.5, pass: false },
      { id: 'handled', points: 0 },
    ],
  };
  course.questions.push(
    { id: DECISION, type: 'decision', points: 2, ...structuredClone(graph) },
    { id: PRACTICE, type: 'decision', points: 1, practice: true, ...structuredClone(graph) },
  );
  const text = {
    text: 'A holdall under a market stall.',
    explanation: 'Clear the area, then move away before you radio.',
    steps: {
      found: {
        prompt: 'What first?',
        choices: {
          'clear-area': { text: 'Move people back', consequence: 'The aisle empties.' },
          'look-inside': { text: 'Open the bag', consequence: 'You kneel over it.' },
        },
      },
      call: {
        prompt: 'Radio in hand, eight metres away.',
        choices: {
          'radio-now': { text: 'Call from here', consequence: 'The call gets through, too close.' },
          'move-then-call': { text: 'Move away, then call', consequence: 'The police are on their way.' },
        },
      },
    },
    ends: { contained: 'Well reported and contained.', 'radio-risk': 'Your supervisor takes over.', handled: 'The bag was handled.' },
  };
  Object.assign(course.texts.en!.questions, { [DECISION]: text, [PRACTICE]: structuredClone(text) });
  course.texts.en!.lessons[`${COURSE}-l1`].markdown += `\n## Your decision\n\n\`\`\`decision\n${PRACTICE}\n\`\`\`\n`;
  return course;
}

/** The response a learner gives by picking these choice labels one step after the other, in the ids the attempt shows. */
function pathByLabels(view: LearnerQuestion, labels: string[]): Record<string, string> {
  const response: Record<string, string> = {};
  let step = view.steps?.[0];
  for (const label of labels) {
    const choice = step!.choices.find((c) => c.text === label)!;
    response[step!.id] = choice.id;
    step = view.steps?.find((s) => s.id === choice.next);
  }
  return response;
}

interface AttemptBody {
  id: string;
  questions: LearnerQuestion[];
  result?: { score: number };
}

describe.each(DATABASES)('decision questions on %s', (_database, url) => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp(url);
    const trainer = await t.signUp('trainer');
    admin = await t.signUp('admin');
    expect((await t.request('POST', '/api/trainer/courses', { headers: trainer.auth, body: decisionCourse() })).status).toBe(201);
    expect((await t.request('POST', `/api/trainer/courses/${COURSE}/publish`, { headers: trainer.auth })).status).toBe(200);
  });
  afterAll(() => t?.close());

  /** A new learner's attempt at the quiz. */
  async function attempt(): Promise<{ learner: TestUser; attempt: AttemptBody }> {
    const learner = await t.signUp();
    const enrolment = (await t.request('POST', '/api/enrolments', { headers: learner.auth, body: { courseId: COURSE } })).body as { id: string };
    const started = await t.request('POST', `/api/enrolments/${enrolment.id}/attempts`, { headers: learner.auth });
    expect(started.status).toBe(201);
    return { learner, attempt: started.body as AttemptBody };
  }

  it('sends the situation, steps, choices and consequences, but no end, points or pass flag, and never a practice block', async () => {
    const { attempt: shown } = await attempt();
    expect(shown.questions.map((q) => q.id)).not.toContain(PRACTICE);
    const view = shown.questions.find((q) => q.id === DECISION)!;
    expect(view).toMatchObject({ type: 'decision', text: 'A holdall under a market stall.', points: 2 });
    expect(view.steps?.map((s) => s.text)).toEqual(['What first?', 'Radio in hand, eight metres away.']);
    expect(view.steps?.[0].choices.map((c) => [c.text, c.consequence])).toEqual([
      ['Move people back', 'The aisle empties.'],
      ['Open the bag', 'You kneel over it.'],
    ]);
    const json = JSON.stringify(view);
    for (const secret of ['contained', 'radio-risk', 'handled', 'Well reported', 'supervisor', 'pass', 'Clear the area']) expect(json).not.toContain(secret);
    const detail = (await t.request('GET', `/api/courses/${COURSE}`, { headers: admin.auth })).body as { quiz: { questionCount: number } };
    expect(detail.quiz.questionCount).toBe(6);
  });

  it.each([
    [['Move people back', 'Move away, then call'], 1],
    [['Move people back', 'Call from here'], 0.5],
    [['Open the bag'], 0],
    [['Move people back'], 0],
  ])('scores the path %j by the end it reaches (fraction %d of 2 points out of 7)', async (labels, fraction) => {
    const { learner, attempt: shown } = await attempt();
    const view = shown.questions.find((q) => q.id === DECISION)!;
    const responses = { [DECISION]: pathByLabels(view, labels) };
    const submitted = await t.request('POST', `/api/attempts/${shown.id}/submit`, { headers: learner.auth, body: { responses } });
    expect(submitted.status).toBe(200);
    expect((submitted.body as AttemptBody).result?.score).toBe(Math.round(((2 * fraction) / 7) * 10000) / 100);
  });

  it('sends a lesson its practice decision with the ends’ text and the explanation, but no points or pass flags', async () => {
    const lesson = (await t.request('GET', `/api/courses/${COURSE}/lessons/${COURSE}-l1`, { headers: admin.auth })).body as {
      html: string;
      decisions: (LearnerQuestion & { ends: { id: string; text: string }[]; explanation: string })[];
    };
    expect(lesson.html).toContain(`<div class="decision-block" data-decision="${PRACTICE}"></div>`);
    expect(lesson.decisions).toHaveLength(1);
    expect(lesson.decisions[0]).toMatchObject({ id: PRACTICE, explanation: 'Clear the area, then move away before you radio.' });
    expect(lesson.decisions[0].ends).toEqual([
      { id: 'contained', text: 'Well reported and contained.' },
      { id: 'radio-risk', text: 'Your supervisor takes over.' },
      { id: 'handled', text: 'The bag was handled.' },
    ]);
    expect(JSON.stringify(lesson.decisions)).not.toMatch(/"pass"|0\.5/);
  });

  it('shows item analysis for the decision by the end each path reached', async () => {
    const analysis = (await t.request('GET', `/api/trainer/reports/item-analysis?courseId=${COURSE}`, { headers: admin.auth })).body as {
      questions: {
        questionId: string;
        type: string;
        attempts: number;
        facility: number;
        distractors?: { optionId: string; correct: boolean; rate: number }[];
      }[];
    };
    const row = analysis.questions.find((q) => q.questionId === DECISION)!;
    // The four scored paths above: contained, radio-risk, handled, and one that reached no end.
    expect(row).toMatchObject({ type: 'decision', attempts: 4, facility: 0.375 });
    expect(row.distractors).toEqual([
      { optionId: 'contained', correct: true, rate: 0.25 },
      { optionId: 'radio-risk', correct: false, rate: 0.25 },
      { optionId: 'handled', correct: false, rate: 0.25 },
    ]);
    expect(analysis.questions.map((q) => q.questionId)).not.toContain(PRACTICE);
  });
});
