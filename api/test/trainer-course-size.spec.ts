import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';
import { trainerCourse } from './trainer-fixtures.js';

/** A trainer course whose one lesson is padded to about `bytes` of Markdown. */
function courseOfSize(id: string, bytes: number) {
  const course = trainerCourse(id);
  const lesson = course.texts.en!.lessons[`${id}-l1`];
  const paragraph = 'Stewards keep the exits clear and watch the queue for anyone who does not fit the pattern of the day.\n\n';
  lesson.markdown += paragraph.repeat(Math.ceil(bytes / paragraph.length));
  return course;
}

describe.each(DATABASES)('whole-course body limit on %s', (_database, url) => {
  let t: TestApp;
  let trainer: TestUser;
  beforeAll(async () => {
    t = await startTestApp(url, { BODY_LIMIT: '65536', COURSE_BODY_LIMIT: '1048576' });
    trainer = await t.signUp('trainer');
  });
  afterAll(() => t?.close());

  it('saves a 300 kB course (a curriculum course in four languages) though other routes stop at 64 kB', async () => {
    const course = courseOfSize('size-big', 300 * 1024);
    const created = await t.request('POST', '/api/trainer/courses', { headers: trainer.auth, body: course });
    expect(created.status).toBe(201);
    const replaced = await t.request('PUT', '/api/trainer/courses/size-big', { headers: trainer.auth, body: course });
    expect(replaced.status).toBe(200);
    const validated = await t.request('POST', '/api/trainer/courses/validate', { headers: trainer.auth, body: course });
    expect(validated.status).toBe(200);

    // Any other route keeps BODY_LIMIT.
    const lessonPreview = await t.request('POST', '/api/trainer/lessons/preview', { headers: trainer.auth, body: { markdown: 'x'.repeat(70 * 1024) } });
    expect(lessonPreview.status).toBe(413);
    expect(lessonPreview.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses a course past COURSE_BODY_LIMIT with 413 problem+json and stores nothing', async () => {
    const res = await t.request('POST', '/api/trainer/courses', { headers: trainer.auth, body: courseOfSize('size-huge', 1100 * 1024) });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await t.request('GET', '/api/trainer/courses/size-huge', { headers: trainer.auth })).status).toBe(404);
  });
});
