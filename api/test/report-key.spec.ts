import { trainerCourse } from './trainer-fixtures.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

/** The printable key for reading an LMS's SCORM 1.2 report, from the trainer workspace. */
describe.each(DATABASES)('SCORM 1.2 report key on %s', (_database, url) => {
  let t: TestApp;
  let trainer: TestUser;

  beforeAll(async () => {
    t = await startTestApp(url);
    trainer = await t.signUp('trainer');
    expect((await t.request('POST', '/api/trainer/courses', { headers: trainer.auth, body: trainerCourse('tw-key') })).status).toBe(201);
  });
  afterAll(() => t?.close());

  it("serves a static printable page in the course's language, under a policy that allows no script", async () => {
    const res = await fetch(`${t.baseUrl}/api/trainer/courses/tw-key/report-key?lang=en`, { headers: trainer.auth });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('tw-key-q1');
    expect(html).not.toMatch(/<script/i);
  });

  it('answers 400 for an unknown language and 404 for an unknown course', async () => {
    expect((await t.request('GET', '/api/trainer/courses/tw-key/report-key?lang=de', { headers: trainer.auth })).status).toBe(400);
    expect((await t.request('GET', '/api/trainer/courses/no-such-course/report-key', { headers: trainer.auth })).status).toBe(404);
  });
});
