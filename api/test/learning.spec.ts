import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { completeLanguages, type Course, type LearnerQuestion } from '@vt/courses';
import { courseOf, CURRICULUM, rightResponses } from './learning-helpers.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

/** Every course folder of the curriculum the suite loads. */
const courseIds = (): string[] =>
  readdirSync(CURRICULUM.COURSES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(CURRICULUM.COURSES_DIR, entry.name, 'course.yaml')))
    .map((entry) => entry.name)
    .sort();

interface EnrolmentBody {
  id: string;
  status: string;
  lessonsCompleted: string[];
  percent: number;
  bookmark?: string;
  lastSeq: number;
  attemptsUsed: number;
  quizPassed: boolean;
  certificateCode?: string;
  bestScore?: number;
}
interface AttemptBody {
  id: string;
  number: number;
  language: string;
  questions: LearnerQuestion[];
  result?: { score: number; passed: boolean; results: unknown[] };
}

describe.each(DATABASES)('catalogue, enrolments, progress, quizzes and certificates on %s', (_database, url) => {
  let t: TestApp;
  let learner: TestUser;
  let a1: Course;
  beforeAll(async () => {
    t = await startTestApp(url, CURRICULUM);
    learner = await t.signUp('trainee', 'Amina Learner');
    a1 = courseOf(t, 'a1-foundations');
  });
  afterAll(() => t?.close());

  it('lists the catalogue in a language, flags English fallback, filters by topic and text', async () => {
    const all = (await t.request('GET', '/api/courses?lang=fr')).body as {
      id: string;
      language: string;
      fallback: boolean;
      languages: string[];
      downloadBytes: number;
    }[];
    expect(all.map((c) => c.id).sort()).toEqual(courseIds());
    const a1Summary = all.find((c) => c.id === 'a1-foundations');
    expect(a1Summary).toMatchObject({ language: 'fr', fallback: false });
    expect(a1Summary?.languages).toEqual(expect.arrayContaining(['en', 'fr', 'ar', 'ru']));
    expect(a1Summary?.downloadBytes).toBeGreaterThan(1000);
    // English fallback exactly where the course is not complete in French.
    for (const summary of all) {
      const french = completeLanguages(courseOf(t, summary.id)).includes('fr');
      expect({ id: summary.id, language: summary.language, fallback: summary.fallback }).toEqual({
        id: summary.id,
        language: french ? 'fr' : 'en',
        fallback: !french,
      });
    }
    const drones = (await t.request('GET', '/api/courses?topic=drones')).body as { id: string }[];
    expect(drones.map((c) => c.id)).toEqual(['a5-drones']);
    expect((await t.request('GET', '/api/courses?lang=de')).status).toBe(400);
  });

  it('shows a course detail without answer keys, and 404 for an unknown course', async () => {
    const res = await t.request('GET', '/api/courses/a1-foundations');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'a1-foundations', quiz: { passMark: 70, attempts: 3, questionCount: 12 } });
    expect((res.body as { lessons: unknown[] }).lessons).toHaveLength(a1.settings.lessons.length);
    expect((await t.request('GET', '/api/courses/no-such-course')).status).toBe(404);
  });

  it('serves lessons only to enrolled learners, as sanitised HTML with neighbours', async () => {
    const path = '/api/courses/a1-foundations/lessons/a1-l2?lang=ar';
    expect((await t.request('GET', path)).status).toBe(401);
    expect((await t.request('GET', path, { headers: learner.auth })).status).toBe(403);
    const enrolled = await t.request('POST', '/api/enrolments', { headers: learner.auth, body: { courseId: 'a1-foundations' } });
    expect(enrolled.status).toBe(201);
    const again = await t.request('POST', '/api/enrolments', { headers: learner.auth, body: { courseId: 'a1-foundations' } });
    expect(again.status).toBe(200);
    expect((again.body as EnrolmentBody).id).toBe((enrolled.body as EnrolmentBody).id);
    const lesson = await t.request('GET', path, { headers: learner.auth });
    expect(lesson.status).toBe(200);
    expect(lesson.body).toMatchObject({ id: 'a1-l2', courseId: 'a1-foundations', language: 'ar', fallback: false, previous: 'a1-l1', next: 'a1-l3' });
    expect((lesson.body as { html: string }).html).toMatch(/<p>/);
    expect((lesson.body as { html: string }).html).not.toMatch(/<script/i);
    expect((await t.request('GET', '/api/courses/a1-foundations/lessons/zz-nope', { headers: learner.auth })).status).toBe(404);
  });

  it('records progress idempotently and in client order', async () => {
    const [enrolment] = (await t.request('GET', '/api/enrolments/me', { headers: learner.auth })).body as EnrolmentBody[];
    const post = (seq: number, lessonId: string, event = 'completed') =>
      t.request('POST', `/api/enrolments/${enrolment.id}/progress`, { headers: learner.auth, body: { seq, lessonId, event } });
    expect(((await post(2, 'a1-l2')).body as EnrolmentBody).lessonsCompleted).toEqual(['a1-l2']);
    // A late, older update (seq 1) changes nothing; a repeat of seq 2 changes nothing.
    const late = (await post(1, 'a1-l1')).body as EnrolmentBody;
    expect(late).toMatchObject({ lessonsCompleted: ['a1-l2'], lastSeq: 2, bookmark: 'a1-l2' });
    expect(((await post(2, 'a1-l2')).body as EnrolmentBody).lessonsCompleted).toEqual(['a1-l2']);
    // Viewing a lesson later moves the bookmark but never un-completes anything.
    const viewed = (await post(3, 'a1-l1', 'viewed')).body as EnrolmentBody;
    expect(viewed).toMatchObject({ lessonsCompleted: ['a1-l2'], bookmark: 'a1-l1', lastSeq: 3, status: 'in-progress' });
    const bad = await post(4, 'b1-l1');
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: { field: string }[] }).errors[0].field).toBe('lessonId');
  });

  it('keeps every acknowledged update under a burst of concurrent writes', async () => {
    const [enrolment] = (await t.request('GET', '/api/enrolments/me', { headers: learner.auth })).body as EnrolmentBody[];
    const lessons = a1.settings.lessons;
    const results = await Promise.all(
      lessons.map((lessonId, i) =>
        t.request('POST', `/api/enrolments/${enrolment.id}/progress`, { headers: learner.auth, body: { seq: 10 + i, lessonId, event: 'completed' } }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(lessons.map(() => 200));
    const after = (await t.request('GET', `/api/enrolments/${enrolment.id}`, { headers: learner.auth })).body as EnrolmentBody;
    expect(after.lastSeq).toBe(10 + lessons.length - 1);
    // Updates that arrived after a higher seq were ignored by design; the ones applied are all kept.
    expect(after.lessonsCompleted.length).toBeGreaterThanOrEqual(1);
    expect(after.certificateCode).toBeUndefined();
  });

  it('runs a quiz: no keys before submit, scored by the model, idempotent, limited, then a certificate', async () => {
    const [enrolment] = (await t.request('GET', '/api/enrolments/me', { headers: learner.auth })).body as EnrolmentBody[];
    // Finish the lessons first so that passing completes the course.
    for (const [i, lessonId] of a1.settings.lessons.entries()) {
      await t.request('POST', `/api/enrolments/${enrolment.id}/progress`, { headers: learner.auth, body: { seq: 100 + i, lessonId, event: 'completed' } });
    }
    const started = await t.request('POST', `/api/enrolments/${enrolment.id}/attempts`, { headers: learner.auth });
    expect(started.status).toBe(201);
    const attempt = started.body as AttemptBody;
    expect(attempt.questions).toHaveLength(12);
    const raw = JSON.stringify(started.body);
    expect(raw).not.toMatch(/"(correct|feedback|explanation|accepted|correctResponse)"/);
    for (const question of attempt.questions) {
      const text = a1.texts.en?.questions[question.id];
      for (const option of Object.values(text?.options ?? {})) if (option.feedback.length > 20) expect(raw).not.toContain(option.feedback);
      if (text?.explanation) expect(raw).not.toContain(text.explanation);
    }
    // Starting again returns the open attempt, same questions in the same order.
    const reopened = await t.request('POST', `/api/enrolments/${enrolment.id}/attempts`, { headers: learner.auth });
    expect(reopened.status).toBe(200);
    expect((reopened.body as AttemptBody).questions).toEqual(attempt.questions);

    const failed = (await t.request('POST', `/api/attempts/${attempt.id}/submit`, { headers: learner.auth, body: { responses: {} } })).body as AttemptBody;
    expect(failed.result).toMatchObject({ score: 0, passed: false });
    const resubmitted = (
      await t.request('POST', `/api/attempts/${attempt.id}/submit`, {
        headers: learner.auth,
        body: {
          responses: rightResponses(a1, attempt),
        },
      })
    ).body as AttemptBody;
    expect(resubmitted.result).toEqual(failed.result);

    const second = (await t.request('POST', `/api/enrolments/${enrolment.id}/attempts`, { headers: learner.auth })).body as AttemptBody;
    expect(second.number).toBe(2);
    const passed = await t.request('POST', `/api/attempts/${second.id}/submit`, {
      headers: learner.auth,
      body: {
        responses: rightResponses(a1, second),
      },
    });
    expect(passed.status).toBe(200);
    expect((passed.body as AttemptBody).result).toMatchObject({ score: 100, passed: true });
    expect((await t.request('POST', `/api/enrolments/${enrolment.id}/attempts`, { headers: learner.auth })).status).toBe(409);

    const done = (await t.request('GET', `/api/enrolments/${enrolment.id}`, { headers: learner.auth })).body as EnrolmentBody;
    expect(done).toMatchObject({ status: 'completed', quizPassed: true, bestScore: 100, attemptsUsed: 2, percent: 100 });
    expect(done.certificateCode).toMatch(/^VT-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const listed = (await t.request('GET', `/api/enrolments/${enrolment.id}/attempts`, { headers: learner.auth })).body as AttemptBody[];
    expect(listed.map((a) => a.result?.passed)).toEqual([false, true]);

    const certificates = (await t.request('GET', '/api/certificates/me', { headers: learner.auth })).body as {
      code: string;
      learnerName: string;
      expiresAt?: string;
      verifyUrl: string;
    }[];
    expect(certificates).toHaveLength(1);
    expect(certificates[0]).toMatchObject({ code: done.certificateCode, learnerName: 'Amina Learner', revoked: false });
    expect(certificates[0].verifyUrl).toContain(`/verify/${done.certificateCode}`);
    // a1 certificates are valid for 36 months.
    expect(new Date(certificates[0].expiresAt ?? 0).getUTCFullYear()).toBe(new Date().getUTCFullYear() + 3);
  });

  it('refuses malformed responses with 400 and stores nothing', async () => {
    const other = await t.signUp();
    const { id } = (await t.request('POST', '/api/enrolments', { headers: other.auth, body: { courseId: 'b1-reconnaissance' } })).body as EnrolmentBody;
    const attempt = (await t.request('POST', `/api/enrolments/${id}/attempts`, { headers: other.auth })).body as AttemptBody;
    for (const responses of [[], 'x', { q: { nested: { deep: 'x' } } }, { q: 12 }]) {
      expect((await t.request('POST', `/api/attempts/${attempt.id}/submit`, { headers: other.auth, body: { responses } })).status).toBe(400);
    }
    const list = (await t.request('GET', `/api/enrolments/${id}/attempts`, { headers: other.auth })).body as AttemptBody[];
    expect(list[0].result).toBeUndefined();
  });
});
