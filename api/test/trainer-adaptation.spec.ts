import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Course } from '@vt/courses';
import { DataSource } from 'typeorm';
import { CatalogueService } from '../src/catalogue/catalogue.service.js';
import { CourseVersion } from '../src/catalogue/course-version.entity.js';
import { REPO_ROOT } from '../src/config/app-config.js';
import { Enrolment } from '../src/enrolments/enrolment.entity.js';
import type { ShownAttempt } from './attempt-answers.js';
import { rightResponses } from './learning-helpers.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

type Body = Record<string, unknown>;
const COURSE = 'a2-public-spaces';
const ADDED = 'q-a2-trainer-01';
const ADAPTED_TITLE = 'Public spaces, with the stand-off check';

/** A true/false question, in English: the course has no other language's text yet (learners get English with a notice). */
const addedQuestion = {
  question: { id: ADDED, type: 'true-false', points: 1, correct: true },
  texts: { en: { text: 'Stand-off distance matters.', explanation: 'It does.', feedback: { true: 'Right.', false: 'Wrong.' } } },
};

/** Decision 0012: attaching a quiz to an existing curriculum course makes a new version of that course. */
describe.each(DATABASES)('adapting a curriculum course on %s', (_database, url) => {
  let t: TestApp;
  let admin: TestUser;
  let trainer: TestUser;
  let early: TestUser;
  let coursesDir: string;
  let filesVersionId: string;
  let adaptedVersionId: string;
  let late: TestUser;

  beforeAll(async () => {
    // A copy of one curriculum course, so the test can change "the files" and restart the sync.
    coursesDir = mkdtempSync(join(tmpdir(), 'vt-adapt-'));
    cpSync(join(REPO_ROOT, 'courses/content', COURSE), join(coursesDir, COURSE), { recursive: true });
    // English only, as a course is before its translations: an added question then needs English text alone.
    for (const language of ['fr', 'ar', 'ru']) rmSync(join(coursesDir, COURSE, language), { recursive: true, force: true });
    t = await startTestApp(url, { COURSES_DIR: coursesDir });
    admin = await t.signUp('admin');
    trainer = await t.signUp('trainer');
    early = await t.signUp('trainee');
  });
  afterAll(async () => {
    await t?.close();
    rmSync(coursesDir, { recursive: true, force: true });
  });

  const send = (method: string, path: string, who: TestUser, body?: unknown) => t.request(method, path, { headers: who.auth, body });
  const enrolmentVersion = async (userId: string) =>
    (await t.app.get(DataSource).getRepository(Enrolment).findOneByOrFail({ userId, courseId: COURSE })).courseVersionId;

  it('lets only an admin open a curriculum course in the builder, once', async () => {
    expect((await send('POST', '/api/enrolments', early, { courseId: COURSE })).status).toBe(201);
    filesVersionId = await enrolmentVersion(early.id);

    const refused = await send('POST', `/api/trainer/courses/${COURSE}/adapt`, trainer);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect((await send('POST', '/api/trainer/courses/no-such-course/adapt', admin)).status).toBe(404);

    const opened = await send('POST', `/api/trainer/courses/${COURSE}/adapt`, admin);
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ id: COURSE, ownerId: admin.id, adaptation: { outdated: false }, course: { settings: { id: COURSE, version: 1 } } });
    expect((opened.body as Body).publishedVersionId).toBeUndefined();
    const again = await send('POST', `/api/trainer/courses/${COURSE}/adapt`, admin, {});
    expect(again.status).toBe(200);
    expect((await send('POST', `/api/trainer/courses/${COURSE}/adapt`, admin, { restart: 'yes' })).status).toBe(400);
    // Trainers neither see nor change the draft; a new trainer course cannot take the id.
    expect((await send('GET', `/api/trainer/courses/${COURSE}`, trainer)).status).toBe(404);
    expect((await send('PUT', `/api/trainer/courses/${COURSE}/questions/${ADDED}`, trainer, addedQuestion)).status).toBe(404);
  });

  it('attaches a question, and publishing makes a new version of the same course id', async () => {
    const orphan = await send('PUT', `/api/trainer/courses/${COURSE}/questions/${ADDED}`, admin, { ...addedQuestion, texts: { fr: addedQuestion.texts.en } });
    expect(orphan.status).toBe(400);
    const attached = await send('PUT', `/api/trainer/courses/${COURSE}/questions/${ADDED}`, admin, addedQuestion);
    expect(attached.status).toBe(200);
    // The whole course fits one PUT (the builder's save): retitled, so certificates can tell versions apart.
    const draft = (attached.body as { course: Course }).course;
    draft.texts.en!.title = ADAPTED_TITLE;
    expect((await send('PUT', `/api/trainer/courses/${COURSE}`, admin, draft)).status).toBe(200);
    // Not served before publishing.
    expect(((await send('GET', `/api/courses/${COURSE}`, early)).body as Body).version).toBe(1);

    const published = await send('POST', `/api/trainer/courses/${COURSE}/publish`, admin);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ version: 2 });
    adaptedVersionId = (published.body as { versionId: string }).versionId;
    expect(adaptedVersionId).not.toBe(filesVersionId);
    const republished = await send('POST', `/api/trainer/courses/${COURSE}/publish`, admin);
    expect(republished.body).toMatchObject({ versionId: adaptedVersionId, version: 2 });

    const list = (await send('GET', '/api/courses', early)).body as { id: string; version: number }[];
    expect(list.filter((c) => c.id === COURSE)).toEqual([expect.objectContaining({ version: 2 })]);
    // The early learner keeps the files' version; a new one gets the adaptation, self-enrolled or through a cohort.
    expect(await enrolmentVersion(early.id)).toBe(filesVersionId);
    late = await t.signUp('trainee');
    expect((await send('POST', '/api/enrolments', late, { courseId: COURSE })).status).toBe(201);
    expect(await enrolmentVersion(late.id)).toBe(adaptedVersionId);
    const cohort = await send('POST', '/api/trainer/cohorts', trainer, { name: 'Intake', courseId: COURSE });
    expect(cohort.status).toBe(201);
    const roster = await send('POST', `/api/trainer/cohorts/${(cohort.body as Body).id}/roster/commit`, trainer, {
      csv: 'name,email\nNew Learner,new.adapt@example.org\n',
    });
    expect(roster.body).toMatchObject({ enrolled: 1 });
    const progress = (await send('GET', `/api/trainer/cohorts/${(cohort.body as Body).id}/progress`, trainer)).body as { learners: { userId: string }[] };
    expect(await enrolmentVersion(progress.learners[0].userId)).toBe(adaptedVersionId);
  });

  it('exports what learners get now: the attached question is in the SCORM package and the folder', async () => {
    const scorm = await fetch(`${t.baseUrl}/api/trainer/courses/${COURSE}/scorm?format=scorm12&lang=en`, { headers: trainer.auth });
    expect(scorm.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await scorm.arrayBuffer()));
    const texts = await Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir && /\.(js|json|html)$/.test(f.name))
        .map((f) => f.async('string')),
    );
    expect(texts.some((text) => text.includes(ADDED))).toBe(true);
    const folder = await fetch(`${t.baseUrl}/api/trainer/courses/${COURSE}/folder`, { headers: trainer.auth });
    const folderZip = await JSZip.loadAsync(Buffer.from(await folder.arrayBuffer()));
    expect(await folderZip.file(`${COURSE}/quiz.yaml`)?.async('string')).toContain(ADDED);
    expect(await folderZip.file(`${COURSE}/course.yaml`)?.async('string')).toMatch(/^version: 2$/m);
  });

  it('keeps the adaptation across restarts until the files change; then the files win until the draft is started again', async () => {
    const catalogue = t.app.get(CatalogueService);
    await catalogue.onModuleInit();
    expect(((await send('GET', `/api/courses/${COURSE}`, early)).body as Body).version).toBe(2);

    const yamlPath = join(coursesDir, COURSE, 'en', 'course.yaml');
    writeFileSync(yamlPath, readFileSync(yamlPath, 'utf8').replace(/^title: .*$/m, 'title: Public spaces, revised by the curriculum team'));
    await catalogue.onModuleInit();
    const served = (await send('GET', `/api/courses/${COURSE}`, early)).body as Body;
    expect(served).toMatchObject({ version: 1, title: 'Public spaces, revised by the curriculum team' });
    await catalogue.onModuleInit();
    expect(((await send('GET', `/api/courses/${COURSE}`, early)).body as Body).version).toBe(1);

    expect(((await send('GET', `/api/trainer/courses/${COURSE}`, admin)).body as Body).adaptation).toEqual({ outdated: true });
    const stale = await send('POST', `/api/trainer/courses/${COURSE}/publish`, admin);
    expect(stale.status).toBe(409);
    const restarted = await send('POST', `/api/trainer/courses/${COURSE}/adapt`, admin, { restart: true });
    expect(restarted.status).toBe(200);
    expect(restarted.body).toMatchObject({ adaptation: { outdated: false }, title: 'Public spaces, revised by the curriculum team' });
    expect(JSON.stringify((restarted.body as Body).course)).not.toContain(ADDED);
    expect((await send('PUT', `/api/trainer/courses/${COURSE}/questions/${ADDED}`, admin, addedQuestion)).status).toBe(200);
    const republished = await send('POST', `/api/trainer/courses/${COURSE}/publish`, admin);
    expect(republished.status).toBe(200);
    expect(republished.body).toMatchObject({ version: 3 });
    expect(((await send('GET', `/api/courses/${COURSE}`, early)).body as Body).version).toBe(3);
    // Every enrolment still reads the version it started on.
    expect(await enrolmentVersion(early.id)).toBe(filesVersionId);
  });

  it('issues each learner the certificate of the version they took', async () => {
    const versionContent = async (id: string) =>
      JSON.parse((await t.app.get(DataSource).getRepository(CourseVersion).findOneByOrFail({ id })).content) as Course;
    const complete = async (who: TestUser, course: Course) => {
      const enrolment = (await send('GET', '/api/enrolments/me', who)).body as { id: string; courseId: string }[];
      const id = enrolment.find((e) => e.courseId === COURSE)!.id;
      for (const [i, lessonId] of course.settings.lessons.entries())
        await send('POST', `/api/enrolments/${id}/progress`, who, { seq: i + 1, lessonId, event: 'completed' });
      const attempt = (await send('POST', `/api/enrolments/${id}/attempts`, who)).body as ShownAttempt & { id: string };
      const submitted = await send('POST', `/api/attempts/${attempt.id}/submit`, who, { responses: rightResponses(course, attempt) });
      expect(submitted.body).toMatchObject({ result: { passed: true } });
      return attempt.questions.map((q) => q.id);
    };
    const filesCourse = await versionContent(filesVersionId);
    await complete(early, filesCourse);
    const lateQuestions = await complete(late, await versionContent(adaptedVersionId));
    expect(lateQuestions.length).toBe(11);

    const title = async (who: TestUser) =>
      ((await send('GET', '/api/certificates/me', who)).body as { courseId: string; courseTitle: string }[])
        .filter((c) => c.courseId === COURSE)
        .map((c) => c.courseTitle);
    expect(await title(early)).toEqual([filesCourse.texts.en!.title]);
    expect(await title(late)).toEqual([ADAPTED_TITLE]);
  });
});
