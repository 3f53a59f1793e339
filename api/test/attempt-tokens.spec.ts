import type { Course, LearnerQuestion, QuestionResponse } from '@vt/courses';
import { inAttempt, type ShownAttempt } from './attempt-answers.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';
import { trainerCourse } from './trainer-fixtures.js';

interface AttemptBody extends ShownAttempt {
  id: string;
  result?: { score: number; passed: boolean };
}

const COURSE = 'tok-readable';
const ITEMS = ['s1', 's2', 's3', 's4', 's5'];
const PROMPTS = ['m1', 'm2', 'm3', 'm4'];
const TARGETS = ['t1', 't2', 't3', 't4'];

/**
 * A trainer course whose ids give the answers away, as issue 14 found in the curriculum: an ordering
 * question whose items sort into the right order, a matching question that pairs m<i> with t<i>.
 * Options are shuffled, as in every curriculum course; attempts are unlimited.
 */
function readableCourse(): Course {
  const course = trainerCourse(COURSE, { attempts: 'unlimited', shuffleOptions: true });
  course.questions.push(
    { id: `${COURSE}-order`, type: 'ordering', points: 1, items: ['s3', 's5', 's1', 's4', 's2'], correct: ITEMS },
    { id: `${COURSE}-match`, type: 'matching', points: 1, prompts: PROMPTS, targets: TARGETS, correct: { m1: 't1', m2: 't2', m3: 't3', m4: 't4' } },
  );
  const verdicts = { correct: 'Right.', incorrect: 'Wrong.' };
  Object.assign(course.texts.en!.questions, {
    [`${COURSE}-order`]: {
      text: 'Put the steps of a cordon in order.',
      explanation: 'Observe, report, cordon, evacuate, hand over.',
      items: { s1: 'Observe', s2: 'Report', s3: 'Cordon', s4: 'Evacuate', s5: 'Hand over' },
      feedback: verdicts,
    },
    [`${COURSE}-match`]: {
      text: 'Match each sign to what it may mean.',
      explanation: 'Each sign has one likely meaning.',
      prompts: { m1: 'Photographing exits', m2: 'Asking about shift changes', m3: 'Leaving a bag', m4: 'Testing a door' },
      targets: { t1: 'Reconnaissance', t2: 'Information gathering', t3: 'Placing a device', t4: 'Probing access' },
      feedback: verdicts,
    },
  });
  return course;
}

/** The course-file ids behind a list of tokens, by label (what an attacker would get if the tokens told anything). */
function realIds(
  course: Course,
  section: 'items' | 'prompts' | 'targets',
  questionId: string,
  entries: { id: string; text: string }[],
  tokens: string[],
): string[] {
  const labels = course.texts.en!.questions[questionId][section]!;
  return tokens.map((token) => {
    const label = entries.find((entry) => entry.id === token)!.text;
    return Object.keys(labels).find((id) => labels[id] === label)!;
  });
}

describe.each(DATABASES)('per-attempt ids on %s', (_database, url) => {
  let t: TestApp;
  let learner: TestUser;
  let enrolmentId: string;
  const course = readableCourse();
  beforeAll(async () => {
    t = await startTestApp(url);
    const trainer = await t.signUp('trainer');
    expect((await t.request('POST', '/api/trainer/courses', { headers: trainer.auth, body: course })).status).toBe(201);
    expect((await t.request('POST', `/api/trainer/courses/${COURSE}/publish`, { headers: trainer.auth })).status).toBe(200);
    learner = await t.signUp();
    enrolmentId = ((await t.request('POST', '/api/enrolments', { headers: learner.auth, body: { courseId: COURSE } })).body as { id: string }).id;
  });
  afterAll(() => t?.close());

  const start = async (): Promise<AttemptBody> => {
    const started = await t.request('POST', `/api/enrolments/${enrolmentId}/attempts`, { headers: learner.auth });
    expect(started.status).toBe(201);
    return started.body as AttemptBody;
  };
  const submit = (attemptId: string, responses: Record<string, QuestionResponse>) =>
    t.request('POST', `/api/attempts/${attemptId}/submit`, { headers: learner.auth, body: { responses } });
  const question = (attempt: AttemptBody, suffix: string): LearnerQuestion => attempt.questions.find((q) => q.id === `${COURSE}-${suffix}`)!;
  const shown = (q: LearnerQuestion): string[] => [...(q.options ?? []), ...(q.prompts ?? []), ...(q.targets ?? []), ...(q.items ?? [])].map((e) => e.id);

  it('shows tokens that differ in every attempt, and neither sorting nor pairing them gives the key', async () => {
    const ATTEMPTS = 30;
    const seen = new Set<string>();
    let sortedScore = 0;
    let pairedScore = 0;
    for (let n = 0; n < ATTEMPTS; n++) {
      const attempt = await start();
      const tokens = attempt.questions.flatMap(shown);
      // No course-file id is shown, and no token of an earlier attempt comes back.
      expect(tokens.filter((id) => /^[a-z]$|^[smt]\d$/.test(id))).toEqual([]);
      expect(tokens.filter((id) => seen.has(id))).toEqual([]);
      for (const id of tokens) seen.add(id);
      // The attack on course-file ids: sort the ordering question's ids…
      const order = question(attempt, 'order');
      const sorted = realIds(course, 'items', order.id, order.items!, order.items!.map((e) => e.id).sort());
      sortedScore += sorted.filter((id, i) => id === ITEMS[i]).length / ITEMS.length;
      // …and pair the i-th prompt with the i-th target, both sorted.
      const match = question(attempt, 'match');
      const prompts = realIds(course, 'prompts', match.id, match.prompts!, match.prompts!.map((e) => e.id).sort());
      const targets = realIds(course, 'targets', match.id, match.targets!, match.targets!.map((e) => e.id).sort());
      pairedScore += prompts.filter((prompt, i) => TARGETS[PROMPTS.indexOf(prompt)] === targets[i]).length / PROMPTS.length;
      expect((await submit(attempt.id, {})).status).toBe(200);
    }
    // With course-file ids both attacks score 1 every time; by chance they score 1/5 and 1/4 on average.
    expect(sortedScore / ATTEMPTS).toBeLessThan(0.5);
    expect(pairedScore / ATTEMPTS).toBeLessThan(0.5);
  });

  it('refuses answers in course-file ids, in another attempt’s tokens or made up, with 400, and keeps the attempt open', async () => {
    const other = await t.signUp();
    const otherEnrolment = ((await t.request('POST', '/api/enrolments', { headers: other.auth, body: { courseId: COURSE } })).body as { id: string }).id;
    const theirs = (await t.request('POST', `/api/enrolments/${otherEnrolment}/attempts`, { headers: other.auth })).body as AttemptBody;
    const attempt = await start();
    const right = { [`${COURSE}-q1`]: 'b', [`${COURSE}-order`]: ITEMS, [`${COURSE}-match`]: { m1: 't1', m2: 't2', m3: 't3', m4: 't4' } };
    const refused = [
      right,
      inAttempt(course, theirs, right),
      { [`${COURSE}-q1`]: 'k000000000000000' },
      // One answer right in this attempt's tokens does not let the others through.
      { ...inAttempt(course, attempt, { [`${COURSE}-q1`]: 'b' }), [`${COURSE}-order`]: ITEMS },
    ];
    for (const responses of refused) {
      const answer = await submit(attempt.id, responses);
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect((answer.body as { errors: { field: string }[] }).errors.map((e) => e.field)).not.toHaveLength(0);
    }
    const open = ((await t.request('GET', `/api/enrolments/${enrolmentId}/attempts`, { headers: learner.auth })).body as AttemptBody[]).at(-1)!;
    expect(open).toMatchObject({ id: attempt.id });
    expect(open.result).toBeUndefined();
    // The same answers in this attempt's own tokens are scored.
    const scored = await submit(attempt.id, inAttempt(course, attempt, right));
    expect(scored.status).toBe(200);
    expect((scored.body as AttemptBody).result).toMatchObject({ passed: false });
    expect((scored.body as AttemptBody).result?.score).toBeCloseTo((3 / 7) * 100, 1);
  });
});
