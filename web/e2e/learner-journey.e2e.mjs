import { jest } from '@jest/globals';
import { createAxeChecker } from './support/axe.mjs';
import { openPage } from './support/browser.mjs';
import { COURSE_ID, register, runJourney } from './support/journey.mjs';
import { startPlatform, stopPlatform } from './support/server.mjs';

// Each journey reads six lessons and takes the quiz twice in a real browser.
jest.setTimeout(180_000);

describe('the learner journey', () => {
  let server;
  let browser;
  const checkers = [];
  beforeAll(async () => {
    ({ server, browser } = await startPlatform());
  });
  afterAll(async () => {
    await stopPlatform({ server, browser });
    const pages = checkers.flatMap((c) => c.checked);
    if (pages.length) console.log(`axe checked ${pages.length} pages, zero violations:\n  ${pages.join('\n  ')}`);
  });

  it('in English: register → enrol → read (reload resumes) → fail → retry → pass → certificate → verify', async () => {
    const axe = createAxeChecker('en');
    checkers.push(axe);
    const { page, context, outside, consoleErrors } = await openPage(browser);
    await runJourney({ page, baseUrl: server.baseUrl, language: 'en', axe, email: 'journey-en@example.org' });
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('in Arabic at 360×740: the same journey, right to left', async () => {
    const axe = createAxeChecker('ar 360px');
    checkers.push(axe);
    const { page, context, outside } = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await runJourney({ page, baseUrl: server.baseUrl, language: 'ar', axe, email: 'journey-ar@example.org' });
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    // Usable at 360 px: nothing forces a horizontal scroll.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('scrolling to the end of a lesson completes it; opening one does not', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await register(page, server.baseUrl, { email: 'scroller@example.org', language: 'en' });
    await page.goto(`${server.baseUrl}/courses/${COURSE_ID}`);
    await page.locator('[data-testid=enrol]').click();
    await page.locator('[data-testid=resume]').click();
    await page.locator('article.lesson h1').waitFor();
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('vt.progress.queue') ?? '[]').length === 0);
    // A lesson is longer than a phone's screen: opened, it is not yet completed.
    expect(await page.locator('[data-testid=lesson-state]').getAttribute('data-completed')).toBe('false');
    await page.mouse.wheel(0, 200_000);
    await page.locator('[data-testid=lesson-state][data-completed=true]').waitFor();
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('vt.progress.queue') ?? '[]').length === 0);
    const enrolments = await page.evaluate(() => fetch('/api/enrolments/me').then((r) => r.json()));
    expect(enrolments.find((e) => e.courseId === 'a1-foundations').lessonsCompleted).toEqual(['a1-l1']);
    await context.close();
  });

  it('going offline mid-lesson and back loses no progress', async () => {
    const { page, context } = await openPage(browser);
    await register(page, server.baseUrl, { email: 'offline@example.org', language: 'en' });
    await page.goto(`${server.baseUrl}/courses/${COURSE_ID}`);
    await page.locator('[data-testid=enrol]').click();
    await page.locator('[data-testid=resume]').click();
    await page.locator('article.lesson h1').waitFor();
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('vt.progress.queue') ?? '[]').length === 0);

    await context.setOffline(true);
    await page.locator('[data-testid=next]').click();
    // The update waits on this device until the connection is back.
    const queued = await page.evaluate(() => JSON.parse(localStorage.getItem('vt.progress.queue') ?? '[]'));
    expect(queued).toEqual([expect.objectContaining({ lessonId: 'a1-l1', event: 'reached-end' })]);

    await context.setOffline(false);
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('vt.progress.queue') ?? '[]').length === 0);
    const enrolments = await page.evaluate(() => fetch('/api/enrolments/me').then((r) => r.json()));
    const enrolment = enrolments.find((e) => e.courseId === 'a1-foundations');
    expect(enrolment.lessonsCompleted).toContain('a1-l1');
    // Sending it again (as a flaky link might) is not counted twice.
    const again = await page.evaluate(
      ({ id, seq }) =>
        fetch(`/api/enrolments/${id}/progress`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ seq, lessonId: 'a1-l1', event: 'reached-end' }),
        }).then((r) => r.json()),
      { id: enrolment.id, seq: queued[0].seq },
    );
    expect(again.lessonsCompleted.filter((l) => l === 'a1-l1')).toHaveLength(1);
    expect(again.lastSeq).toBe(enrolment.lastSeq);
    await context.close();
  });

  it('signs out and in again, filters the catalogue, and says so for an unknown certificate code', async () => {
    const axe = createAxeChecker('en');
    checkers.push(axe);
    const { page, context } = await openPage(browser);
    await register(page, server.baseUrl, { email: 'again@example.org', language: 'en' });
    await page.locator('header button.link').click(); // sign out
    await page.waitForURL(`${server.baseUrl}/`);
    await page.goto(`${server.baseUrl}/learning`);
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('returnUrl') === '/learning');
    await axe.check(page, 'sign in');
    await page.locator('#email').fill('again@example.org');
    await page.locator('#password').fill('a-long-password-1');
    await page.locator('form button[type=submit]').click();
    await page.waitForURL(`${server.baseUrl}/learning`);

    await page.goto(`${server.baseUrl}/courses`);
    await page.locator('#topic').selectOption('reconnaissance');
    await page.locator('form[role=search] button[type=submit]').click();
    await page.waitForURL((url) => url.searchParams.get('topic') === 'reconnaissance');
    await page.locator('a[href^="/courses/b1-reconnaissance"]').waitFor();
    expect(await page.locator('a[href^="/courses/a1-foundations"]').count()).toBe(0);
    await axe.check(page, 'catalogue (filtered)');

    await page.goto(`${server.baseUrl}/verify/VT-NONE-XXXX`);
    await page.locator('[data-testid=verification][data-status=unknown]').waitFor();
    await axe.check(page, 'verify (unknown code)');
    await context.close();
  });
});
