import { seededRandom } from '@vt/courses';
import { servedRoutes } from './served-routes.js';
import { trainerCourse } from './trainer-fixtures.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

/**
 * Issue 14's property: odd, deep or control-character JSON sent to EVERY write route the app serves,
 * by an admin (who passes every role check), never gets a 5xx. Inputs are drawn from a seeded
 * generator, so a failure names its seed and replays.
 */
const ODD_STRINGS = ['\u0000', 'a\u0000b', '\u001b[31m', '\u202e', '\ud800', 'x'.repeat(5000), '', ' ', '{}', '../../etc/passwd', '%c0'];

/** A placeholder for JSON nested `levels` deep, spliced in as text (JSON.stringify itself would overflow). */
const deep = (levels: number): string => `__DEEP_${levels}__`;
const serialise = (body: unknown): string =>
  JSON.stringify(body).replace(/"__DEEP_(\d+)__"/g, (_match, n: string) => '['.repeat(Number(n)) + ']'.repeat(Number(n)));

function oddValue(random: () => number, depth = 0): unknown {
  const pick = Math.floor(random() * 9);
  if (depth > 3 && pick > 5) return null;
  switch (pick) {
    case 0:
      return ODD_STRINGS[Math.floor(random() * ODD_STRINGS.length)];
    case 1:
      return [1e308, -0, Number.MAX_SAFE_INTEGER + 2, -1, 0.5][Math.floor(random() * 5)];
    case 2:
      return random() < 0.5;
    case 3:
      return null;
    case 4:
      return deep(65 + Math.floor(random() * 10_000));
    case 5:
      return Array.from({ length: 1 + Math.floor(random() * 3) }, () => oddValue(random, depth + 1));
    default:
      return Object.fromEntries(
        ['id', 'name', 'email', 'courseId', 'csv', 'responses', 'settings', 'dueAt', 'seq', 'markdown', 'question', 'texts', '\u0000key'].flatMap((key) =>
          random() < 0.3 ? [[key, oddValue(random, depth + 1)]] : [],
        ),
      );
  }
}

describe.each(DATABASES)('hostile writes on %s', (_database, url) => {
  let t: TestApp;
  let admin: TestUser;
  let cohortId: string;
  beforeAll(async () => {
    t = await startTestApp(url);
    admin = await t.signUp('admin');
    await t.request('POST', '/api/trainer/courses', { headers: admin.auth, body: trainerCourse('fuzz-course') });
    await t.request('POST', '/api/trainer/courses/fuzz-course/publish', { headers: admin.auth });
    cohortId = (
      (await t.request('POST', '/api/trainer/cohorts', { headers: admin.auth, body: { name: 'Fuzz', courseId: 'fuzz-course' } })).body as { id: string }
    ).id;
  });
  afterAll(() => t?.close());

  it('never answers a 5xx to odd JSON on any write route', async () => {
    const writes = [...servedRoutes(t.app).keys()].filter((route) => /^(POST|PUT|PATCH|DELETE) /.test(route) && !route.endsWith('/logout'));
    expect(writes.length).toBeGreaterThan(15);
    const failures: string[] = [];
    for (let seed = 1; seed <= 12; seed++) {
      const random = seededRandom(`fuzz-${seed}`);
      for (const route of writes) {
        const [method, pattern] = route.split(' ');
        const path = pattern
          .replace(':cohortId', cohortId)
          .replace(
            /:id\b/,
            pattern.startsWith('/api/trainer/cohorts')
              ? cohortId
              : pattern.startsWith('/api/trainer/courses')
                ? 'fuzz-course'
                : '00000000-0000-4000-8000-000000000000',
          )
          .replace(/:[a-zA-Z]+/g, 'x');
        const body = oddValue(random);
        const res = await fetch(t.baseUrl + path, {
          method,
          headers: { ...admin.auth, 'content-type': 'application/json' },
          body: serialise(body),
        });
        if (res.status >= 500) failures.push(`seed ${seed}: ${route} → ${res.status} ${(await res.text()).slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 240_000);
});
