/**
 * The SCO on a phone and without a mouse, in English and Arabic: at 360×740 with the SCO frame
 * filling the screen, no page scrolls sideways; the quiz is answered and submitted with the
 * keyboard alone (Tab, Space, Enter, arrow keys on native controls); axe-core finds nothing on a
 * lesson page, the quiz page, or the submitted quiz.
 */
import type { Language, Question } from '@vt/courses';
import type { Frame } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { buildPackage } from '../src/build-package.js';
import { courseById } from './curriculum.js';
import { launchDataFromManifest } from './lms-harness.js';
import { PHONE, expectNoSidewaysScroll, scoErrors, useLmsSuite } from './lms-browser.js';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const COURSE = 'a1-foundations';

// The SCO's own CSP forbids inline scripts, axe's injected one included: tests only bypass it.
const suite = useLmsSuite(PHONE, { bypassCSP: true });

interface Violation {
  id: string;
  help: string;
  nodes: string[];
}

/** WCAG 2.x A/AA and best practices, as the web app's e2e checks; fails if axe checked next to nothing. */
async function axeViolations(frame: Frame): Promise<Violation[]> {
  const { violations, passed } = await runAxe(frame);
  expect(passed).toBeGreaterThanOrEqual(15);
  return violations;
}

async function runAxe(frame: Frame): Promise<{ violations: Violation[]; passed: number }> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ path: AXE });
  return frame.evaluate(async () => {
    type Result = { id: string; help: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return {
      violations: result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })),
      passed: result.passes.length,
    };
  });
}

/** The keys' answers by control: what the correct response needs of each focused control. */
function keyFor(course: ReturnType<typeof courseById>, lang: Language) {
  const byId = new Map<string, Question>();
  for (const q of course.questions) {
    byId.set(q.id, q);
    if (q.type === 'scenario') for (const part of q.parts) byId.set(part.id, part);
  }
  const accepted = (id: string): string => {
    const text = course.texts[lang]?.questions;
    const parent = course.questions.find((each) => each.type === 'scenario' && each.parts.some((p) => p.id === id));
    return (parent ? text?.[parent.id]?.parts?.[id]?.accepted : text?.[id]?.accepted)?.[0] ?? '';
  };
  return { question: (id: string) => byId.get(id) as Question, accepted };
}

interface Focused {
  tag: string;
  type: string;
  value: string;
  checked: boolean;
  question: string;
  prompt?: string;
  item?: string;
  className: string;
}

/** Answers the whole quiz from the keyboard: Tab between controls, arrows/Space/typing in them, Enter on Submit. */
async function answerWithKeyboard(frame: Frame, lang: Language): Promise<void> {
  const course = courseById(COURSE);
  const key = keyFor(course, lang);
  const page = frame.page();
  const focused = (): Promise<Focused> =>
    frame.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      const set = el.closest('fieldset') as HTMLElement | null;
      return {
        tag: el.tagName.toLowerCase(),
        type: el.type ?? '',
        value: el.value ?? '',
        checked: Boolean(el.checked),
        question: set?.dataset.question ?? '',
        prompt: el.dataset.prompt,
        item: el.dataset.item,
        className: el.className,
      };
    });
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    let now = await focused();
    if (now.tag === 'button' && now.className.includes('submit')) {
      await page.keyboard.press('Enter');
      return;
    }
    if (!now.question) continue;
    const q = key.question(now.question);
    if (now.type === 'radio') {
      const correct = String(q.type === 'single-choice' || q.type === 'true-false' ? q.correct : '');
      // Arrow keys move through the group and check as they go; Space checks where Tab landed.
      for (let step = 0; step < 10 && now.value !== correct; step++) {
        await page.keyboard.press('ArrowDown');
        now = await focused();
      }
      if (!now.checked) await page.keyboard.press('Space');
    } else if (now.type === 'checkbox') {
      const wanted = q.type === 'multiple-choice' && q.correct.includes(now.value);
      if (wanted !== now.checked) await page.keyboard.press('Space');
    } else if (now.tag === 'select') {
      const target = q.type === 'matching' ? q.correct[now.prompt ?? ''] : q.type === 'ordering' ? String(q.correct.indexOf(now.item ?? '') + 1) : '';
      for (let step = 0; step < 20 && now.value !== target; step++) {
        await page.keyboard.press('ArrowDown');
        now = await focused();
      }
    } else if (now.type === 'text') {
      await page.keyboard.type(key.accepted(now.question));
    }
  }
  throw new Error('never reached the Submit button with Tab');
}

describe.each(['en', 'ar'] as Language[])(`${COURSE} %s on a 360×740 phone, by keyboard`, (lang) => {
  it('fits the screen, passes axe on lesson and quiz pages, and the quiz is done by keyboard alone', async () => {
    const course = courseById(COURSE);
    const name = `${COURSE}.${lang}.scorm12`;
    await suite.lms.harness.addPackage(name, await buildPackage(course, { format: 'scorm12', lang }));
    const frame = await suite.tab.launch(name, '1.2', {
      saved: launchDataFromManifest(suite.lms.harness.packageText(name, 'imsmanifest.xml'), '1.2'),
      fill: true,
    });
    expect(await frame.evaluate(() => [window.innerWidth, document.documentElement.dir])).toEqual([PHONE.width, lang === 'ar' ? 'rtl' : 'ltr']);

    expect(await axeViolations(frame)).toEqual([]);
    for (let page = 0; page < course.settings.lessons.length; page++) {
      if (page > 0) await frame.click('button.next');
      await expectNoSidewaysScroll(frame, `lesson ${page + 1}`);
    }
    await frame.click('button.next');
    await frame.waitForSelector('form.quiz');
    await expectNoSidewaysScroll(frame, 'quiz');
    expect(await axeViolations(frame)).toEqual([]);

    await answerWithKeyboard(frame, lang);
    await frame.waitForSelector('.summary .passed');
    expect(await frame.textContent('.summary')).toContain('100%');
    await expectNoSidewaysScroll(frame, 'quiz results');
    expect(await axeViolations(frame)).toEqual([]);
    expect(await scoErrors(frame)).toEqual([]);
    expect(suite.tab.outside).toEqual([]);
  });
});
