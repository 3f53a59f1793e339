import { MALFORMED_COURSES } from '@vt/courses/testing';
import { CURRICULUM } from './learning-helpers.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';
import { trainerCourse } from './trainer-fixtures.js';

type Problems = { problems: { file?: string; message: string }[] };
type FieldErrors = { errors: { field: string; message: string }[] };

/** The builder's routes refuse the shared malformed courses in the words the model and the loader use. */
describe.each(DATABASES)('trainer builder on malformed courses on %s', (_database, url) => {
  let t: TestApp;
  let trainer: TestUser;

  beforeAll(async () => {
    t = await startTestApp(url, CURRICULUM);
    trainer = await t.signUp('trainer');
  });
  afterAll(() => t?.close());

  it.each(MALFORMED_COURSES.map((fixture, index) => [fixture.name, fixture, index] as const))('refuses %s', async (_name, fixture, index) => {
    const course = trainerCourse(`tm-broken-${index}`);
    if (fixture.file === 'course.yaml') fixture.edit(course.settings as unknown as Record<string, unknown>);
    else fixture.edit(course as unknown as Record<string, unknown>);
    const check = await t.request('POST', '/api/trainer/courses/validate', { headers: trainer.auth, body: course });
    expect(check.status).toBe(200);
    expect((check.body as Problems).problems).toContainEqual(expect.objectContaining({ file: fixture.file, message: fixture.message }));
    const created = await t.request('POST', '/api/trainer/courses', { headers: trainer.auth, body: course });
    expect(created.status).toBe(400);
    expect((created.body as FieldErrors).errors.map((error) => error.message)).toContain(fixture.message);
  });
});
