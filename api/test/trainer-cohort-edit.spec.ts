import { CURRICULUM } from './learning-helpers.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

type Body = Record<string, unknown>;

/** PATCH /trainer/cohorts/:id as the cohort page's edit form sends it: every field, emptied dates as null. */
describe.each(DATABASES)('editing a cohort on %s', (_database, url) => {
  let t: TestApp;
  let trainer: TestUser;
  let other: TestUser;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp(url, CURRICULUM);
    trainer = await t.signUp('trainer');
    other = await t.signUp('trainer');
    const created = await t.request('POST', '/api/trainer/cohorts', {
      headers: trainer.auth,
      body: {
        name: 'Lomé intake',
        courseId: 'a2-public-spaces',
        country: 'tg',
        startsAt: '2026-01-05T00:00:00.000Z',
        endsAt: '2026-03-01T23:59:59.000Z',
        dueAt: '2026-02-28T23:59:59.000Z',
      },
    });
    expect(created.status).toBe(201);
    id = (created.body as { id: string }).id;
  });
  afterAll(() => t?.close());

  const patch = (who: TestUser, body: unknown) => t.request('PATCH', `/api/trainer/cohorts/${id}`, { headers: who.auth, body });

  it('changes the details, and a null date removes it', async () => {
    const res = await patch(trainer, {
      name: ' Lomé intake, March ',
      organisation: 'Police academy',
      country: 'bj',
      startsAt: null,
      endsAt: '2026-04-01T23:59:59.000Z',
      dueAt: null,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id,
      name: 'Lomé intake, March',
      organisation: 'Police academy',
      country: 'BJ',
      endsAt: '2026-04-01T23:59:59.000Z',
      courseId: 'a2-public-spaces',
    });
    expect((res.body as Body).startsAt).toBeUndefined();
    expect((res.body as Body).dueAt).toBeUndefined();
    const read = (await t.request('GET', `/api/trainer/cohorts/${id}`, { headers: trainer.auth })).body as Body;
    expect(read).toMatchObject({ name: 'Lomé intake, March', country: 'BJ' });
    expect(read.dueAt).toBeUndefined();
  });

  it('refuses bad values with field errors and changes nothing; another trainer gets 404', async () => {
    const bad = await patch(trainer, { name: '', country: 'Benin' });
    expect(bad.status).toBe(400);
    expect(((bad.body as { errors: { field: string }[] }).errors ?? []).map((e) => e.field).sort()).toEqual(['country', 'name']);
    const inverted = await patch(trainer, { startsAt: '2026-05-01T00:00:00.000Z', endsAt: '2026-04-01T00:00:00.000Z' });
    expect(inverted.status).toBe(400);
    expect((await patch(other, { name: 'Taken over' })).status).toBe(404);
    const read = (await t.request('GET', `/api/trainer/cohorts/${id}`, { headers: trainer.auth })).body as Body;
    expect(read).toMatchObject({ name: 'Lomé intake, March', country: 'BJ', endsAt: '2026-04-01T23:59:59.000Z' });
    expect(read.startsAt).toBeUndefined();
  });
});
