// An invited learner (created by a trainer's CSV import, with a password nobody knows) opens the
// one-time link their trainer handed over, chooses a password and signs in with it.
import { createAxeChecker } from './support/axe.mjs';
import { openPage } from './support/browser.mjs';
import { startPlatform, stopPlatform } from './support/server.mjs';
import { signIn, TRAINER } from './support/trainer.mjs';

const LEARNER = { email: 'invited-learner@example.org', password: 'my chosen password' };

/** One API call as the demo trainer (bearer token), failing loudly on anything but the expected status. */
async function api(baseUrl, token, method, path, body, expected) {
  const res = await fetch(baseUrl + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (res.status !== expected) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

describe('password reset for an invited learner', () => {
  let server;
  let browser;
  let link;
  beforeAll(async () => {
    ({ server, browser } = await startPlatform());
    const login = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(TRAINER),
    });
    const { token } = await login.json();
    // The trainer invites the learner through the cohort roster, then asks for their reset link.
    const cohort = await api(server.baseUrl, token, 'POST', '/api/trainer/cohorts', { name: 'Reset intake', courseId: 'a1-foundations' }, 201);
    await api(server.baseUrl, token, 'POST', `/api/trainer/cohorts/${cohort.id}/roster/commit`, { csv: `name,email\nInvited Learner,${LEARNER.email}\n` }, 200);
    const progress = await api(server.baseUrl, token, 'GET', `/api/trainer/cohorts/${cohort.id}/progress`, undefined, 200);
    const { url } = await api(server.baseUrl, token, 'POST', '/api/auth/password-resets', { userId: progress.learners[0].userId }, 201);
    // The link names PUBLIC_URL (localhost by default); the browser opens the same path on this server.
    const parsed = new URL(url);
    expect(parsed.pathname).toBe('/reset-password');
    link = `${server.baseUrl}${parsed.pathname}${parsed.search}`;
  });
  afterAll(async () => {
    await stopPlatform({ server, browser });
  });

  it('sets a password through the link, then signs in with it; the link works once', async () => {
    const axe = createAxeChecker('en');
    const { page, outside, consoleErrors, context } = await openPage(browser);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Choose your password' }).waitFor();
    await axe.check(page, 'reset password');

    await page.locator('#password').fill(LEARNER.password);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('reset') === 'done');
    await page.getByRole('status').filter({ hasText: 'Your password is set' }).waitFor();
    await axe.check(page, 'sign-in after reset');

    await signIn(page, server.baseUrl, LEARNER);
    expect(new URL(page.url()).pathname).toBe('/learning');
    await page.getByRole('heading', { level: 1 }).waitFor();

    // The same link a second time: the API's one message for a spent link, shown on the page.
    const again = await browser.newContext();
    const second = await again.newPage();
    await second.goto(link);
    await second.locator('#password').fill('yet another password');
    await second.locator('form button[type=submit]').click();
    await second.getByRole('alert').filter({ hasText: 'invalid or has expired' }).waitFor();
    expect(new URL(second.url()).pathname).toBe('/reset-password');
    await again.close();

    expect(outside).toEqual([]);
    // The only console errors allowed: none.
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('reads right to left in Arabic', async () => {
    const { page, context } = await openPage(browser, { locale: 'ar' });
    await page.goto(`${server.baseUrl}/reset-password?token=unused`);
    await page.locator('#password').waitFor();
    const { dir, lang } = await page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));
    expect({ dir, lang }).toEqual({ dir: 'rtl', lang: 'ar' });
    await page.getByRole('heading', { level: 1, name: 'اختر كلمة المرور' }).waitFor();
    await createAxeChecker('ar').check(page, 'reset password (ar)');
    await context.close();
  });
});
