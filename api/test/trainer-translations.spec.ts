import type { CourseText } from '@vt/courses';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';
import { trainerCourse } from './trainer-fixtures.js';

type Body = Record<string, unknown>;

/** The English text of the fixture, reworded as a French one (complete: same keys). */
function french(en: CourseText): CourseText {
  return JSON.parse(JSON.stringify(en).replace(/"(text|title|summary|explanation|feedback)":"/g, '"$1":"FR ')) as CourseText;
}

/** Builder text in other languages: held to the model's rule that a present language is complete. */
describe.each(DATABASES)('trainer course translations on %s', (_database, url) => {
  let t: TestApp;
  let trainer: TestUser;
  let trainee: TestUser;

  beforeAll(async () => {
    t = await startTestApp(url);
    trainer = await t.signUp('trainer');
    trainee = await t.signUp('trainee');
  });
  afterAll(() => t?.close());

  it('refuses a French text with pieces missing, naming each one', async () => {
    const course = trainerCourse('tw-fr');
    course.settings.languages = ['en', 'fr'];
    const fr = french(course.texts.en!);
    delete fr.questions['tw-fr-q3'];
    fr.lessons['tw-fr-l1'].title = '';
    course.texts.fr = fr;
    const res = await t.request('POST', '/api/trainer/courses', { headers: trainer.auth, body: course });
    expect(res.status).toBe(400);
    const fields = (res.body as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['fr/course.yaml.lessons.tw-fr-l1.title', 'fr/quiz.yaml.questions.tw-fr-q3.text']));
    expect(fields.every((f) => f.startsWith('fr/'))).toBe(true);
  });

  it('serves a complete French text to French learners once published', async () => {
    const course = trainerCourse('tw-fr');
    course.settings.languages = ['en', 'fr'];
    course.texts.fr = french(course.texts.en!);
    expect((await t.request('POST', '/api/trainer/courses', { headers: trainer.auth, body: course })).status).toBe(201);
    expect((await t.request('POST', '/api/trainer/courses/tw-fr/publish', { headers: trainer.auth })).status).toBe(200);
    const served = (await t.request('GET', '/api/courses/tw-fr?lang=fr', { headers: trainee.auth })).body as Body;
    expect(served).toMatchObject({ id: 'tw-fr', title: 'FR Intake briefing', language: 'fr', fallback: false });
    expect(served.languages).toEqual(expect.arrayContaining(['en', 'fr']));
  });
});
