import JSZip from 'jszip';
import { DataSource, In } from 'typeorm';
import { User } from '../src/users/user.entity.js';
import { AuthService } from '../src/auth/auth.service.js';
import { UsersService } from '../src/users/users.service.js';
import { inAttempt, type ShownAttempt } from './attempt-answers.js';
import { CURRICULUM } from './learning-helpers.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';
import { responsesFor, trainerCourse } from './trainer-fixtures.js';

type Body = Record<string, unknown>;

describe.each(DATABASES)('trainer workspace on %s', (_database, url) => {
  let t: TestApp;
  let trainer: TestUser;
  let otherTrainer: TestUser;
  let admin: TestUser;
  let cohortId: string;
  const course = trainerCourse();
  const id = course.settings.id;

  beforeAll(async () => {
    t = await startTestApp(url, CURRICULUM);
    trainer = await t.signUp('trainer');
    otherTrainer = await t.signUp('trainer');
    admin = await t.signUp('admin');
  });
  afterAll(() => t?.close());

  const post = (path: string, who: TestUser, body?: unknown) => t.request('POST', path, { headers: who.auth, body });
  const get = (path: string, who: TestUser) => t.request('GET', path, { headers: who.auth });

  it('validates a course with the model and answers its problems as field errors', async () => {
    const broken = trainerCourse('tw-broken', { passMark: 150 });
    const res = await post('/api/trainer/courses', trainer, broken);
    expect(res.status).toBe(400);
    expect((res.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain('course.yaml.quiz.passMark');
    const check = await post('/api/trainer/courses/validate', trainer, broken);
    expect(check.status).toBe(200);
    expect((check.body as { problems: { message: string }[] }).problems.length).toBeGreaterThan(0);
  });

  it('creates a course, edits a question, previews it without keys and publishes a version', async () => {
    expect((await post('/api/trainer/courses', trainer, course)).status).toBe(201);
    expect((await post('/api/trainer/courses', trainer, course)).status).toBe(409);
    const edited = await t.request('PUT', `/api/trainer/courses/${id}/questions/${id}-q5`, {
      headers: trainer.auth,
      body: {
        question: { id: `${id}-q5`, type: 'single-choice', points: 1, options: ['a', 'b', 'c'], correct: 'a' },
        texts: {
          en: {
            text: 'Pick a.',
            explanation: 'a.',
            options: { a: { text: 'A', feedback: 'Yes.' }, b: { text: 'B', feedback: 'No.' }, c: { text: 'C', feedback: 'No.' } },
          },
        },
      },
    });
    expect(edited.status).toBe(200);
    const badKey = await t.request('PUT', `/api/trainer/courses/${id}/questions/${id}-q5`, {
      headers: trainer.auth,
      body: { question: { id: `${id}-q5`, type: 'single-choice', points: 1, options: ['a'], correct: 'z' }, texts: {} },
    });
    expect(badKey.status).toBe(400);
    const preview = await get(`/api/trainer/courses/${id}/questions/${id}-q5/preview?lang=en`, trainer);
    expect(preview.body).toEqual({
      id: `${id}-q5`,
      type: 'single-choice',
      text: 'Pick a.',
      points: 1,
      options: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
        { id: 'c', text: 'C' },
      ],
    });
    expect(JSON.stringify(preview.body)).not.toMatch(/correct|feedback/);
    expect((await get(`/api/trainer/courses/${id}`, otherTrainer)).status).toBe(404);
    const published = await post(`/api/trainer/courses/${id}/publish`, trainer);
    expect(published.status).toBe(200);
    expect((published.body as Body).versionId).toEqual(expect.any(String));
  });

  it('previews a roster with per-row errors, writing nothing', async () => {
    cohortId = (
      (
        await post('/api/trainer/cohorts', trainer, {
          name: 'Intake 1',
          organisation: 'Police academy',
          country: 'ke',
          courseId: id,
          dueAt: '2031-01-01T00:00:00Z',
        })
      ).body as Body
    ).id as string;
    const csv = 'name,email\nAda,ada@example.org\nNo Mail,\nBad,not-an-email\nAda again,ADA@example.org\nToo,many@example.org,extra,cells\n';
    const res = await post(`/api/trainer/cohorts/${cohortId}/roster/preview`, trainer, { csv });
    expect(res.status).toBe(200);
    const rows = (res.body as { rows: { line: number; status: string; errors: string[] }[] }).rows;
    expect(rows.map((r) => [r.line, r.status])).toEqual([
      [2, 'ready'],
      [3, 'error'],
      [4, 'error'],
      [5, 'error'],
      [6, 'error'],
    ]);
    expect(rows[1].errors).toContain('email is missing');
    expect(rows[2].errors).toContain('email is not a valid address');
    expect(rows[3].errors).toContain('duplicate of line 2');
    expect(rows[4].errors[0]).toMatch(/expected 2 columns, found 4/);
    expect(await t.app.get(UsersService).findByEmail('ada@example.org')).toBeNull();
    const wrongHeader = await post(`/api/trainer/cohorts/${cohortId}/roster/preview`, trainer, { csv: 'email,name\nx@example.org,X\n' });
    expect(wrongHeader.status).toBe(400);
    expect((wrongHeader.body as { errors: { field: string }[] }).errors[0].field).toBe('csv');
  });

  const names = Array.from({ length: 6 }, (_, i) => `learner${i}`);
  it('commits the valid rows in one transaction and reports already-enrolled learners', async () => {
    const csv = `name,email,language\n${names.map((n) => `${n},${n}@example.org,en`).join('\n')}\nBroken,,en\n`;
    const res = await post(`/api/trainer/cohorts/${cohortId}/roster/commit`, trainer, { csv });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ valid: 6, invalid: 1, created: 6, enrolled: 6 });
    const again = await post(`/api/trainer/cohorts/${cohortId}/roster/preview`, trainer, { csv: 'name,email\nLearner,learner0@example.org\n' });
    expect((again.body as { rows: { errors: string[] }[] }).rows[0].errors).toContain('already enrolled in this cohort');
    const cohort = await get(`/api/trainer/cohorts/${cohortId}`, trainer);
    expect(cohort.body).toMatchObject({ learnerCount: 6, country: 'KE', courseId: id });
    expect((await get(`/api/trainer/cohorts/${cohortId}`, otherTrainer)).status).toBe(404);
    expect((await get(`/api/trainer/cohorts/${cohortId}`, admin)).status).toBe(200);
    expect(((await get('/api/trainer/cohorts', otherTrainer)).body as unknown[]).length).toBe(0);
  });

  it('lets cohort learners take the quiz, then reports progress, results and item analysis', async () => {
    const users = t.app.get(UsersService);
    // learner i answers questions 1..(i) right: facility of q1 = 5/6, q5 = 1/6 (learner5 has 1..5).
    for (const [i, name] of names.entries()) {
      const learner = (await users.findByEmail(`${name}@example.org`))!;
      const auth = { authorization: `Bearer ${await t.app.get(AuthService).openSession(learner.id)}` };
      const [enrolment] = (await t.request('GET', '/api/enrolments/me', { headers: auth })).body as { id: string }[];
      const attempt = (await t.request('POST', `/api/enrolments/${enrolment.id}/attempts`, { headers: auth })).body as ShownAttempt & { id: string };
      const right = [1, 2, 3, 4, 5].filter((n) => n <= i);
      const responses = inAttempt(course, attempt, responsesFor(id, right));
      expect((await t.request('POST', `/api/attempts/${attempt.id}/submit`, { headers: auth, body: { responses } })).status).toBe(200);
    }
    const progress = await get(`/api/trainer/cohorts/${cohortId}/progress`, trainer);
    expect((progress.body as Body).counts).toEqual({ total: 6, enrolled: 0, inProgress: 6, completed: 0, overdue: 0 });
    const analysis = (await get(`/api/trainer/reports/item-analysis?courseId=${id}`, trainer)).body as {
      attempts: number;
      questions: {
        questionId: string;
        facility: number;
        discrimination: number;
        uncertain: boolean;
        distractors?: { optionId: string; rate: number; correct: boolean }[];
      }[];
    };
    expect(analysis.attempts).toBe(6);
    const q1 = analysis.questions.find((q) => q.questionId === `${id}-q1`)!;
    const q5 = analysis.questions.find((q) => q.questionId === `${id}-q5`)!;
    expect(q1.facility).toBeCloseTo(5 / 6, 3);
    expect(q5.facility).toBeCloseTo(1 / 6, 3);
    // Scores 0,20,40,60,80,100: k = ceil(0.27×6) = 2 → upper {80,100}, lower {0,20}; q5 right only at 100.
    expect(q5.discrimination).toBeCloseTo(0.5, 3);
    expect(q1.uncertain).toBe(true);
    expect(q1.distractors).toEqual([
      { optionId: 'a', correct: false, rate: 0.167 },
      { optionId: 'b', correct: true, rate: 0.833 },
      { optionId: 'c', correct: false, rate: 0 },
    ]);
    // On another trainer's published course, as on a curriculum course, they see only their own cohorts (none here).
    expect(((await get(`/api/trainer/reports/item-analysis?courseId=${id}`, otherTrainer)).body as Body).attempts).toBe(0);
    expect(((await get('/api/trainer/reports/item-analysis?courseId=a1-foundations', otherTrainer)).body as Body).attempts).toBe(0);
    // The admin's whole-course figures come from the running totals: they must equal the detailed ones.
    const fromTotals = (await get(`/api/trainer/reports/item-analysis?courseId=${id}`, admin)).body as typeof analysis;
    expect(fromTotals).toEqual(analysis);
    expect(((await get(`/api/trainer/reports/item-analysis?courseId=${id}&country=FR`, admin)).body as Body).attempts).toBe(0);
    const results = (await get(`/api/trainer/reports/results?courseId=${id}&cohortId=${cohortId}`, trainer)).body as { score: number }[];
    expect(results.map((r) => r.score).sort((a, b) => a - b)).toEqual([0, 20, 40, 60, 80, 100]);
    const byCountry = (await get(`/api/trainer/reports/disaggregation?courseId=${id}&by=country`, trainer)).body as Body;
    expect(byCountry.groups).toEqual([{ group: 'KE', suppressed: false, learners: 6, attempts: 6, meanScore: 50, passRate: 0.5 }]);
    const byGender = (await get(`/api/trainer/reports/disaggregation?courseId=${id}&by=gender`, trainer)).body as Body;
    expect(byGender.groups).toEqual([{ group: 'not stated', suppressed: false, learners: 6, attempts: 6, meanScore: 50, passRate: 0.5 }]);
  });

  it('suppresses groups under five learners', async () => {
    const users = t.app.get(DataSource).getRepository(User);
    await users.update({ email: In(['learner0@example.org', 'learner1@example.org']) }, { gender: 'female' });
    const res = (await get(`/api/trainer/reports/disaggregation?courseId=${id}&by=gender&lang=en&cohortId=${cohortId}`, trainer)).body as Body;
    expect(res).toEqual({
      by: 'gender',
      minGroupSize: 5,
      groups: [
        { group: 'female', suppressed: true },
        { group: 'not stated', suppressed: true },
      ],
    });
    const learner = (await t.app.get(UsersService).findByEmail('learner0@example.org'))!;
    const detail = await get(`/api/trainer/cohorts/${cohortId}/learners/${learner.id}`, trainer);
    expect((detail.body as { attempts: unknown[] }).attempts).toHaveLength(1);
    expect((await get(`/api/trainer/cohorts/${cohortId}/learners/${learner.id}`, otherTrainer)).status).toBe(404);
  });

  it('extends one learner without touching progress', async () => {
    const learner = (await t.app.get(UsersService).findByEmail('learner1@example.org'))!;
    const res = await t.request('PATCH', `/api/trainer/cohorts/${cohortId}/learners/${learner.id}`, {
      headers: trainer.auth,
      body: { dueAt: '2032-06-01T00:00:00Z' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dueAt: '2032-06-01T00:00:00.000Z', attemptsUsed: 1 });
    expect(
      (
        await t.request('PATCH', `/api/trainer/cohorts/${cohortId}/learners/${learner.id}`, {
          headers: otherTrainer.auth,
          body: { dueAt: '2032-06-01T00:00:00Z' },
        })
      ).status,
    ).toBe(404);
  });

  it('exports every table as formula-safe CSV with a safe file name', async () => {
    const res = await fetch(`${t.baseUrl}/api/trainer/reports/item-analysis?courseId=${id}&format=csv`, { headers: trainer.auth });
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${id}-item-analysis.csv"`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe('questionId,type,attempts,facility,discrimination,uncertain,distractors');
    await t.app.get(UsersService).updateProfile((await t.app.get(UsersService).findByEmail('learner2@example.org'))!.id, { displayName: '=HYPERLINK("x")' });
    const progress = await (await fetch(`${t.baseUrl}/api/trainer/cohorts/${cohortId}/progress?format=csv`, { headers: trainer.auth })).text();
    expect(progress).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('exports a SCORM 1.2 zip with imsmanifest.xml at its root, and the course folder', async () => {
    const res = await fetch(`${t.baseUrl}/api/trainer/courses/${id}/scorm?format=scorm12&lang=en`, { headers: trainer.auth });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    expect(Object.keys(zip.files)).toContain('imsmanifest.xml');
    expect(await zip.file('imsmanifest.xml')!.async('string')).toContain('ADL SCORM');
    const catalogue = await fetch(`${t.baseUrl}/api/trainer/courses/a1-foundations/scorm?format=scorm2004&lang=fr`, { headers: trainer.auth });
    expect(catalogue.status).toBe(200);
    expect((await fetch(`${t.baseUrl}/api/trainer/courses/${id}/scorm?format=scorm3`, { headers: trainer.auth })).status).toBe(400);
    const folder = await JSZip.loadAsync(
      Buffer.from(await (await fetch(`${t.baseUrl}/api/trainer/courses/${id}/folder`, { headers: trainer.auth })).arrayBuffer()),
    );
    expect(
      Object.keys(folder.files)
        .filter((f) => !f.endsWith('/'))
        .sort(),
    ).toEqual([`${id}/course.yaml`, `${id}/en/course.yaml`, `${id}/en/lessons/${id}-l1.md`, `${id}/en/quiz.yaml`, `${id}/quiz.yaml`]);
  });
});
