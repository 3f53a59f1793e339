/**
 * The SCO in Moodle's frame: about 650×666 on a laptop and 367×666 on a phone, the frame at the
 * top of the LMS page. After launch, after every page change and after Submit, the header (course
 * title, progress, Finish) is within the frame's viewport, the new page's heading (or, after
 * Submit, the focused result summary with its Try again) is in view below it, and the LMS page
 * itself has not scrolled. The finish text fits the frame. English and Arabic.
 */
import type { Language } from '@vt/courses';
import type { Frame } from 'playwright-core';
import { buildPackage } from '../src/build-package.js';
import { courseById } from './curriculum.js';
import { useLmsSuite } from './lms-browser.js';
import { manifestData, moodleFirstLaunch } from './moodle.js';

const suite = useLmsSuite({ width: 1280, height: 800 });

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
interface View {
  height: number;
  width: number;
  header: Box;
  finish: Box;
  progress: Box;
  target: Box | null;
  focused: string;
  parentScroll: number;
}

/** Boxes in the frame's viewport: the header's parts, and `target` (what should be in view). */
const view = (frame: Frame, target: string): Promise<View> =>
  frame.evaluate((selector) => {
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: Math.round(r.top), bottom: Math.round(r.bottom), left: Math.round(r.left), right: Math.round(r.right) };
    };
    const active = document.activeElement as HTMLElement | null;
    return {
      height: window.innerHeight,
      width: document.documentElement.clientWidth,
      header: box(document.querySelector('header')) as Box,
      finish: box(document.querySelector('header button.finish')) as Box,
      progress: box(document.querySelector('header .progress')) as Box,
      target: box(document.querySelector(selector)),
      focused: active ? `${active.tagName.toLowerCase()}${active.className ? '.' + active.className : ''}` : '',
      parentScroll: window.parent.scrollY,
    };
  }, target);

function expectInView(v: View, where: string): void {
  const within = (b: Box | null) => b !== null && b.top >= 0 && b.bottom <= v.height && b.left >= 0 && b.right <= v.width + 1;
  expect({ where, header: within(v.header), finish: within(v.finish), progress: within(v.progress), parentScroll: v.parentScroll }).toEqual({
    where,
    header: true,
    finish: true,
    progress: true,
    parentScroll: 0,
  });
  // The heading or summary: below the header (not hidden under it) and starting within the frame.
  expect({ where, target: v.target !== null && v.target.top >= v.header.bottom - 1 && v.target.top < v.height - 40 }).toEqual({ where, target: true });
}

describe.each([
  { courseId: 'a1-foundations', lang: 'en' as Language },
  { courseId: 'b1-reconnaissance', lang: 'ar' as Language },
])('in Moodle-sized frames: $courseId $lang', ({ courseId, lang }) => {
  it.each([
    { width: 367, height: 666 },
    { width: 650, height: 666 },
  ])('keeps the header and the new page in view in a $width×$height frame, after each page change and after Submit', async (size) => {
    const course = courseById(courseId);
    const name = `${courseId}.${lang}.scorm12`;
    await suite.lms.harness.addPackage(name, await buildPackage(course, { format: 'scorm12', lang }));
    const saved = moodleFirstLaunch(manifestData(suite.lms.harness.packageText(name, 'imsmanifest.xml'), '1.2'), '1.2');
    const frame = await suite.tab.launch(name, '1.2', { saved, frame: size });
    expectInView(await view(frame, 'main h1'), 'launch');

    const lessons = course.settings.lessons.length;
    for (let page = 1; page <= lessons; page++) {
      await frame.click('main button.next'); // at the foot of a long page: the learner scrolls down to it
      await frame.waitForSelector(`nav.toc button[data-page="${page}"][aria-current="page"]`);
      const v = await view(frame, 'main h1');
      expectInView(v, `page ${page}`);
      expect(v.focused).toBe('main');
    }
    await frame.locator('fieldset.question.true-false > .choice input, fieldset.question.single-choice > .choice input').first().check();
    await frame.click('button.submit');
    await frame.waitForSelector('.summary .failed');
    const submitted = await view(frame, '.summary');
    expectInView(submitted, 'after submit');
    expect(submitted.focused).toBe('div.summary');
    const retry = await view(frame, 'button.retry');
    expect(retry.target !== null && retry.target.top >= retry.header.bottom - 1 && retry.target.bottom <= retry.height).toBe(true);

    await frame.click('header button.finish');
    await frame.waitForSelector('.finished');
    const finished = await frame.evaluate(() => {
      const text = document.querySelector('.finished p') as HTMLElement;
      const r = text.getBoundingClientRect();
      return {
        fits: r.right <= document.documentElement.clientWidth && r.left >= 0 && r.bottom <= window.innerHeight,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        text: text.textContent,
      };
    });
    expect(finished).toEqual({ fits: true, overflow: 0, text: course.settings.lessons.length > 0 ? expect.stringMatching(/.+/) : '' });
  });
});
