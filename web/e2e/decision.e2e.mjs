// A decision scenario in real Chromium, in English and in Arabic (right to left, 360 px): as a
// lesson's ungraded practice block and as a graded quiz question. Worked through with the keyboard
// only — arrows in the radio group, Enter on the one button that confirms and then moves on — with
// each consequence in a polite live region, checked with axe; the quiz path scored by the API.
// The curriculum's a7-suspicious-items is copied with q-a7-19 alone in its bank and a practice
// copy of it embedded in lesson a7-l1 (the real module keeps its bank and draw).
import { jest } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { createAxeChecker } from './support/axe.mjs';
import { openPage } from './support/browser.mjs';
import { register } from './support/journey.mjs';
import { answerCorrectly, loadAnswerKeys } from './support/quiz-keys.mjs';
import { startPlatform, stopPlatform } from './support/server.mjs';

jest.setTimeout(180_000);

const COURSE = 'a7-suspicious-items';
const GRADED = 'q-a7-19';
const PRACTICE = 'q-a7-p1';
const LANGS = ['en', 'fr', 'ar', 'ru'];
const SOURCE = resolve(import.meta.dirname, '../../courses/content', COURSE);

/** The module with q-a7-19 its only graded question and a practice copy in lesson a7-l1. */
function preparedCurriculum() {
  const root = mkdtempSync(join(tmpdir(), 'vt-decision-'));
  const dir = join(root, COURSE);
  cpSync(SOURCE, dir, { recursive: true });
  const yaml = (file) => parse(readFileSync(join(dir, file), 'utf8'));
  const write = (file, data) => writeFileSync(join(dir, file), stringify(data));
  const course = yaml('course.yaml');
  delete course.quiz.draw;
  course.quiz.shuffleQuestions = false;
  course.quiz.shuffleOptions = false;
  write('course.yaml', course);
  // The decision alone in the bank (so its path is the whole score), and its practice copy.
  const graded = yaml('quiz.yaml').questions.find((q) => q.id === GRADED);
  write('quiz.yaml', { questions: [graded, { ...structuredClone(graded), id: PRACTICE, practice: true }] });
  for (const lang of LANGS) {
    const text = yaml(`${lang}/quiz.yaml`).questions[GRADED];
    write(`${lang}/quiz.yaml`, { questions: { [GRADED]: text, [PRACTICE]: structuredClone(text) } });
    const lesson = join(dir, lang, 'lessons', 'a7-l1.md');
    writeFileSync(lesson, `${readFileSync(lesson, 'utf8')}\n\`\`\`decision\n${PRACTICE}\n\`\`\`\n`);
  }
  return { root, texts: Object.fromEntries(LANGS.map((lang) => [lang, yaml(`${lang}/quiz.yaml`).questions[GRADED]])) };
}

/** Takes the decision in `scope` along the choices labelled `labels`, by keyboard: the group's arrows, then Enter to confirm and Enter to go on. */
async function walk(page, scope, labels, consequences) {
  for (const [index, label] of labels.entries()) {
    const step = scope.locator('fieldset.step');
    const radios = step.locator('input[type=radio]');
    await radios.first().focus();
    const labelsShown = await step.locator('label.choice').allTextContents();
    const target = labelsShown.findIndex((text) => text.trim() === label);
    expect(target).toBeGreaterThanOrEqual(0);
    // The first arrow press selects the next radio: press until the wanted one is checked.
    if (target === 0) await page.keyboard.press('Space');
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    expect(await radios.nth(target).isChecked()).toBe(true);
    await step.locator('button.decide:enabled').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('decide'))).toBe(true);
    await page.keyboard.press('Enter');
    await step.locator('.consequence[aria-live=polite]').filter({ hasText: consequences[index] }).waitFor();
    // Focus stays on the button, which now goes on.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('decide'))).toBe(true);
    await page.keyboard.press('Enter');
  }
}

describe('decision scenarios in the web app', () => {
  let server;
  let browser;
  let prepared;
  const checkers = [];
  beforeAll(async () => {
    prepared = preparedCurriculum();
    ({ server, browser } = await startPlatform({ COURSES_DIR: prepared.root }));
  });
  afterAll(async () => {
    await stopPlatform({ server, browser });
    rmSync(prepared.root, { recursive: true, force: true });
    const pages = checkers.flatMap((c) => c.checked);
    if (pages.length) console.log(`axe checked ${pages.length} pages, zero violations:\n  ${pages.join('\n  ')}`);
  });

  it.each([
    ['en', { width: 1280, height: 900 }],
    ['ar', { width: 360, height: 740 }],
  ])('in %s: practice in the lesson (end and explanation at once, try again), then the graded decision scored by its path', async (lang, viewport) => {
    const axe = createAxeChecker(`decision ${lang}`);
    checkers.push(axe);
    const text = prepared.texts[lang];
    const steps = text.steps;
    const { page, context, outside, consoleErrors } = await openPage(browser, { viewport });
    await register(page, server.baseUrl, { email: `decision-${lang}@example.org`, language: lang });
    await page.goto(`${server.baseUrl}/courses/${COURSE}`);
    await page.locator('[data-testid=enrol]').click();
    await page.goto(`${server.baseUrl}/courses/${COURSE}/lessons/a7-l1`);

    // The lesson's practice block, filled in where the Markdown named it.
    const practice = page.locator(`.decision-block .decision.practice[data-decision="${PRACTICE}"]`);
    await practice.waitFor();
    expect(await practice.evaluate((el) => getComputedStyle(el).direction)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(await practice.locator('.situation').textContent()).toBe(text.text);
    await axe.check(page, 'lesson with a practice decision');
    await walk(
      page,
      practice,
      [steps.found.choices['clear-area'].text, steps.call.choices['radio-now'].text],
      [steps.found.choices['clear-area'].consequence, steps.call.choices['radio-now'].consequence],
    );
    const end = practice.locator('.end');
    // Focus moves to the end once it is shown.
    await page.waitForFunction(() => document.activeElement?.classList.contains('end'), null, { timeout: 5000 });
    expect(await end.textContent()).toContain(text.ends['radio-risk']);
    expect(await end.textContent()).toContain(text.explanation);
    await axe.check(page, 'lesson practice decision at its end');
    await end.locator('button.again').click();
    await practice.locator(`fieldset.step legend`).filter({ hasText: steps.found.prompt }).waitFor();

    // The graded decision: one step at a time, choices final, the outcome only after submitting.
    await page.goto(`${server.baseUrl}/courses/${COURSE}/quiz`);
    await page.locator('[data-testid=start-attempt]').click();
    const graded = page.locator(`fieldset[data-question="${GRADED}"]`);
    await graded.locator('fieldset.step').waitFor();
    expect(await graded.evaluate((el) => getComputedStyle(el).direction)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(await graded.locator('fieldset.step').count()).toBe(1);
    await axe.check(page, 'quiz with a decision');
    const path = [
      ['found', 'clear-area'],
      ['call', 'move-then-call'],
      ['meet', 'checked-point'],
    ];
    // By keyboard in English; in Arabic through the suites' answer helper (which finds the best path itself).
    if (lang === 'en')
      await walk(
        page,
        graded,
        path.map(([step, choice]) => steps[step].choices[choice].text),
        path.map(([step, choice]) => steps[step].choices[choice].consequence),
      );
    else await answerCorrectly(page, loadAnswerKeys(COURSE, lang));
    await graded.locator('.end').waitFor();
    expect(await graded.textContent()).not.toContain(text.ends.contained);
    expect(await graded.locator('.taken li').count()).toBe(3);
    await page.locator('[data-testid=submit-attempt]').click();
    await page.locator('[data-testid=result]').waitFor();

    // The path reached the end worth full points: the whole score, scored on the server.
    await page.locator('[data-testid=result][data-passed=true]').waitFor();
    const enrolments = await page.evaluate(() => fetch('/api/enrolments/me').then((r) => r.json()));
    expect(enrolments.find((e) => e.courseId === COURSE)).toMatchObject({ bestScore: 100, quizPassed: true });
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
