import { jest } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openPage } from './support/browser.mjs';
import { register } from './support/journey.mjs';
import { startPlatform, stopPlatform } from './support/server.mjs';

// Issue 18: text shown in a language other than the page's carries its own lang and dir. An Arabic
// learner reading a course that has no Arabic text gets English; laid out right to left, English
// sentences put their full stop at the start of the line. Here the curriculum is copied with one
// course's Arabic folder removed, so that course falls back to English for an Arabic interface.
jest.setTimeout(120_000);

const ROOT = resolve(import.meta.dirname, '../..');
const COURSE = 'b3-nudging';

/** `lang` and the direction Chromium lays the element out in (computed, so inherited `dir` counts). */
async function language(locator) {
  await locator.first().waitFor();
  return locator.first().evaluate((el) => ({ lang: el.closest('[lang]')?.getAttribute('lang'), direction: getComputedStyle(el).direction }));
}

const ENGLISH = { lang: 'en', direction: 'ltr' };
const ARABIC = { lang: 'ar', direction: 'rtl' };

describe('text in another language than the page', () => {
  let server;
  let browser;
  let coursesDir;
  beforeAll(async () => {
    coursesDir = mkdtempSync(join(tmpdir(), 'vt-e2e-fallback-'));
    cpSync(join(ROOT, 'courses/content'), coursesDir, { recursive: true });
    rmSync(join(coursesDir, COURSE, 'ar'), { recursive: true, force: true });
    ({ server, browser } = await startPlatform({ COURSES_DIR: coursesDir }));
  });
  afterAll(async () => {
    await stopPlatform({ server, browser });
    rmSync(coursesDir, { recursive: true, force: true });
  });

  it('lays out English fallback left to right inside Arabic pages, and Arabic labels inside it right to left', async () => {
    const { page, context } = await openPage(browser);
    await register(page, server.baseUrl, { email: 'fallback-ar@example.org', language: 'ar' });
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');

    // Catalogue: the card's English title and summary, its Arabic facts and notice.
    const card = page.locator('li.card', { has: page.locator(`a[href^="/courses/${COURSE}"]`) });
    expect(await language(card.locator('h2'))).toEqual(ENGLISH);
    expect(await language(card.locator('.facts li').first())).toEqual(ARABIC);
    expect(await language(card.locator('.notice'))).toEqual(ARABIC);

    // Course page: English title, summary and objectives; the Arabic notice, facts and buttons.
    await page.goto(`${server.baseUrl}/courses/${COURSE}`);
    expect(await language(page.locator('article h1'))).toEqual(ENGLISH);
    expect(await language(page.locator('article > p:not(.notice, .facts)'))).toEqual(ENGLISH);
    expect(await language(page.locator('article > ul li').first())).toEqual(ENGLISH);
    expect(await language(page.locator('article h2').first())).toEqual(ARABIC);
    expect(await language(page.locator('article .notice'))).toEqual(ARABIC);
    expect(await language(page.locator('article .facts'))).toEqual(ARABIC);
    expect(await language(page.locator('[data-testid=enrol]'))).toEqual(ARABIC);
    await page.locator('[data-testid=enrol]').click();

    // Lesson: the English table of contents, and the Arabic progress label beside it.
    await page.locator('[data-testid=resume]').click();
    await page.locator('article.lesson h1').waitFor();
    expect(await language(page.locator('article.lesson .body p'))).toEqual(ENGLISH);
    expect(await language(page.locator('.toc ol a'))).toEqual(ENGLISH);
    expect(await language(page.locator('.toc label'))).toEqual(ARABIC);

    // Quiz: the English course title in the Arabic heading; Arabic labels inside the English questions.
    await page.goto(`${server.baseUrl}/courses/${COURSE}/quiz`);
    expect(await language(page.locator('h1 span'))).toEqual(ENGLISH);
    await page.locator('[data-testid=start-attempt]').click();
    expect(await language(page.locator('fieldset legend').first())).toEqual(ENGLISH);
    expect(await language(page.locator('fieldset legend .number').first())).toEqual(ARABIC);
    await context.close();
  });
});
