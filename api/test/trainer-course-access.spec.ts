import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';
import { trainerCourse } from './trainer-fixtures.js';

/**
 * Decision 0012, part 2: what learners can take, every trainer may read and export (SCORM, folder);
 * a draft only its owner (and admins). The web app's pickers offer exactly that.
 */
describe.each(DATABASES)("other trainers' courses on %s", (_database, url) => {
  let t: TestApp;
  let author: TestUser;
  let colleague: TestUser;
  const course = trainerCourse('tw-shared');

  beforeAll(async () => {
    t = await startTestApp(url);
    author = await t.signUp('trainer');
    colleague = await t.signUp('trainer');
    expect((await t.request('POST', '/api/trainer/courses', { headers: author.auth, body: course })).status).toBe(201);
  });
  afterAll(() => t?.close());

  const get = (path: string, who: TestUser) => fetch(t.baseUrl + path, { headers: who.auth });

  it('keeps a draft to its owner', async () => {
    for (const path of [
      '/api/trainer/courses/tw-shared/scorm?format=scorm12',
      '/api/trainer/courses/tw-shared/folder',
      '/api/trainer/courses/tw-shared/scorm/preview/scorm12/en/index.html',
    ]) {
      expect((await get(path, colleague)).status).toBe(404);
      expect((await get(path, author)).status).toBe(200);
    }
  });

  it('lets every trainer export the published version, never the owner’s later draft', async () => {
    expect((await t.request('POST', '/api/trainer/courses/tw-shared/publish', { headers: author.auth })).status).toBe(200);
    const edited = trainerCourse('tw-shared');
    edited.texts.en!.title = 'Intake briefing, unpublished edit';
    expect((await t.request('PUT', '/api/trainer/courses/tw-shared', { headers: author.auth, body: edited })).status).toBe(200);

    const scorm = await get('/api/trainer/courses/tw-shared/scorm?format=scorm12&lang=en', colleague);
    expect(scorm.status).toBe(200);
    expect(scorm.headers.get('content-type')).toBe('application/zip');
    const index = await (await get('/api/trainer/courses/tw-shared/scorm/preview/scorm12/en/index.html', colleague)).text();
    expect(index).toContain('Intake briefing');
    expect(index).not.toContain('unpublished edit');
    expect(await (await get('/api/trainer/courses/tw-shared/scorm/preview/scorm12/en/index.html', author)).text()).toContain('unpublished edit');
    expect((await get('/api/trainer/courses/tw-shared/folder', colleague)).status).toBe(200);
    // Reading is not editing: the colleague still cannot open or change it in the builder.
    expect((await get('/api/trainer/courses/tw-shared', colleague)).status).toBe(404);
    expect((await t.request('POST', '/api/trainer/courses/tw-shared/publish', { headers: colleague.auth })).status).toBe(404);
  });
});
