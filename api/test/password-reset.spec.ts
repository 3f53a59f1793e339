import { DataSource } from 'typeorm';
import { AuditEntry } from '../src/audit/audit-entry.entity.js';
import { AuthService } from '../src/auth/auth.service.js';
import { PasswordReset } from '../src/auth/password-reset.entity.js';
import { UsersService } from '../src/users/users.service.js';
import { trainerCourse } from './trainer-fixtures.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

interface Link {
  url: string;
  expiresAt: string;
}
interface Problem {
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

const tokenOf = (link: Link): string => new URL(link.url).searchParams.get('token') ?? '';

describe.each(DATABASES)('password reset on %s', (_database, url) => {
  let t: TestApp;
  let trainer: TestUser;
  let otherTrainer: TestUser;
  let admin: TestUser;
  let counter = 0;

  /** A learner invited by CSV into a new cohort of `owner`: an account with a password nobody knows. */
  async function invite(owner: TestUser): Promise<{ id: string; email: string }> {
    const email = `invited${++counter}-${Date.now()}@example.org`;
    const cohort = await t.request('POST', '/api/trainer/cohorts', { headers: owner.auth, body: { name: `Intake ${counter}`, courseId: 'pr-course' } });
    expect(cohort.status).toBe(201);
    const id = (cohort.body as { id: string }).id;
    const commit = await t.request('POST', `/api/trainer/cohorts/${id}/roster/commit`, {
      headers: owner.auth,
      body: { csv: `name,email\nInvited Learner,${email}\n` },
    });
    expect(commit.body).toMatchObject({ created: 1 });
    const user = await t.app.get(UsersService).findByEmail(email);
    if (!user) throw new Error('the import created no account');
    return { id: user.id, email };
  }

  const issue = (caller: TestUser | undefined, userId: string) =>
    t.request('POST', '/api/auth/password-resets', { headers: caller?.auth ?? {}, body: { userId } });
  const redeem = (token: string, password: string) => t.request('POST', '/api/auth/password-resets/redeem', { body: { token, password } });
  const login = (email: string, password: string) => t.request('POST', '/api/auth/login', { body: { email, password } });
  const resets = () => t.app.get(DataSource).getRepository(PasswordReset);

  beforeAll(async () => {
    t = await startTestApp(url, { PUBLIC_URL: 'https://academy.example.org' });
    trainer = await t.signUp('trainer');
    otherTrainer = await t.signUp('trainer');
    admin = await t.signUp('admin');
    expect((await t.request('POST', '/api/trainer/courses', { headers: trainer.auth, body: trainerCourse('pr-course') })).status).toBe(201);
    expect((await t.request('POST', '/api/trainer/courses/pr-course/publish', { headers: trainer.auth })).status).toBe(200);
  });
  afterAll(() => t?.close());

  it('gives a trainer a one-time link for a learner of their own cohort, valid 24 hours', async () => {
    const learner = await invite(trainer);
    const before = Date.now();
    const res = await issue(trainer, learner.id);
    expect(res.status).toBe(201);
    const link = res.body as Link;
    expect(Object.keys(link).sort()).toEqual(['expiresAt', 'url']);
    expect(link.url).toMatch(/^https:\/\/academy\.example\.org\/reset-password\?token=[A-Za-z0-9_-]{43}$/);
    const hours = (new Date(link.expiresAt).getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThan(23.99);
    expect(hours).toBeLessThan(24.01);
    // Only the SHA-256 is kept: the token itself is nowhere in the table.
    const rows = await resets().findBy({ userId: learner.id });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].tokenHash).not.toContain(tokenOf(link));
    const audit = await t.app.get(DataSource).getRepository(AuditEntry).findBy({ subjectId: learner.id });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([['password-reset.issued', trainer.id]]);
  });

  it('refuses a trainer for someone else’s learner, for staff accounts, a trainee caller and anonymous', async () => {
    const theirs = await invite(otherTrainer);
    const res = await issue(trainer, theirs.id);
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await issue(trainer, admin.id)).status).toBe(403);
    expect((await issue(trainer, otherTrainer.id)).status).toBe(403);
    const trainee = await t.signUp('trainee');
    expect((await issue(trainee, theirs.id)).status).toBe(403);
    expect((await issue(undefined, theirs.id)).status).toBe(401);
    expect((await issue(trainer, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const bad = await issue(trainer, 'not-an-id');
    expect(bad.status).toBe(400);
    expect((bad.body as Problem).errors?.map((e) => e.field)).toEqual(['userId']);
    // The admin may reset anyone, trainers and admins included.
    expect((await issue(admin, theirs.id)).status).toBe(201);
    expect((await issue(admin, otherTrainer.id)).status).toBe(201);
  });

  it('sets the password once, ends every session, and lets the learner sign in with it', async () => {
    const learner = await invite(trainer);
    const link = (await issue(trainer, learner.id)).body as Link;
    // A session opened before the reset (by whoever knew the old password): it must end.
    const token = await t.app.get(AuthService).openSession(learner.id);
    expect((await t.request('GET', '/api/auth/me', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);

    const first = await redeem(tokenOf(link), 'my own new password');
    expect(first.status).toBe(204);
    expect((await t.request('GET', '/api/auth/me', { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    expect((await login(learner.email, 'my own new password')).status).toBe(200);

    const second = await redeem(tokenOf(link), 'another new password');
    expect(second.status).toBe(400);
    expect(second.headers.get('content-type')).toContain('application/problem+json');
    expect((await login(learner.email, 'another new password')).status).toBe(401);
  });

  it('answers the same 400 for an unknown, a used and an expired link', async () => {
    const learner = await invite(trainer);
    const used = (await issue(trainer, learner.id)).body as Link;
    expect((await redeem(tokenOf(used), 'first new password')).status).toBe(204);
    const expired = (await issue(trainer, learner.id)).body as Link;
    await resets().update({ userId: learner.id }, { expiresAt: new Date(Date.now() - 1000) });
    const answers = await Promise.all([
      redeem('x'.repeat(43), 'second new password'),
      redeem(tokenOf(used), 'second new password'),
      redeem(tokenOf(expired), 'second new password'),
    ]);
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400]);
    expect(new Set(answers.map((a) => (a.body as Problem).detail)).size).toBe(1);
    expect(answers.every((a) => !(a.body as Problem).errors)).toBe(true);
    expect((await login(learner.email, 'first new password')).status).toBe(200);
  });

  it('supersedes an older link when a new one is issued', async () => {
    const learner = await invite(trainer);
    const older = (await issue(trainer, learner.id)).body as Link;
    const newer = (await issue(admin, learner.id)).body as Link;
    expect((await redeem(tokenOf(older), 'from the older link')).status).toBe(400);
    expect((await redeem(tokenOf(newer), 'from the newer link')).status).toBe(204);
  });

  it('stores nothing and keeps the link on bad input', async () => {
    const learner = await invite(trainer);
    const link = (await issue(trainer, learner.id)).body as Link;
    const rows = await resets().count();
    const weak = await redeem(tokenOf(link), 'short');
    expect(weak.status).toBe(400);
    expect((weak.body as Problem).errors).toEqual([{ field: 'password', message: 'must be at least 10 characters' }]);
    const extra = await t.request('POST', '/api/auth/password-resets/redeem', {
      body: { token: tokenOf(link), password: 'long enough password', userId: learner.id },
    });
    expect(extra.status).toBe(400);
    expect((await t.request('POST', '/api/auth/password-resets/redeem', { body: { token: 42, password: ['x'] } })).status).toBe(400);
    const injection = await t.request('POST', '/api/auth/password-resets', { headers: trainer.auth, body: { userId: "' OR 1=1 --" } });
    expect(injection.status).toBe(400);
    expect(await resets().count()).toBe(rows);
    // The link still works after all that.
    expect((await redeem(tokenOf(link), 'long enough password')).status).toBe(204);
    expect(await resets().count()).toBe(rows - 1);
  });
});

describe('password-reset redemption rate limit', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(undefined, { AUTH_RATE_LIMIT: '3' })));
  afterAll(() => t?.close());

  it('answers 429 with Retry-After past the limit per IP, like login', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<TestApp['request']>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await t.request('POST', '/api/auth/password-resets/redeem', { body: { token: `guess-${i}`, password: 'a long enough password' } });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([400, 400, 400, 429]);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last?.headers.get('content-type')).toContain('application/problem+json');
  });
});
