import { UsersService } from '../src/users/users.service.js';
import { trainerCourse } from './trainer-fixtures.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

interface Problem {
  status: number;
  title: string;
  errors?: { field: string; message: string }[];
}

/** Issue 14's hostile inputs: each is answered with a clear 4xx problem+json, never a 5xx, on both databases. */
describe.each(DATABASES)('hostile input on %s', (_database, url) => {
  let t: TestApp;
  let trainer: TestUser;
  let counter = 0;
  beforeAll(async () => {
    t = await startTestApp(url);
    trainer = await t.signUp('trainer');
    await t.request('POST', '/api/trainer/courses', { headers: trainer.auth, body: trainerCourse('hi-course') });
    expect((await t.request('POST', '/api/trainer/courses/hi-course/publish', { headers: trainer.auth })).status).toBe(200);
  });
  afterAll(() => t?.close());

  const raw = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(t.baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const register = (fields: Record<string, unknown>) =>
    t.request('POST', '/api/auth/register', {
      body: { email: `h${++counter}@example.org`, password: 'a long enough password', displayName: 'Ada', language: 'en', ...fields },
    });

  it.each([
    ['/api/auth/register', (deep: string) => `{"email":"deep@example.org","password":"a long password","displayName":"x","language":"en","gender":${deep}}`],
    ['/api/trainer/courses/validate', (deep: string) => `{"settings":${deep}}`],
    ['/api/attempts/00000000-0000-4000-8000-000000000000/submit', (deep: string) => `{"responses":{"q":${deep}}}`],
  ])('answers JSON nested 10,000 deep on %s with 400 problem+json', async (path, body) => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const res = await raw(path, body(deep), trainer.auth);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as Problem).title).toMatch(/nested too deep/);
  });

  it('accepts nesting up to the limit of 64', async () => {
    const ok = await raw('/api/trainer/courses/validate', `{"settings":${'['.repeat(60)}${']'.repeat(60)}}`, trainer.auth);
    // Refused or not by the course validator, but not for its depth, and never a 5xx.
    expect(ok.status).toBeLessThan(500);
    expect(((await ok.json()) as Problem).title).not.toMatch(/nested too deep/);
  });

  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['ESC', '\u001b'],
    ['DEL', '\u007f'],
    ['a C1 control', '\u0085'],
  ])('refuses %s in any text with 400 naming the field, on every database alike', async (_name, character) => {
    const res = await register({ displayName: `Ada${character}Lovelace` });
    expect(res.status).toBe(400);
    expect((res.body as Problem).errors).toEqual([{ field: 'displayName', message: 'must not contain control characters' }]);
    const cohort = await t.request('POST', '/api/trainer/cohorts', { headers: trainer.auth, body: { name: `Intake${character}`, courseId: 'x-course' } });
    expect(cohort.status).toBe(400);
    expect((cohort.body as Problem).errors?.[0].field).toBe('name');
  });

  it('keeps TAB, LF and CR in multi-line text', async () => {
    const res = await t.request('POST', '/api/trainer/lessons/preview', { headers: trainer.auth, body: { markdown: '# Title\r\n\n\tindented\n' } });
    expect(res.status).toBe(200);
  });

  it.each([
    ['a right-to-left override', 'Ada\u202eecalevoL'],
    ['a left-to-right embedding', '\u202aAda'],
    ['a first-strong isolate', 'Ada\u2068 Lovelace'],
    ['a zero-width space', 'Ada\u200bLovelace'],
    ['a byte-order mark', 'Ada\ufeffLovelace'],
    ['a zero-width joiner at the end', 'Ada\u200d'],
  ])('refuses a display name with %s', async (_name, displayName) => {
    const res = await register({ displayName });
    expect(res.status).toBe(400);
    expect((res.body as Problem).errors?.map((e) => e.field)).toEqual(['displayName']);
    const me = await t.request('PATCH', '/api/auth/me', { headers: trainer.auth, body: { displayName } });
    expect(me.status).toBe(400);
  });

  it('accepts ZWNJ and ZWJ between letters (Persian, Indic scripts)', async () => {
    const persian = 'می\u200cخواهم';
    const res = await register({ displayName: persian });
    expect(res.status).toBe(201);
    expect((res.body as { user: { displayName: string } }).user.displayName).toBe(persian);
    expect((await register({ displayName: 'क्\u200dष' })).status).toBe(201);
  });

  it('refuses spoofing characters in the names of a roster, row by row', async () => {
    const cohort = await t.request('POST', '/api/trainer/cohorts', { headers: trainer.auth, body: { name: 'Intake', courseId: 'hi-course' } });
    expect(cohort.status).toBe(201);
    const preview = await t.request('POST', `/api/trainer/cohorts/${(cohort.body as { id: string }).id}/roster/preview`, {
      headers: trainer.auth,
      body: { csv: 'name,email\nAda\u202eecalevoL,spoof@example.org\n' },
    });
    expect((preview.body as { rows: { status: string }[] }).rows[0].status).toBe('error');
    expect(await t.app.get(UsersService).findByEmail('spoof@example.org')).toBeNull();
  });
});
