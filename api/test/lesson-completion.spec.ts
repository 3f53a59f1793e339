import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { rmSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap.js';
import { COMPLETION_RECHECK, CompletionRecheck } from '../src/enrolments/completion-recheck.js';
import type { ShownAttempt } from './attempt-answers.js';
import { courseOf, CURRICULUM, rightResponses } from './learning-helpers.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

interface EnrolmentBody {
  id: string;
  status: string;
  lessonsCompleted: string[];
  certificateCode?: string;
  missing?: { lessons: { id: string; number: number; title: string }[]; quiz: boolean };
}

/**
 * Issue 16: a lesson is completed once the learner has reached its end — scrolled to it, or
 * pressed Next or Finish on it — as the web app now reports with `reached-end`. A learner who
 * reads with Next only and passes gets the certificate; one who has not is told what is missing;
 * and enrolments recorded under the old rule are re-checked once at start-up.
 */
describe.each(DATABASES)('lesson completion on %s', (_database, url) => {
  let t: TestApp;
  let restarted: Restarted | undefined;
  const lessons = (): string[] => courseOf(t, 'a1-foundations').settings.lessons;
  beforeAll(async () => {
    t = await startTestApp(url, CURRICULUM);
  });
  afterAll(async () => {
    if (!restarted) return t?.close();
    await restarted.app.close();
    rmSync(t.config.dataDir, { recursive: true, force: true });
  });

  async function enrol(learner: TestUser): Promise<string> {
    return ((await t.request('POST', '/api/enrolments', { headers: learner.auth, body: { courseId: 'a1-foundations' } })).body as { id: string }).id;
  }

  /** Sends progress updates in order, as the web app's queue does; returns the last answer. */
  async function send(learner: TestUser, enrolmentId: string, events: [string, 'viewed' | 'reached-end'][], from = 1): Promise<EnrolmentBody> {
    let last: EnrolmentBody | undefined;
    for (const [i, [lessonId, event]] of events.entries()) {
      const res = await t.request('POST', `/api/enrolments/${enrolmentId}/progress`, { headers: learner.auth, body: { seq: from + i, lessonId, event } });
      expect(res.status).toBe(200);
      last = res.body as EnrolmentBody;
    }
    if (!last) throw new Error('no events');
    return last;
  }

  async function pass(learner: TestUser, enrolmentId: string): Promise<void> {
    const attempt = (await t.request('POST', `/api/enrolments/${enrolmentId}/attempts`, { headers: learner.auth })).body as ShownAttempt & { id: string };
    const responses = rightResponses(courseOf(t, 'a1-foundations'), attempt);
    const submitted = await t.request('POST', `/api/attempts/${attempt.id}/submit`, { headers: learner.auth, body: { responses } });
    expect((submitted.body as { result: { passed: boolean } }).result.passed).toBe(true);
  }

  const enrolmentOf = async (learner: TestUser, id: string, app: Pick<TestApp, 'request'> = t): Promise<EnrolmentBody> =>
    (await app.request('GET', `/api/enrolments/${id}`, { headers: learner.auth })).body as EnrolmentBody;
  const certificatesOf = async (learner: TestUser, app: Pick<TestApp, 'request'> = t): Promise<{ code: string; courseId: string }[]> =>
    (await app.request('GET', '/api/certificates/me', { headers: learner.auth })).body as { code: string; courseId: string }[];

  it('a learner who reads with Next only (each lesson opened, then its end reached) and passes gets the certificate', async () => {
    const learner = await t.signUp('trainee', 'Next Only');
    const id = await enrol(learner);
    const reading = lessons().flatMap((lessonId): [string, 'viewed' | 'reached-end'][] => [
      [lessonId, 'viewed'],
      [lessonId, 'reached-end'],
    ]);
    const read = await send(learner, id, reading);
    expect(read.lessonsCompleted).toEqual(lessons());
    expect(read.missing).toEqual({ lessons: [], quiz: true });
    await pass(learner, id);
    const after = await enrolmentOf(learner, id);
    expect(after.status).toBe('completed');
    expect(after.missing).toBeUndefined();
    expect(after.certificateCode).toMatch(/^VT-/);
    expect((await certificatesOf(learner)).map((c) => c.courseId)).toEqual(['a1-foundations']);
  });

  it('opening a lesson is not reading it: a pass after opening every lesson says which lessons are not finished, by number and title', async () => {
    const learner = await t.signUp('trainee', 'Skimmer');
    const id = await enrol(learner);
    const all = lessons();
    // Every lesson opened, the end of all but the third reached.
    await send(learner, id, [
      ...all.map((l): [string, 'viewed'] => [l, 'viewed']),
      ...all.filter((_, i) => i !== 2).map((l): [string, 'reached-end'] => [l, 'reached-end']),
    ]);
    await pass(learner, id);
    const after = await enrolmentOf(learner, id);
    expect(after.status).not.toBe('completed');
    const title = courseOf(t, 'a1-foundations').texts.en?.lessons?.[all[2]]?.title;
    expect(after.missing).toEqual({ lessons: [{ id: all[2], number: 3, title }], quiz: false });
    expect(await certificatesOf(learner)).toEqual([]);
    // Reaching the end of that lesson completes the course and issues the certificate.
    const done = await send(learner, id, [[all[2], 'reached-end']], 100);
    expect(done).toMatchObject({ status: 'completed', certificateCode: expect.stringMatching(/^VT-/) });
    expect(done.missing).toBeUndefined();
  });

  it('refuses an event it does not know with 400 naming the field', async () => {
    const learner = await t.signUp('trainee');
    const id = await enrol(learner);
    const res = await t.request('POST', `/api/enrolments/${id}/progress`, {
      headers: learner.auth,
      body: { seq: 1, lessonId: lessons()[0], event: 'scrolled' },
    });
    expect(res.status).toBe(400);
    expect((res.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['event']);
  });

  it('re-checks enrolments recorded under the old rule once at start-up, and issues the certificates now due', async () => {
    const all = lessons();
    // As the web app recorded them before: a "viewed" per lesson opened; "Next lesson" sent nothing more.
    const reader = await t.signUp('trainee', 'Old Next Reader');
    const readerId = await enrol(reader);
    await send(
      reader,
      readerId,
      all.map((l): [string, 'viewed'] => [l, 'viewed']),
    );
    await pass(reader, readerId);
    // Opened the first lesson, jumped to the last through the contents, passed: nothing read in between.
    const jumper = await t.signUp('trainee', 'Old Jumper');
    const jumperId = await enrol(jumper);
    await send(jumper, jumperId, [
      [all[0], 'viewed'],
      [all[all.length - 1], 'viewed'],
    ]);
    await pass(jumper, jumperId);
    // Read through to the last lesson, quiz not started yet: the lessons before it count, the last not yet.
    const midway = await t.signUp('trainee', 'Old Midway');
    const midwayId = await enrol(midway);
    await send(
      midway,
      midwayId,
      all.map((l): [string, 'viewed'] => [l, 'viewed']),
    );
    expect(await certificatesOf(reader)).toEqual([]);

    // The start-up of the first version with this rule: the task has not run on this database yet.
    await t.app.get(DataSource).query(`DELETE FROM maintenance_runs WHERE name = '${COMPLETION_RECHECK}'`);
    const again = await restart(t);
    restarted = again;
    {
      const readerAfter = await enrolmentOf(reader, readerId, again);
      expect(readerAfter).toMatchObject({ status: 'completed', lessonsCompleted: all, certificateCode: expect.stringMatching(/^VT-/) });
      expect(await certificatesOf(reader, again)).toHaveLength(1);

      const jumperAfter = await enrolmentOf(jumper, jumperId, again);
      expect(jumperAfter.status).not.toBe('completed');
      expect(jumperAfter.lessonsCompleted).toEqual([]);
      expect(await certificatesOf(jumper, again)).toEqual([]);

      const midwayAfter = await enrolmentOf(midway, midwayId, again);
      expect(midwayAfter.lessonsCompleted).toEqual(all.slice(0, -1));
      expect(midwayAfter.missing).toEqual({ lessons: [expect.objectContaining({ id: all[all.length - 1], number: all.length })], quiz: true });

      const runs = await again.app.get(DataSource).query(`SELECT outcome FROM maintenance_runs WHERE name = '${COMPLETION_RECHECK}'`);
      expect(JSON.parse((runs as { outcome: string }[])[0].outcome)).toEqual({ lessonsAdded: all.length + all.length - 1, completed: 1 });
      // Idempotent: running it again changes nothing and issues nothing twice.
      expect(await again.app.get(CompletionRecheck).recheck()).toEqual({ lessonsAdded: 0, completed: 0 });
      expect(await certificatesOf(reader, again)).toHaveLength(1);
    }
  });
});

/** Stops the application and starts it again on the same database, as a new release would: start-up tasks run. */
interface Restarted {
  app: NestFastifyApplication;
  request: TestApp['request'];
}

async function restart(t: TestApp): Promise<Restarted> {
  await t.app.close();
  const app = await createApp(t.config, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = await app.getUrl();
  return {
    app,
    async request(method, path, options = {}) {
      const res = await fetch(baseUrl + path, {
        method,
        headers: { ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
    },
  };
}
