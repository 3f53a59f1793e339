import type { QuestionResponse, QuestionResult } from '@vt/courses';
import { inAttempt, type ShownAttempt } from './attempt-answers.js';
import { courseOf, CURRICULUM, rightResponses } from './learning-helpers.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';
import { responsesFor, trainerCourse } from './trainer-fixtures.js';

interface AttemptBody extends ShownAttempt {
  id: string;
  number: number;
  result?: { score: number; passed: boolean; passMark: number; results: QuestionResult[] };
}

/**
 * Issue 14: with `feedback: after-submit` every result carried each question's right answer, so
 * two throwaway accounts harvested the key and a third scored 100 on its first attempt. A result
 * now shows what the quiz's key-reveal policy allows (decision 0018).
 */
describe.each(DATABASES)('key reveal on %s', (_database, url) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(url, CURRICULUM);
  });
  afterAll(() => t?.close());

  const enrol = async (user: TestUser, courseId: string): Promise<string> => {
    const enrolled = await t.request('POST', '/api/enrolments', { headers: user.auth, body: { courseId } });
    expect(enrolled.status).toBe(201);
    return (enrolled.body as { id: string }).id;
  };
  const start = async (user: TestUser, enrolmentId: string): Promise<AttemptBody> => {
    const started = await t.request('POST', `/api/enrolments/${enrolmentId}/attempts`, { headers: user.auth });
    expect(started.status).toBe(201);
    return started.body as AttemptBody;
  };
  const submit = async (user: TestUser, attemptId: string, responses: Record<string, QuestionResponse>): Promise<AttemptBody> => {
    const submitted = await t.request('POST', `/api/attempts/${attemptId}/submit`, { headers: user.auth, body: { responses } });
    expect(submitted.status).toBe(200);
    return submitted.body as AttemptBody;
  };
  const listed = async (user: TestUser, enrolmentId: string): Promise<AttemptBody[]> =>
    (await t.request('GET', `/api/enrolments/${enrolmentId}/attempts`, { headers: user.auth })).body as AttemptBody[];

  it('two throwaway accounts that each submit a blank attempt read nothing of the key; a third cannot score with what they saw', async () => {
    const harvested = new Map<string, QuestionResponse>();
    const read: unknown[] = [];
    for (const throwaway of [await t.signUp(), await t.signUp()]) {
      const enrolmentId = await enrol(throwaway, 'a1-foundations');
      const graded = await submit(throwaway, (await start(throwaway, enrolmentId)).id, {});
      for (const seen of [graded, ...(await listed(throwaway, enrolmentId))]) {
        read.push(seen.result);
        for (const result of seen.result?.results ?? []) harvested.set(result.questionId, result.correctResponse);
      }
    }
    // The score and the pass, nothing per question: no verdict, share, feedback, explanation or answer.
    expect(read).toEqual(Array.from({ length: 4 }, () => ({ score: 0, passed: false, passMark: 70, results: [] })));

    const third = await t.signUp();
    const attempt = await start(third, await enrol(third, 'a1-foundations'));
    const responses = Object.fromEntries(attempt.questions.filter((q) => harvested.has(q.id)).map((q) => [q.id, harvested.get(q.id)!]));
    const graded = await t.request('POST', `/api/attempts/${attempt.id}/submit`, { headers: third.auth, body: { responses } });
    expect(graded.status).toBe(200);
    expect((graded.body as AttemptBody).result?.score).toBe(0);
  });

  it('after-last-attempt (the default): nothing while an attempt is left or the last is open, then every answer, in each attempt’s own tokens', async () => {
    const learner = await t.signUp();
    const enrolmentId = await enrol(learner, 'a1-foundations');
    for (let n = 0; n < 2; n++) expect((await submit(learner, (await start(learner, enrolmentId)).id, {})).result?.results).toEqual([]);
    const last = await start(learner, enrolmentId);
    // The last attempt is open: the earlier ones must not show the answers to it now.
    expect((await listed(learner, enrolmentId)).map((a) => a.result?.results)).toEqual([[], [], undefined]);

    const graded = await submit(learner, last.id, {});
    const a1 = courseOf(t, 'a1-foundations');
    const attempts = [graded, ...(await listed(learner, enrolmentId))];
    for (const attempt of attempts) {
      const right = rightResponses(a1, attempt);
      expect(attempt.result?.results).toHaveLength(12);
      expect(Object.fromEntries(attempt.result!.results.map((r) => [r.questionId, r.correctResponse]))).toEqual(right);
      expect(attempt.result!.results.every((r) => r.correct === false && r.fraction === 0)).toBe(true);
    }
    // Read again as a resubmission of the last attempt: the same.
    expect((await submit(learner, last.id, {})).result).toEqual(graded.result);
  });

  describe('policies set by the course', () => {
    let trainer: TestUser;
    const publish = async (id: string, quiz: Record<string, unknown>): Promise<void> => {
      const created = await t.request('POST', '/api/trainer/courses', { headers: trainer.auth, body: trainerCourse(id, quiz) });
      expect(created.status).toBe(201);
      expect((await t.request('POST', `/api/trainer/courses/${id}/publish`, { headers: trainer.auth })).status).toBe(200);
    };
    /** Takes one attempt: blank, or right on every question. */
    const take = async (user: TestUser, enrolmentId: string, courseId: string, right: boolean): Promise<AttemptBody> => {
      const attempt = await start(user, enrolmentId);
      return submit(user, attempt.id, right ? inAttempt(trainerCourse(courseId), attempt, responsesFor(courseId, [1, 2, 3, 4, 5])) : {});
    };
    beforeAll(async () => {
      trainer = await t.signUp('trainer');
      await publish('kr-after-pass', { attempts: 2, keyReveal: 'after-pass' });
      await publish('kr-never', { attempts: 2, keyReveal: 'never' });
    });

    it('says the policy in force in the course detail', async () => {
      const detail = async (id: string) => ((await t.request('GET', `/api/courses/${id}`)).body as { quiz: { keyReveal: string } }).quiz.keyReveal;
      expect([await detail('a1-foundations'), await detail('kr-after-pass'), await detail('kr-never')]).toEqual(['after-last-attempt', 'after-pass', 'never']);
    });

    it('after-pass: out of attempts without a pass, nothing; a pass shows the answers of every attempt', async () => {
      const [failing, passing] = [await t.signUp(), await t.signUp()];
      const failingEnrolment = await enrol(failing, 'kr-after-pass');
      await take(failing, failingEnrolment, 'kr-after-pass', false);
      expect((await take(failing, failingEnrolment, 'kr-after-pass', false)).result?.results).toEqual([]);
      expect((await listed(failing, failingEnrolment)).map((a) => a.result?.results)).toEqual([[], []]);

      const passingEnrolment = await enrol(passing, 'kr-after-pass');
      expect((await take(passing, passingEnrolment, 'kr-after-pass', false)).result?.results).toEqual([]);
      expect((await take(passing, passingEnrolment, 'kr-after-pass', true)).result).toMatchObject({ score: 100, passed: true, results: { length: 5 } });
      expect((await listed(passing, passingEnrolment)).map((a) => a.result?.results.length)).toEqual([5, 5]);
    });

    it('never: not even after a pass', async () => {
      const learner = await t.signUp();
      const enrolmentId = await enrol(learner, 'kr-never');
      expect((await take(learner, enrolmentId, 'kr-never', true)).result).toEqual({ score: 100, passed: true, passMark: 60, results: [] });
    });

    it('refuses a policy it does not know', async () => {
      const created = await t.request('POST', '/api/trainer/courses', {
        headers: trainer.auth,
        body: trainerCourse('kr-odd', { keyReveal: 'sometimes' as never }),
      });
      expect(created.status).toBe(400);
    });
  });
});
