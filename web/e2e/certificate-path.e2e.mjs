// Issue 16, the learner's path to a certificate on a 390×844 phone, in English and Arabic: a
// learner who reads with Next only and passes gets the certificate from the result banner; a
// learner who skipped one lesson is told which, and reaches it in one tap. Selectors are ids,
// hrefs and data-testid hooks, never wording, so the same steps run in both languages.
import { jest } from '@jest/globals';
import { createAxeChecker } from './support/axe.mjs';
import { openPage } from './support/browser.mjs';
import { COURSE_ID, register } from './support/journey.mjs';
import { answerCorrectly, loadAnswerKeys } from './support/quiz-keys.mjs';
import { startPlatform, stopPlatform } from './support/server.mjs';

jest.setTimeout(240_000);

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const LESSONS = ['a1-l1', 'a1-l2', 'a1-l3', 'a1-l4', 'a1-l5', 'a1-l6'];

async function atLesson(page, lessonId) {
  await page.waitForURL((url) => url.pathname === `/courses/${COURSE_ID}/lessons/${lessonId}`);
  await page.locator('article.lesson h1').waitFor();
}

/** Reads from `from` to the last lesson with Next only, then Finish, which opens the quiz. */
async function readWithNext(page, from) {
  for (const lesson of LESSONS.slice(LESSONS.indexOf(from), -1)) {
    await atLesson(page, lesson);
    await page.locator('[data-testid=next]').tap();
  }
  await atLesson(page, LESSONS.at(-1));
  await page.locator('[data-testid=finish]').tap();
  await page.waitForURL((url) => url.pathname === `/courses/${COURSE_ID}/quiz`);
}

async function passQuiz(page, language) {
  await page.locator('[data-testid=start-attempt]').tap();
  await page.locator('form fieldset[data-question]').first().waitFor();
  await answerCorrectly(page, loadAnswerKeys(COURSE_ID, language));
  await page.locator('[data-testid=submit-attempt]').tap();
  await page.locator('[data-testid=result][data-passed=true]').waitFor();
}

async function enrolAndStart(page, baseUrl) {
  await page.goto(`${baseUrl}/courses/${COURSE_ID}`);
  await page.locator('[data-testid=enrol]').tap();
  await page.locator('[data-testid=resume]').tap();
}

/** Whether the element lies wholly inside the phone's screen as it is now scrolled. */
const onScreen = (locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
  });

describe('the path to a certificate on a phone', () => {
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

  describe.each(['en', 'ar'])('in %s at 390×844', (language) => {
    it('reads with Next only, passes, and gets the certificate from the result banner', async () => {
      const axe = createAxeChecker(`${language} 390px`);
      checkers.push(axe);
      const { page, context, outside, consoleErrors } = await openPage(browser, { ...PHONE, acceptDownloads: true });
      // Signed out, home says what the platform is and shows the catalogue, with register and sign in.
      await page.goto(`${server.baseUrl}/`);
      await page.locator('[data-testid=language-switcher]').selectOption(language);
      await page.locator(`html[lang=${language}]`).waitFor({ state: 'attached' });
      // The catalogue is read again in the chosen language: four courses, then a link to all of them.
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=home-catalogue] li').length === 4);
      await page.locator('[data-testid=home-all-courses]').waitFor();
      expect(await page.locator('[data-testid=home-register]').getAttribute('href')).toBe('/register');
      await axe.check(page, 'home (signed out)');
      await register(page, server.baseUrl, { email: `next-only-${language}@example.org`, language });
      await enrolAndStart(page, server.baseUrl);
      await readWithNext(page, LESSONS[0]);
      await passQuiz(page, language);

      // Both percentages written alike: the language's own digits and sign, never "100%" beside "83.33٪".
      const score = await page.locator('[data-testid=score]').textContent();
      expect(score.match(/%/g)).toHaveLength(2);
      expect(score).not.toMatch(/[٠-٩٪]/);

      // The pass completed the course: the banner's first action is the certificate, on screen at once.
      const download = page.locator('[data-testid=result] [data-testid=certificate-pdf]');
      await download.waitFor();
      expect(await onScreen(download)).toBe(true);
      await axe.check(page, 'quiz (passed, certificate in the banner)');
      const [file] = await Promise.all([page.waitForEvent('download'), download.tap()]);
      const bytes = await new Promise((resolve, reject) => {
        const chunks = [];
        file.createReadStream().then((stream) => {
          stream.on('data', (c) => chunks.push(c));
          stream.on('end', () => resolve(Buffer.concat(chunks)));
          stream.on('error', reject);
        }, reject);
      });
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

      await page.goto(`${server.baseUrl}/certificates`);
      await page.locator('[data-testid=certificate-code]').first().waitFor();
      expect(await page.locator('[data-testid=incomplete-course]').count()).toBe(0);
      await axe.check(page, 'certificates (one earned)');
      // Home: the new certificate, and nothing left to continue.
      await page.goto(`${server.baseUrl}/`);
      await page.locator('[data-testid=new-certificates]').waitFor();
      expect(await page.locator('[data-testid=all-done]').count()).toBe(1);
      await axe.check(page, 'home (a new certificate)');
      expect(outside).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });

    it('a learner who skipped one lesson is told which, everywhere, and reaches it in one tap', async () => {
      const axe = createAxeChecker(`${language} 390px`);
      checkers.push(axe);
      const { page, context, outside } = await openPage(browser, PHONE);
      await register(page, server.baseUrl, { email: `skipped-${language}@example.org`, language });
      await enrolAndStart(page, server.baseUrl);
      // Lessons 1 and 2 with Next; lesson 3 opened, then left for lesson 4 from the course page.
      await atLesson(page, LESSONS[0]);
      await page.locator('[data-testid=next]').tap();
      await atLesson(page, LESSONS[1]);
      await page.locator('[data-testid=next]').tap();
      await atLesson(page, LESSONS[2]);
      await page.goto(`${server.baseUrl}/courses/${COURSE_ID}`);
      await page.locator(`ol a[href="/courses/${COURSE_ID}/lessons/${LESSONS[3]}"]`).tap();
      await readWithNext(page, LESSONS[3]);
      await passQuiz(page, language);

      // The banner says what is missing: lesson 3 only, by number and title, as a link.
      const banner = page.locator('[data-testid=result]');
      await banner.locator('[data-testid=missing]').waitFor();
      expect(await banner.locator('[data-testid=certificate-pdf]').count()).toBe(0);
      expect(await banner.locator('[data-testid=missing-lesson]').evaluateAll((links) => links.map((a) => a.dataset.lesson))).toEqual([LESSONS[2]]);
      expect(await banner.locator('[data-testid=missing-quiz]').count()).toBe(0);
      await axe.check(page, 'quiz (passed, one lesson missing)');

      // The same on My learning, the Certificates page and the course page.
      for (const [path, name] of [
        ['/learning', 'my learning (one lesson missing)'],
        ['/certificates', 'certificates (one lesson missing)'],
        [`/courses/${COURSE_ID}`, 'course (one lesson missing)'],
      ]) {
        await page.goto(server.baseUrl + path);
        const links = page.locator('[data-testid=missing-lesson]');
        await links.first().waitFor();
        expect(await links.evaluateAll((all) => all.map((a) => a.dataset.lesson))).toEqual([LESSONS[2]]);
        await axe.check(page, name);
      }

      // Home's Continue goes to that lesson too.
      await page.goto(`${server.baseUrl}/`);
      await page.locator('[data-testid=continue-link]').waitFor();
      expect(await page.locator('[data-testid=continue-link]').getAttribute('href')).toBe(`/courses/${COURSE_ID}/lessons/${LESSONS[2]}`);
      await axe.check(page, 'home (a lesson to finish)');

      // One tap from the banner reaches it; reading it to its end completes the course.
      await page.goto(`${server.baseUrl}/courses/${COURSE_ID}/quiz`);
      await banner.locator('[data-testid=missing-lesson]').tap();
      await atLesson(page, LESSONS[2]);
      await page.locator('[data-testid=next]').tap();
      await atLesson(page, LESSONS[3]);
      await page.waitForFunction(() => JSON.parse(localStorage.getItem('vt.progress.queue') ?? '[]').length === 0);
      await page.goto(`${server.baseUrl}/certificates`);
      await page.locator('[data-testid=certificate-code]').first().waitFor();
      expect(await page.locator('[data-testid=incomplete-course]').count()).toBe(0);
      expect(outside).toEqual([]);
      await context.close();
    });
  });
});
