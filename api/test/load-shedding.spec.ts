import { Transactions } from '../src/database/transactions.js';
import { CURRICULUM } from './learning-helpers.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

interface EnrolmentBody {
  id: string;
  lastSeq: number;
  lessonsCompleted: string[];
}

describe.each(DATABASES)('load shedding on %s', (_database, url) => {
  let t: TestApp;
  let learner: TestUser;
  let enrolment: EnrolmentBody;
  beforeAll(async () => {
    // Two writes in flight at most.
    t = await startTestApp(url, { ...CURRICULUM, WRITE_QUEUE_LIMIT: '2' });
    learner = await t.signUp();
    enrolment = (await t.request('POST', '/api/enrolments', { headers: learner.auth, body: { courseId: 'a1-foundations' } })).body as EnrolmentBody;
  });
  afterAll(async () => {
    await t?.close();
  });

  const progress = (seq: number, lessonId: string) =>
    t.request('POST', `/api/enrolments/${enrolment.id}/progress`, { headers: learner.auth, body: { seq, lessonId, event: 'completed' } });

  it('refuses writes past the limit with 503 problem+json and Retry-After, writes nothing, and recovers', async () => {
    const transactions = t.app.get(Transactions);
    expect(transactions.limit).toBe(2);
    // Two slow writes hold the whole allowance.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held = [transactions.run(() => gate), transactions.run(() => gate)];
    expect(transactions.pending).toBe(2);

    const refused = await progress(1, 'a1-l1');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.body).toMatchObject({ status: 503, title: 'service unavailable' });

    release();
    await Promise.all(held);
    expect(transactions.pending).toBe(0);
    const stored = (await t.request('GET', `/api/enrolments/${enrolment.id}`, { headers: learner.auth })).body as EnrolmentBody;
    expect(stored).toMatchObject({ lastSeq: 0, lessonsCompleted: [] });

    // The same update, retried as Retry-After says, is applied.
    const retried = await progress(1, 'a1-l1');
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ lastSeq: 1, lessonsCompleted: ['a1-l1'] });
  });

  it('under a burst, every request is either applied (2xx) or refused (503), and every applied one is kept', async () => {
    const lessons = ['a1-l2', 'a1-l3', 'a1-l4', 'a1-l5'];
    const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => progress(10 + i, lessons[i % lessons.length])));
    const statuses = new Set(responses.map((r) => r.status));
    expect([...statuses].every((s) => s === 200 || s === 503)).toBe(true);
    const acked = responses.flatMap((r, i) =>
      r.status === 200 ? [{ seq: 10 + i, lessonId: lessons[i % lessons.length], body: r.body as EnrolmentBody }] : [],
    );
    expect(acked.length).toBeGreaterThan(0);
    const stored = (await t.request('GET', `/api/enrolments/${enrolment.id}`, { headers: learner.auth })).body as EnrolmentBody;
    // Every lesson an acknowledged answer showed as completed is still completed.
    for (const { body } of acked) for (const lesson of body.lessonsCompleted) expect(stored.lessonsCompleted).toContain(lesson);
    expect(stored.lastSeq).toBeGreaterThanOrEqual(Math.max(...acked.map((a) => a.seq)));
  });
});
