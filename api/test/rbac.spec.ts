import { AuthService } from '../src/auth/auth.service.js';
import { UsersService } from '../src/users/users.service.js';
import { completeCourse, CURRICULUM } from './learning-helpers.js';
import { servedRoutes } from './served-routes.js';
import { trainerCourse } from './trainer-fixtures.js';
import { DATABASES, startTestApp, type TestApp, type TestUser } from './test-app.js';

const ACTORS = ['anonymous', 'trainee', 'other trainee', 'trainer', 'admin'] as const;
type Actor = (typeof ACTORS)[number];

/** One row of the matrix: the request and the expected status for each actor, in ACTORS order. */
interface Row {
  method: string;
  route: string;
  path: () => string;
  body?: () => unknown;
  expected: [number, number, number, number, number];
  /** Sends each actor's request with a fresh session (for logout, which ends it). */
  freshSession?: boolean;
}

let counter = 0;

describe.each(DATABASES)('RBAC matrix on %s', (_database, url) => {
  let t: TestApp;
  const users = {} as Record<Exclude<Actor, 'anonymous'>, TestUser>;
  let enrolmentId: string;
  let attemptId: string;
  /** The other trainee's enrolment and attempt: in no cohort of the trainer, so theirs to see only for admins. */
  let outsideEnrolmentId: string;
  let outsideAttemptId: string;
  let code: string;
  let cohortId: string;
  let learnerId: string;
  /** An account the trainer's import created and nobody has signed in to: the trainer may hand over its reset link. */
  const importedEmail = `imported-${Date.now()}@example.org`;
  let importedId: string;
  const invitingCohorts: string[] = [];
  const tc = trainerCourse('rbac-course');

  beforeAll(async () => {
    t = await startTestApp(url, CURRICULUM);
    users.trainee = await t.signUp('trainee', 'Owner');
    users['other trainee'] = await t.signUp('trainee', 'Other');
    users.trainer = await t.signUp('trainer');
    users.admin = await t.signUp('admin');
    enrolmentId = await completeCourse(t, users.trainee.auth, 'a1-foundations');
    attemptId = ((await t.request('GET', `/api/enrolments/${enrolmentId}/attempts`, { headers: users.trainee.auth })).body as { id: string }[])[0].id;
    code = ((await t.request('GET', '/api/certificates/me', { headers: users.trainee.auth })).body as { code: string }[])[0].code;
    // The trainer's own course and cohort (holding the trainee): other trainers would get 404.
    await t.request('POST', '/api/trainer/courses', { headers: users.trainer.auth, body: tc });
    await t.request('POST', '/api/trainer/courses/rbac-course/publish', { headers: users.trainer.auth });
    cohortId = (
      (await t.request('POST', '/api/trainer/cohorts', { headers: users.trainer.auth, body: { name: 'RBAC', courseId: 'a1-foundations' } })).body as {
        id: string;
      }
    ).id;
    const trainee = await t.request('GET', '/api/auth/me', { headers: users.trainee.auth });
    learnerId = (trainee.body as { id: string }).id;
    await t.request('POST', `/api/trainer/cohorts/${cohortId}/roster/commit`, {
      headers: users.trainer.auth,
      body: { csv: `name,email\nOwner,${users.trainee.email}\nImported,${importedEmail}\n` },
    });
    // The trainee had an account: invited, the trainer's learner once they accept (decision 0014).
    expect((await t.request('POST', `/api/invitations/${cohortId}/accept`, { headers: users.trainee.auth })).status).toBe(200);
    importedId = (await t.app.get(UsersService).findByEmail(importedEmail))!.id;
    // Two more cohorts inviting the other trainee: one for the accept row, one for the decline row.
    for (const name of ['Accept', 'Decline']) {
      const id = (
        (await t.request('POST', '/api/trainer/cohorts', { headers: users.trainer.auth, body: { name, courseId: 'a1-foundations' } })).body as { id: string }
      ).id;
      await t.request('POST', `/api/trainer/cohorts/${id}/roster/commit`, {
        headers: users.trainer.auth,
        body: { csv: `name,email\nOther,${users['other trainee'].email}\n` },
      });
      invitingCohorts.push(id);
    }
    outsideEnrolmentId = (
      (await t.request('POST', '/api/enrolments', { headers: users['other trainee'].auth, body: { courseId: 'a4-tourism' } })).body as { id: string }
    ).id;
    outsideAttemptId = (
      (await t.request('POST', `/api/enrolments/${outsideEnrolmentId}/attempts`, { headers: users['other trainee'].auth })).body as { id: string }
    ).id;
  });
  afterAll(() => t?.close());

  const rows: Row[] = [
    { method: 'GET', route: '/api/health', path: () => '/api/health', expected: [200, 200, 200, 200, 200] },
    {
      method: 'POST',
      route: '/api/auth/register',
      path: () => '/api/auth/register',
      body: () => ({ email: `r${++counter}@example.org`, password: 'long enough pw', displayName: 'R', language: 'en' }),
      expected: [201, 201, 201, 201, 201],
    },
    {
      method: 'POST',
      route: '/api/auth/login',
      path: () => '/api/auth/login',
      body: () => ({ email: 'nobody@example.org', password: 'wrong password' }),
      expected: [401, 401, 401, 401, 401],
    },
    { method: 'GET', route: '/api/auth/me', path: () => '/api/auth/me', expected: [401, 200, 200, 200, 200] },
    { method: 'PATCH', route: '/api/auth/me', path: () => '/api/auth/me', body: () => ({ language: 'en' }), expected: [401, 200, 200, 200, 200] },
    {
      method: 'POST',
      route: '/api/auth/password',
      path: () => '/api/auth/password',
      body: () => ({ currentPassword: 'correct horse battery', newPassword: 'correct horse battery' }),
      expected: [401, 204, 204, 204, 204],
    },
    { method: 'GET', route: '/api/courses', path: () => '/api/courses', expected: [200, 200, 200, 200, 200] },
    { method: 'GET', route: '/api/courses/:id', path: () => '/api/courses/a1-foundations', expected: [200, 200, 200, 200, 200] },
    {
      method: 'GET',
      route: '/api/courses/:id/lessons/:lessonId',
      path: () => '/api/courses/a1-foundations/lessons/a1-l1',
      expected: [401, 200, 403, 200, 200],
    },
    {
      method: 'POST',
      route: '/api/enrolments',
      path: () => '/api/enrolments',
      body: () => ({ courseId: 'a2-public-spaces' }),
      expected: [401, 201, 201, 201, 201],
    },
    { method: 'GET', route: '/api/enrolments/me', path: () => '/api/enrolments/me', expected: [401, 200, 200, 200, 200] },
    { method: 'GET', route: '/api/enrolments/:id', path: () => `/api/enrolments/${enrolmentId}`, expected: [401, 200, 404, 200, 200] },
    {
      method: 'POST',
      route: '/api/enrolments/:id/progress',
      path: () => `/api/enrolments/${enrolmentId}/progress`,
      body: () => ({ seq: 1000 + ++counter, lessonId: 'a1-l1', event: 'viewed' }),
      expected: [401, 200, 404, 403, 403],
    },
    { method: 'POST', route: '/api/enrolments/:id/attempts', path: () => `/api/enrolments/${enrolmentId}/attempts`, expected: [401, 409, 404, 403, 403] },
    { method: 'GET', route: '/api/enrolments/:id/attempts', path: () => `/api/enrolments/${enrolmentId}/attempts`, expected: [401, 200, 404, 200, 200] },
    {
      method: 'POST',
      route: '/api/attempts/:id/submit',
      path: () => `/api/attempts/${attemptId}/submit`,
      body: () => ({ responses: {} }),
      expected: [401, 200, 404, 403, 403],
    },
    // A trainer reads and extends only their own cohorts' learners: anyone else's enrolment is 404 to them.
    { method: 'GET', route: '/api/enrolments/:id', path: () => `/api/enrolments/${outsideEnrolmentId}`, expected: [401, 404, 200, 404, 200] },
    { method: 'GET', route: '/api/enrolments/:id/attempts', path: () => `/api/enrolments/${outsideEnrolmentId}/attempts`, expected: [401, 404, 200, 404, 200] },
    {
      method: 'POST',
      route: '/api/enrolments/:id/progress',
      path: () => `/api/enrolments/${outsideEnrolmentId}/progress`,
      body: () => ({ seq: 1000 + ++counter, lessonId: 'a4-l1', event: 'viewed' }),
      expected: [401, 404, 200, 404, 403],
    },
    {
      method: 'POST',
      route: '/api/enrolments/:id/attempts',
      path: () => `/api/enrolments/${outsideEnrolmentId}/attempts`,
      expected: [401, 404, 200, 404, 403],
    },
    {
      method: 'POST',
      route: '/api/attempts/:id/submit',
      path: () => `/api/attempts/${outsideAttemptId}/submit`,
      body: () => ({ responses: {} }),
      expected: [401, 404, 200, 404, 403],
    },
    {
      method: 'PATCH',
      route: '/api/enrolments/:id',
      path: () => `/api/enrolments/${outsideEnrolmentId}`,
      body: () => ({ dueAt: '2030-01-01T00:00:00Z' }),
      expected: [401, 403, 403, 404, 200],
    },
    {
      method: 'POST',
      route: '/api/enrolments/bulk',
      path: () => '/api/enrolments/bulk',
      body: () => ({ courseId: 'a3-religious-sites', emails: [users.trainee.email] }),
      expected: [401, 403, 403, 200, 200],
    },
    {
      method: 'POST',
      route: '/api/enrolments/bulk',
      path: () => '/api/enrolments/bulk',
      body: () => ({ courseId: 'a3-religious-sites', emails: [users['other trainee'].email] }),
      expected: [401, 403, 403, 403, 200],
    },
    {
      method: 'PATCH',
      route: '/api/enrolments/:id',
      path: () => `/api/enrolments/${enrolmentId}`,
      body: () => ({ dueAt: '2030-01-01T00:00:00Z' }),
      expected: [401, 403, 403, 200, 200],
    },
    { method: 'GET', route: '/api/certificates/me', path: () => '/api/certificates/me', expected: [401, 200, 200, 200, 200] },
    { method: 'GET', route: '/api/certificates/:code/pdf', path: () => `/api/certificates/${code}/pdf`, expected: [401, 200, 404, 404, 200] },
    { method: 'GET', route: '/api/certificates/verify/:code', path: () => `/api/certificates/verify/${code}`, expected: [200, 200, 200, 200, 200] },
    { method: 'GET', route: '/api/certificates/:code/credential', path: () => `/api/certificates/${code}/credential`, expected: [401, 200, 404, 404, 200] },
    { method: 'GET', route: '/api/certificates/keys', path: () => '/api/certificates/keys', expected: [200, 200, 200, 200, 200] },
    { method: 'GET', route: '/api/certificates/status/:list', path: () => '/api/certificates/status/1-0', expected: [200, 200, 200, 200, 200] },
    { method: 'POST', route: '/api/certificates/keys', path: () => '/api/certificates/keys', expected: [401, 403, 403, 403, 201] },
    {
      method: 'POST',
      route: '/api/certificates/:code/revoke',
      path: () => `/api/certificates/${code}/revoke`,
      body: () => ({ reason: 'matrix test' }),
      expected: [401, 403, 403, 403, 200],
    },
    {
      method: 'POST',
      route: '/api/trainer/cohorts',
      path: () => '/api/trainer/cohorts',
      body: () => ({ name: 'C', courseId: 'a1-foundations' }),
      expected: [401, 403, 403, 201, 201],
    },
    { method: 'GET', route: '/api/trainer/cohorts', path: () => '/api/trainer/cohorts', expected: [401, 403, 403, 200, 200] },
    { method: 'GET', route: '/api/trainer/cohorts/:id', path: () => `/api/trainer/cohorts/${cohortId}`, expected: [401, 403, 403, 200, 200] },
    {
      method: 'PATCH',
      route: '/api/trainer/cohorts/:id',
      path: () => `/api/trainer/cohorts/${cohortId}`,
      body: () => ({ name: 'RBAC cohort' }),
      expected: [401, 403, 403, 200, 200],
    },
    {
      method: 'POST',
      route: '/api/trainer/cohorts/:id/roster/preview',
      path: () => `/api/trainer/cohorts/${cohortId}/roster/preview`,
      body: () => ({ csv: 'name,email\nX,x@example.org\n' }),
      expected: [401, 403, 403, 200, 200],
    },
    {
      method: 'POST',
      route: '/api/trainer/cohorts/:id/roster/commit',
      path: () => `/api/trainer/cohorts/${cohortId}/roster/commit`,
      body: () => ({ csv: `name,email\nX,x${++counter}@example.org\n` }),
      expected: [401, 403, 403, 200, 200],
    },
    {
      method: 'PATCH',
      route: '/api/trainer/cohorts/:id/learners/:userId',
      path: () => `/api/trainer/cohorts/${cohortId}/learners/${learnerId}`,
      body: () => ({ dueAt: '2030-01-01T00:00:00Z' }),
      expected: [401, 403, 403, 200, 200],
    },
    { method: 'GET', route: '/api/trainer/cohorts/:id/progress', path: () => `/api/trainer/cohorts/${cohortId}/progress`, expected: [401, 403, 403, 200, 200] },
    {
      method: 'GET',
      route: '/api/trainer/cohorts/:id/learners/:userId',
      path: () => `/api/trainer/cohorts/${cohortId}/learners/${learnerId}`,
      expected: [401, 403, 403, 200, 200],
    },
    {
      method: 'GET',
      route: '/api/trainer/reports/results',
      path: () => '/api/trainer/reports/results?courseId=a1-foundations',
      expected: [401, 403, 403, 200, 200],
    },
    {
      method: 'GET',
      route: '/api/trainer/reports/item-analysis',
      path: () => '/api/trainer/reports/item-analysis?courseId=a1-foundations',
      expected: [401, 403, 403, 200, 200],
    },
    {
      method: 'GET',
      route: '/api/trainer/reports/disaggregation',
      path: () => '/api/trainer/reports/disaggregation?courseId=a1-foundations&by=country',
      expected: [401, 403, 403, 200, 200],
    },
    {
      method: 'POST',
      route: '/api/trainer/courses/validate',
      path: () => '/api/trainer/courses/validate',
      body: () => tc,
      expected: [401, 403, 403, 200, 200],
    },
    {
      method: 'POST',
      route: '/api/trainer/courses',
      path: () => '/api/trainer/courses',
      body: () => trainerCourse(`rbac-new-${++counter}`),
      expected: [401, 403, 403, 201, 201],
    },
    { method: 'GET', route: '/api/trainer/courses', path: () => '/api/trainer/courses', expected: [401, 403, 403, 200, 200] },
    { method: 'GET', route: '/api/trainer/courses/:id', path: () => '/api/trainer/courses/rbac-course', expected: [401, 403, 403, 200, 200] },
    { method: 'PUT', route: '/api/trainer/courses/:id', path: () => '/api/trainer/courses/rbac-course', body: () => tc, expected: [401, 403, 403, 200, 200] },
    {
      method: 'PUT',
      route: '/api/trainer/courses/:id/questions/:questionId',
      path: () => '/api/trainer/courses/rbac-course/questions/rbac-course-q3',
      body: () => ({ question: tc.questions[2], texts: {} }),
      expected: [401, 403, 403, 200, 200],
    },
    {
      method: 'GET',
      route: '/api/trainer/courses/:id/questions/:questionId/preview',
      path: () => '/api/trainer/courses/rbac-course/questions/rbac-course-q1/preview',
      expected: [401, 403, 403, 200, 200],
    },
    { method: 'POST', route: '/api/trainer/courses/:id/publish', path: () => '/api/trainer/courses/rbac-course/publish', expected: [401, 403, 403, 200, 200] },
    {
      method: 'POST',
      route: '/api/trainer/courses/:id/adapt',
      path: () => '/api/trainer/courses/a3-religious-sites/adapt',
      expected: [401, 403, 403, 403, 201],
    },
    {
      method: 'GET',
      route: '/api/trainer/courses/:id/scorm',
      path: () => '/api/trainer/courses/rbac-course/scorm?format=scorm12',
      expected: [401, 403, 403, 200, 200],
    },
    {
      method: 'GET',
      route: '/api/trainer/courses/:id/scorm/preview/:format/:lang/*',
      path: () => '/api/trainer/courses/rbac-course/scorm/preview/scorm12/en/index.html',
      expected: [401, 403, 403, 200, 200],
    },
    { method: 'GET', route: '/api/trainer/courses/:id/folder', path: () => '/api/trainer/courses/rbac-course/folder', expected: [401, 403, 403, 200, 200] },
    {
      method: 'GET',
      route: '/api/trainer/courses/:id/report-key',
      path: () => '/api/trainer/courses/rbac-course/report-key?lang=fr',
      expected: [401, 403, 403, 200, 200],
    },
    {
      method: 'POST',
      route: '/api/trainer/lessons/preview',
      path: () => '/api/trainer/lessons/preview',
      body: () => ({ markdown: '## Hello' }),
      expected: [401, 403, 403, 200, 200],
    },
    {
      method: 'DELETE',
      route: '/api/trainer/courses/:id/questions/:questionId',
      path: () => `/api/trainer/courses/rbac-course/questions/rbac-course-q${++counter}`,
      expected: [401, 403, 403, 404, 404],
    },
    // A learner who signed up themselves is not the trainer's to reset, even in their cohort; one their import created is.
    {
      method: 'POST',
      route: '/api/auth/password-resets',
      path: () => '/api/auth/password-resets',
      body: () => ({ userId: learnerId }),
      expected: [401, 403, 403, 403, 201],
    },
    {
      method: 'POST',
      route: '/api/auth/password-resets',
      path: () => '/api/auth/password-resets',
      body: () => ({ userId: importedId }),
      expected: [401, 403, 403, 201, 201],
    },
    {
      method: 'POST',
      route: '/api/auth/password-resets/redeem',
      path: () => '/api/auth/password-resets/redeem',
      body: () => ({ token: 'not-a-real-token', password: 'long enough password' }),
      expected: [400, 400, 400, 400, 400],
    },
    { method: 'GET', route: '/api/invitations/me', path: () => '/api/invitations/me', expected: [401, 200, 200, 200, 200] },
    // Only the invited learner answers an invitation; to anyone else it does not exist.
    {
      method: 'POST',
      route: '/api/invitations/:cohortId/accept',
      path: () => `/api/invitations/${invitingCohorts[0]}/accept`,
      expected: [401, 404, 200, 404, 404],
    },
    {
      method: 'POST',
      route: '/api/invitations/:cohortId/decline',
      path: () => `/api/invitations/${invitingCohorts[1]}/decline`,
      expected: [401, 404, 204, 404, 404],
    },
    { method: 'POST', route: '/api/auth/logout', path: () => '/api/auth/logout', expected: [401, 204, 204, 204, 204], freshSession: true },
  ];

  it(`answers ${rows.length} endpoints × ${ACTORS.length} callers as the contract says`, async () => {
    const got: string[] = [];
    const want: string[] = [];
    for (const row of rows) {
      for (const [i, actor] of ACTORS.entries()) {
        let headers: Record<string, string> = {};
        if (actor !== 'anonymous') {
          const token = row.freshSession ? await t.app.get(AuthService).openSession(users[actor].id) : users[actor].token;
          headers = { authorization: `Bearer ${token}` };
        }
        const res = await t.request(row.method, row.path(), { headers, body: row.body?.() });
        got.push(`${row.method} ${row.route} as ${actor}: ${res.status}`);
        want.push(`${row.method} ${row.route} as ${actor}: ${row.expected[i]}`);
      }
    }
    expect(got).toEqual(want);
  });

  it('covers every route the app serves, and every route declares @Roles()', () => {
    const served = servedRoutes(t.app);
    for (const [route, access] of served) expect({ route, access }).toEqual({ route, access: expect.any(Array) });
    expect([...served.keys()].sort()).toEqual([...new Set(rows.map((r) => `${r.method} ${r.route}`))].sort());
  });
});
