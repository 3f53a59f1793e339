import { DataSource } from 'typeorm';
import { Enrolment } from '../src/enrolments/enrolment.entity.js';
import { CURRICULUM } from './learning-helpers.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

/** POST /api/enrolments/bulk: a trainer enrols only learners of their own cohorts, all or nothing; an admin anyone. */
describe.each(DATABASES)('bulk enrolment scope on %s', (_database, url) => {
  let t: TestApp;
  let trainer: TestUser;
  let otherTrainer: TestUser;
  let admin: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  /** Enrolments stored for these users on a course, read from the database, not from the API. */
  const storedOn = (courseId: string, users: TestUser[]): Promise<number> =>
    t.app
      .get(DataSource)
      .getRepository(Enrolment)
      .countBy(users.map((u) => ({ courseId, userId: u.id })));

  beforeAll(async () => {
    t = await startTestApp(url, CURRICULUM);
    trainer = await t.signUp('trainer');
    otherTrainer = await t.signUp('trainer');
    admin = await t.signUp('admin');
    member = await t.signUp('trainee', 'Member');
    outsider = await t.signUp('trainee', 'Outsider');
    const cohort = await t.request('POST', '/api/trainer/cohorts', { headers: trainer.auth, body: { name: 'Intake', courseId: 'a1-foundations' } });
    expect(cohort.status).toBe(201);
    const id = (cohort.body as { id: string }).id;
    const commit = await t.request('POST', `/api/trainer/cohorts/${id}/roster/commit`, {
      headers: trainer.auth,
      body: { csv: `name,email\nMember,${member.email}\n` },
    });
    expect(commit.status).toBe(200);
    // An existing account is only invited: it is the trainer's learner once it accepts.
    expect((await t.request('POST', `/api/invitations/${id}/accept`, { headers: member.auth })).status).toBe(200);
  });
  afterAll(() => t?.close());

  const bulk = (by: TestUser, courseId: string, emails: string[]) =>
    t.request('POST', '/api/enrolments/bulk', { headers: by.auth, body: { courseId, emails } });

  it('lets a trainer enrol a learner of their own cohort on another course', async () => {
    const res = await bulk(trainer, 'a2-public-spaces', [member.email]);
    expect(res.status).toBe(200);
    expect((res.body as { enrolled: unknown[]; errors: unknown[] }).enrolled).toHaveLength(1);
    expect(await storedOn('a2-public-spaces', [member])).toBe(1);
  });

  it("refuses a list holding anyone outside the trainer's cohorts with 403 problem+json and writes nothing", async () => {
    const res = await bulk(trainer, 'a3-religious-sites', [member.email, outsider.email]);
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 403 });
    expect(JSON.stringify(res.body)).toContain(outsider.email);
    expect(JSON.stringify(res.body)).not.toContain(member.email);
    expect(await storedOn('a3-religious-sites', [member, outsider])).toBe(0);
  });

  it('answers an unknown email exactly as an outsider, so a trainer cannot probe for accounts', async () => {
    const unknown = await bulk(trainer, 'a3-religious-sites', ['nobody-here@example.org']);
    expect(unknown.status).toBe(403);
    expect(await storedOn('a3-religious-sites', [member])).toBe(0);
  });

  it("refuses another trainer the first trainer's learners", async () => {
    const res = await bulk(otherTrainer, 'a3-religious-sites', [member.email]);
    expect(res.status).toBe(403);
    expect(await storedOn('a3-religious-sites', [member])).toBe(0);
  });

  it('lets an admin enrol anyone and reports unknown emails without failing', async () => {
    const res = await bulk(admin, 'a3-religious-sites', [member.email, outsider.email, 'nobody-here@example.org']);
    expect(res.status).toBe(200);
    const body = res.body as { enrolled: unknown[]; errors: { email: string }[] };
    expect(body.enrolled).toHaveLength(2);
    expect(body.errors).toEqual([expect.objectContaining({ email: 'nobody-here@example.org' })]);
    expect(await storedOn('a3-religious-sites', [member, outsider])).toBe(2);
  });
});
