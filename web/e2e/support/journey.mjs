// The learner journey of issue 7, written once and run in English and in Arabic: register →
// enrol → read lessons (a reload resumes) → fail the quiz → retry → pass → certificate → verify.
// Selectors use ids, hrefs and data-testid hooks, never interface wording, so the same steps run
// in every language.
import { answerCorrectly, loadAnswerKeys } from './quiz-keys.mjs';

export const COURSE_ID = 'a1-foundations';
const LESSONS = ['a1-l1', 'a1-l2', 'a1-l3', 'a1-l4', 'a1-l5', 'a1-l6'];

export async function register(page, baseUrl, { email, language }) {
  await page.goto(`${baseUrl}/register`);
  await page.locator('#displayName').fill('Amina Learner');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill('a-long-password-1');
  await page.locator('#language').selectOption(language);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL(`${baseUrl}/courses`);
}

async function waitForProgressSent(page) {
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('vt.progress.queue') ?? '[]').length === 0);
}

/**
 * Next, once it leads to `nextLessonId`: right after a navigation the page may still show the
 * previous lesson (its data is loading), whose Next leads to the lesson already open.
 */
async function clickNext(page, nextLessonId) {
  await page.locator(`[data-testid=next][href$="/lessons/${nextLessonId}"]`).click();
}

async function lessonHeading(page, lessonId) {
  await page.waitForURL((url) => url.pathname.endsWith(`/lessons/${lessonId}`));
  await page.locator('article.lesson h1').waitFor();
}

export async function runJourney({ page, baseUrl, language, axe, email }) {
  await page.goto(`${baseUrl}/`);
  await page.locator('h1').waitFor();
  await axe.check(page, 'home');

  await page.goto(`${baseUrl}/register`);
  await page.locator('#email').waitFor();
  await axe.check(page, 'register');
  await register(page, baseUrl, { email, language });
  expect(await page.locator('html').getAttribute('lang')).toBe(language);

  await page.locator(`a[href^="/courses/${COURSE_ID}"]`).first().waitFor();
  await axe.check(page, 'catalogue');
  await page.locator(`a[href^="/courses/${COURSE_ID}"]`).first().click();
  await page.locator('[data-testid=enrol]').waitFor();
  await axe.check(page, 'course (before enrolling)');
  await page.locator('[data-testid=enrol]').click();
  await page.locator('[data-testid=resume]').click();

  // Read with Next only (no button to find): lesson 1, then lesson 2 opened; a reload and a
  // return to the course resume at lesson 2.
  await lessonHeading(page, LESSONS[0]);
  await axe.check(page, 'lesson reader');
  await clickNext(page, LESSONS[1]);
  await lessonHeading(page, LESSONS[1]);
  await waitForProgressSent(page);
  await page.reload();
  await lessonHeading(page, LESSONS[1]);
  await page.goto(`${baseUrl}/courses/${COURSE_ID}`);
  await page.locator('[data-testid=resume]').click();
  await lessonHeading(page, LESSONS[1]);

  for (const [index, lesson] of LESSONS.entries()) {
    if (index === 0 || index === LESSONS.length - 1) continue;
    await lessonHeading(page, lesson);
    await clickNext(page, LESSONS[index + 1]);
  }
  await lessonHeading(page, LESSONS.at(-1));
  await page.locator('[data-testid=finish]').click();
  await page.waitForURL((url) => url.pathname === `/courses/${COURSE_ID}/quiz`);
  await waitForProgressSent(page);

  // The quiz: fail with no answers, then pass with the answer keys on the retry.
  await page.goto(`${baseUrl}/courses/${COURSE_ID}/quiz`);
  await page.locator('[data-testid=start-attempt]').waitFor();
  await axe.check(page, 'quiz (start)');
  await page.locator('[data-testid=start-attempt]').click();
  await page.locator('form fieldset[data-question]').first().waitFor();
  await axe.check(page, 'quiz (questions)');
  await page.locator('[data-testid=submit-attempt]').click();
  await page.locator('[data-testid=result][data-passed=false]').waitFor();
  // Attempts are left: the score, and when the answers will be shown — no answer (decision 0018).
  await page.locator('[data-testid=answers-later]').waitFor();
  expect(await page.locator('ol.results li').count()).toBe(0);
  await axe.check(page, 'quiz (failed result)');

  await page.locator('[data-testid=start-attempt]').click();
  await page.locator('form fieldset[data-question]').first().waitFor();
  await answerCorrectly(page, loadAnswerKeys(COURSE_ID, language));
  await page.locator('[data-testid=submit-attempt]').click();
  await page.locator('[data-testid=result][data-passed=true]').waitFor();
  // Passed: no attempt follows, so each question's answer is shown.
  await page.locator('ol.results li').first().waitFor();
  expect(await page.locator('[data-testid=answers-later]').count()).toBe(0);
  await axe.check(page, 'quiz (passed result)');

  await page.goto(`${baseUrl}/certificates`);
  const code = await page.locator('[data-testid=certificate-code]').first().getAttribute('data-code');
  expect(code).toBeTruthy();
  await axe.check(page, 'certificates');

  await page.goto(`${baseUrl}/learning`);
  await page.locator('h2').first().waitFor();
  await axe.check(page, 'my learning');
  await page.goto(`${baseUrl}/profile`);
  await page.locator('#displayName').waitFor();
  await axe.check(page, 'profile');

  await page.goto(`${baseUrl}/verify/${code}`);
  await page.locator('[data-testid=verification][data-status=valid]').waitFor();
  await axe.check(page, 'verify (valid)');
  return code;
}
