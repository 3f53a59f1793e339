import { DataSource } from 'typeorm';
import { PasswordReset } from '../src/auth/password-reset.entity.js';
import { UsersService } from '../src/users/users.service.js';
import { trainerCourse } from './trainer-fixtures.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

interface Progress {
  learners: { userId: string; email: string }[];
  counts: { total: number };
}

/**
 * The attacker is a second trainer who knows a learner's email and does exactly what the issue
 * (#14) describes: commit a roster CSV naming the learner to their own cohort, then read what a
 * cohort gives them and try to act on the account. Learners: trainer A's (created by A's import,
 * signed in since) and a self-registered one.
 */
describe.each(DATABASES)('hostile insider on %s', (_database, url) => {
  let t: TestApp;
  let trainerA: TestUser;
  let trainerB: TestUser;
  let admin: TestUser;
  let counter = 0;

  const send = (method: string, path: string, who: TestUser | undefined, body?: unknown) => t.request(method, path, { headers: who?.auth ?? {}, body });
  const newCohort = async (owner: TestUser, courseId: string): Promise<string> => {
    const res = await send('POST', '/api/trainer/cohorts', owner, { name: `Intake ${++counter}`, courseId });
    expect(res.status).toBe(201);
    return (res.body as { id: string }).id;
  };
  const commit = (owner: TestUser, cohortId: string, rows: [string, string][]) =>
    send('POST', `/api/trainer/cohorts/${cohortId}/roster/commit`, owner, { csv: `name,email\n${rows.map((r) => r.join(',')).join('\n')}\n` });
  const login = async (email: string, password: string): Promise<TestUser> => {
    const res = await t.request('POST', '/api/auth/login', { body: { email, password } });
    expect(res.status).toBe(200);
    const body = res.body as { user: { id: string }; token: string };
    return { id: body.user.id, email, token: body.token, auth: { authorization: `Bearer ${body.token}` } };
  };

  /** A learner of trainer A: created by A's import, then set their password through A's link and signed in. */
  async function learnerOfA(): Promise<{ user: TestUser; enrolmentId: string; password: string }> {
    const email = `a-learner${++counter}@example.org`;
    const cohortId = await newCohort(trainerA, 'hi-a');
    expect((await commit(trainerA, cohortId, [['Learner of A', email]])).body).toMatchObject({ created: 1 });
    const id = (await t.app.get(UsersService).findByEmail(email))!.id;
    const link = await send('POST', '/api/auth/password-resets', trainerA, { userId: id });
    expect(link.status).toBe(201);
    const token = new URL((link.body as { url: string }).url).searchParams.get('token');
    const password = 'learner of A password';
    expect((await t.request('POST', '/api/auth/password-resets/redeem', { body: { token, password } })).status).toBe(204);
    const user = await login(email, password);
    const enrolment = await send('POST', '/api/enrolments', user, { courseId: 'hi-b' });
    const enrolmentId = (enrolment.body as { id: string }).id;
    expect((await send('POST', `/api/enrolments/${enrolmentId}/attempts`, user)).status).toBe(201);
    return { user, enrolmentId, password };
  }

  /** A learner who registered themselves, enrolled on B's course and started its quiz. */
  async function selfRegistered(): Promise<{ user: TestUser; enrolmentId: string; password: string }> {
    const email = `self${++counter}@example.org`;
    const password = 'self registered password';
    const res = await t.request('POST', '/api/auth/register', { body: { email, password, displayName: 'Self Registered', language: 'en' } });
    expect(res.status).toBe(201);
    const body = res.body as { user: { id: string }; token: string };
    const user = { id: body.user.id, email, token: body.token, auth: { authorization: `Bearer ${body.token}` } };
    const enrolmentId = ((await send('POST', '/api/enrolments', user, { courseId: 'hi-b' })).body as { id: string }).id;
    expect((await send('POST', `/api/enrolments/${enrolmentId}/attempts`, user)).status).toBe(201);
    return { user, enrolmentId, password };
  }

  beforeAll(async () => {
    t = await startTestApp(url, { PUBLIC_URL: 'https://academy.example.org' });
    trainerA = await t.signUp('trainer', 'Trainer A');
    trainerB = await t.signUp('trainer', 'Trainer B');
    admin = await t.signUp('admin');
    for (const [owner, id] of [
      [trainerA, 'hi-a'],
      [trainerB, 'hi-b'],
    ] as const) {
      expect((await send('POST', '/api/trainer/courses', owner, trainerCourse(id))).status).toBe(201);
      expect((await send('POST', `/api/trainer/courses/${id}/publish`, owner)).status).toBe(200);
    }
  });
  afterAll(() => t?.close());

  it('a second trainer cannot take over a learner account by importing its email', async () => {
    for (const victim of [await learnerOfA(), await selfRegistered()]) {
      const cohortId = await newCohort(trainerB, 'hi-b');
      const imported = await commit(trainerB, cohortId, [['Victim', victim.user.email]]);
      expect(imported.status).toBe(200);
      expect(imported.body).toMatchObject({ created: 0, enrolled: 0 });
      // Step 2 of the path: the victim's userId from the cohort progress. It is not there.
      const progress = await send('GET', `/api/trainer/cohorts/${cohortId}/progress`, trainerB);
      expect(progress.status).toBe(200);
      expect((progress.body as Progress).learners).toEqual([]);
      expect(JSON.stringify(progress.body)).not.toContain(victim.user.id);
      // Step 3, with the userId learned some other way: no reset link.
      const reset = await send('POST', '/api/auth/password-resets', trainerB, { userId: victim.user.id });
      expect(reset.status).toBe(403);
      expect(await t.app.get(DataSource).getRepository(PasswordReset).countBy({ userId: victim.user.id })).toBe(0);
      // The victim's password and session still work.
      expect((await send('GET', '/api/auth/me', victim.user)).status).toBe(200);
      await login(victim.user.email, victim.password);
    }
  });

  it('shows the second trainer nothing of an invited learner and lets them act on nothing', async () => {
    for (const victim of [await learnerOfA(), await selfRegistered()]) {
      const cohortId = await newCohort(trainerB, 'hi-b');
      expect((await commit(trainerB, cohortId, [['Victim', victim.user.email]])).status).toBe(200);
      const cohort = await send('GET', `/api/trainer/cohorts/${cohortId}`, trainerB);
      expect(cohort.body).toMatchObject({ learnerCount: 0 });
      expect((await send('GET', `/api/trainer/cohorts/${cohortId}/learners/${victim.user.id}`, trainerB)).status).toBe(404);
      expect((await send('GET', `/api/enrolments/${victim.enrolmentId}`, trainerB)).status).toBe(404);
      expect((await send('GET', `/api/enrolments/${victim.enrolmentId}/attempts`, trainerB)).status).toBe(404);
      const due = { dueAt: '2031-01-01T00:00:00Z' };
      expect((await send('PATCH', `/api/trainer/cohorts/${cohortId}/learners/${victim.user.id}`, trainerB, due)).status).toBe(404);
      expect((await send('PATCH', `/api/enrolments/${victim.enrolmentId}`, trainerB, due)).status).toBe(404);
      const own = ((await send('GET', `/api/enrolments/${victim.enrolmentId}`, victim.user)).body as { dueAt?: string }).dueAt;
      expect(own).toBeUndefined();
      expect((await send('POST', '/api/enrolments/bulk', trainerB, { courseId: 'hi-a', emails: [victim.user.email] })).status).toBe(403);
      const csv = await send('GET', `/api/trainer/cohorts/${cohortId}/progress?format=csv`, trainerB);
      expect(csv.status).toBe(200);
      expect(String(csv.body)).not.toContain(victim.user.email);
    }
  });

  it('lets the learner see, accept or decline the invitation; after accepting, the trainer sees them', async () => {
    const accepting = await selfRegistered();
    const declining = await learnerOfA();
    const cohortId = await newCohort(trainerB, 'hi-b');
    expect(
      (
        await commit(trainerB, cohortId, [
          ['A', accepting.user.email],
          ['D', declining.user.email],
        ])
      ).status,
    ).toBe(200);

    for (const learner of [accepting, declining]) {
      const mine = await send('GET', '/api/invitations/me', learner.user);
      expect(mine.status).toBe(200);
      expect(mine.body).toEqual([
        { cohortId, cohortName: expect.any(String), courseId: 'hi-b', courseTitle: 'Intake briefing', trainerName: 'Trainer B', invitedAt: expect.any(String) },
      ]);
    }
    // Nobody else answers someone else's invitation.
    expect((await send('POST', `/api/invitations/${cohortId}/accept`, trainerB)).status).toBe(404);
    expect((await send('POST', `/api/invitations/${cohortId}/accept`, admin)).status).toBe(404);

    const accepted = await send('POST', `/api/invitations/${cohortId}/accept`, accepting.user);
    expect(accepted.status).toBe(200);
    // The learner keeps the enrolment they had: the cohort points at it, progress and attempts untouched.
    expect(accepted.body).toMatchObject({ id: accepting.enrolmentId, courseId: 'hi-b' });
    expect((await send('POST', `/api/invitations/${cohortId}/decline`, declining.user)).status).toBe(204);
    for (const learner of [accepting, declining]) expect((await send('GET', '/api/invitations/me', learner.user)).body).toEqual([]);
    // A second answer finds nothing to answer.
    expect((await send('POST', `/api/invitations/${cohortId}/accept`, declining.user)).status).toBe(404);

    const progress = (await send('GET', `/api/trainer/cohorts/${cohortId}/progress`, trainerB)).body as Progress;
    expect(progress.learners.map((l) => l.userId)).toEqual([accepting.user.id]);
    const detail = await send('GET', `/api/trainer/cohorts/${cohortId}/learners/${accepting.user.id}`, trainerB);
    expect(detail.status).toBe(200);
    expect((detail.body as { attempts: unknown[] }).attempts).toHaveLength(1);
    const due = { dueAt: '2031-01-01T00:00:00.000Z' };
    expect((await send('PATCH', `/api/trainer/cohorts/${cohortId}/learners/${accepting.user.id}`, trainerB, due)).status).toBe(200);
    expect((await send('GET', `/api/enrolments/${accepting.enrolmentId}/attempts`, trainerB)).status).toBe(200);
    // Accepting does not hand the account over: a reset link is still not B's to issue.
    expect((await send('POST', '/api/auth/password-resets', trainerB, { userId: accepting.user.id })).status).toBe(403);
    // The declined learner stays invisible.
    expect((await send('GET', `/api/trainer/cohorts/${cohortId}/learners/${declining.user.id}`, trainerB)).status).toBe(404);
    // A second import of the same email asks nothing again of someone who declined.
    expect((await commit(trainerB, cohortId, [['D', declining.user.email]])).status).toBe(200);
    expect((await send('GET', '/api/invitations/me', declining.user)).body).toEqual([]);
  });

  it('lets a trainer issue reset links only for accounts their own import created and that never signed in', async () => {
    const email = `fresh${++counter}@example.org`;
    const cohortId = await newCohort(trainerA, 'hi-a');
    expect((await commit(trainerA, cohortId, [['Fresh', email]])).body).toMatchObject({ created: 1, enrolled: 1 });
    const id = (await t.app.get(UsersService).findByEmail(email))!.id;
    // A's import: accepted at once, visible to A.
    const progress = (await send('GET', `/api/trainer/cohorts/${cohortId}/progress`, trainerA)).body as Progress;
    expect(progress.learners.map((l) => l.userId)).toEqual([id]);
    // B imports the same fresh account: still not B's to reset, even before anyone signed in.
    const bCohort = await newCohort(trainerB, 'hi-b');
    await commit(trainerB, bCohort, [['Fresh', email]]);
    expect((await send('POST', '/api/auth/password-resets', trainerB, { userId: id })).status).toBe(403);
    const link = await send('POST', '/api/auth/password-resets', trainerA, { userId: id });
    expect(link.status).toBe(201);
    const token = new URL((link.body as { url: string }).url).searchParams.get('token');
    expect((await t.request('POST', '/api/auth/password-resets/redeem', { body: { token, password: 'a fresh learner password' } })).status).toBe(204);
    // Once the owner has signed in, the account is theirs: the trainer who created it cannot reset it any more.
    await login(email, 'a fresh learner password');
    expect((await send('POST', '/api/auth/password-resets', trainerA, { userId: id })).status).toBe(403);
    // An admin still can, and each issue is audited.
    expect((await send('POST', '/api/auth/password-resets', admin, { userId: id })).status).toBe(201);
  });
  it('answers a roster preview alike for an existing learner, a staff account and an unknown email', async () => {
    const existing = await selfRegistered();
    const cohortId = await newCohort(trainerB, 'hi-b');
    const preview = await send('POST', `/api/trainer/cohorts/${cohortId}/roster/preview`, trainerB, {
      csv: `name,email\nKnown,${existing.user.email}\nStaff,${trainerA.email}\nNobody,nobody-${++counter}@example.org\n`,
    });
    expect(preview.status).toBe(200);
    const rows = (preview.body as { rows: { status: string; errors: string[] }[] }).rows;
    expect(rows.map((r) => [r.status, r.errors])).toEqual([
      ['ready', []],
      ['ready', []],
      ['ready', []],
    ]);
  });
});
