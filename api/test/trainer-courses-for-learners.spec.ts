import { inAttempt, type ShownAttempt } from './attempt-answers.js';
import { responsesFor, trainerCourse } from './trainer-fixtures.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

interface Summary {
  id: string;
  title: string;
}

/** A trainer-made course, once published, is found, read and taken by learners like a curriculum course. */
describe.each(DATABASES)('published trainer courses for learners on %s', (_database, url) => {
  let t: TestApp;
  let trainer: TestUser;
  let trainee: TestUser;
  const course = trainerCourse('tw-learner');

  beforeAll(async () => {
    t = await startTestApp(url);
    trainer = await t.signUp('trainer');
    trainee = await t.signUp('trainee');
    expect((await t.request('POST', '/api/trainer/courses', { headers: trainer.auth, body: course })).status).toBe(201);
  });
  afterAll(() => t?.close());

  it('hides a course until it is published', async () => {
    const list = (await t.request('GET', '/api/courses', { headers: trainee.auth })).body as Summary[];
    expect(list.map((c) => c.id)).not.toContain('tw-learner');
    expect((await t.request('GET', '/api/courses/tw-learner', { headers: trainee.auth })).status).toBe(404);
    expect((await t.request('POST', '/api/enrolments', { headers: trainee.auth, body: { courseId: 'tw-learner' } })).status).toBe(404);
  });

  it('lists it, enrols a trainee who reads its lesson and takes its quiz', async () => {
    expect((await t.request('POST', '/api/trainer/courses/tw-learner/publish', { headers: trainer.auth })).status).toBe(200);

    const list = (await t.request('GET', '/api/courses')).body as Summary[];
    expect(list).toContainEqual(expect.objectContaining({ id: 'tw-learner', title: 'Intake briefing' }));
    const detail = await t.request('GET', '/api/courses/tw-learner', { headers: trainee.auth });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id: 'tw-learner', title: 'Intake briefing' });

    expect((await t.request('GET', '/api/courses/tw-learner/lessons/tw-learner-l1', { headers: trainee.auth })).status).toBe(403);
    const enrolled = await t.request('POST', '/api/enrolments', { headers: trainee.auth, body: { courseId: 'tw-learner' } });
    expect(enrolled.status).toBe(201);
    const enrolmentId = (enrolled.body as { id: string }).id;

    const lesson = await t.request('GET', '/api/courses/tw-learner/lessons/tw-learner-l1', { headers: trainee.auth });
    expect(lesson.status).toBe(200);
    expect(lesson.body).toMatchObject({ id: 'tw-learner-l1', title: 'The basics' });
    expect((lesson.body as { html: string }).html).toContain('Stay alert.');
    const progress = await t.request('POST', `/api/enrolments/${enrolmentId}/progress`, {
      headers: trainee.auth,
      body: { seq: 1, lessonId: 'tw-learner-l1', event: 'completed' },
    });
    expect(progress.status).toBe(200);

    const started = await t.request('POST', `/api/enrolments/${enrolmentId}/attempts`, { headers: trainee.auth });
    expect(started.status).toBe(201);
    const attempt = started.body as ShownAttempt & { id: string };
    expect(attempt.questions.map((q) => q.id).sort()).toEqual(course.questions.map((q) => q.id).sort());
    // The learner's view of a question never carries its key.
    expect(JSON.stringify(attempt.questions)).not.toContain('"correct"');
    const submitted = await t.request('POST', `/api/attempts/${attempt.id}/submit`, {
      headers: trainee.auth,
      body: { responses: inAttempt(course, attempt, responsesFor('tw-learner', [1, 2, 3, 5])) },
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ result: { score: 80, passed: true } });

    const after = (await t.request('GET', `/api/enrolments/${enrolmentId}`, { headers: trainee.auth })).body;
    expect(after).toMatchObject({ courseId: 'tw-learner', quizPassed: true, bestScore: 80 });
    expect((after as { completedAt?: string }).completedAt).toEqual(expect.any(String));
  });

  it('keeps a learner on the version they enrolled on when the trainer publishes again', async () => {
    const changed = trainerCourse('tw-learner');
    changed.texts.en!.lessons['tw-learner-l1'].title = 'The basics, revised';
    expect((await t.request('PUT', '/api/trainer/courses/tw-learner', { headers: trainer.auth, body: changed })).status).toBe(200);
    expect((await t.request('POST', '/api/trainer/courses/tw-learner/publish', { headers: trainer.auth })).status).toBe(200);
    const lesson = await t.request('GET', '/api/courses/tw-learner/lessons/tw-learner-l1', { headers: trainee.auth });
    expect(lesson.body).toMatchObject({ title: 'The basics' });
    const newcomer = await t.signUp('trainee');
    await t.request('POST', '/api/enrolments', { headers: newcomer.auth, body: { courseId: 'tw-learner' } });
    const fresh = await t.request('GET', '/api/courses/tw-learner/lessons/tw-learner-l1', { headers: newcomer.auth });
    expect(fresh.body).toMatchObject({ title: 'The basics, revised' });
  });
});
