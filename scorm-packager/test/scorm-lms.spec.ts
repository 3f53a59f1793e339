/**
 * End to end: real packages in headless Chromium, with scorm-again as the LMS. A learner walks
 * every lesson, fails the quiz, leaves, relaunches (resume at the bookmark with answers and
 * attempts restored), retries, passes and finishes. Every CMI value the SCO sets is recorded.
 */
import type { Language } from '@vt/courses';
import type { Frame } from 'playwright-core';
import { buildPackage } from '../src/build-package.js';
import type { ScormFormat } from '../src/options.js';
import { courseById } from './curriculum.js';
import { answerCorrectly } from './learner.js';
import { scoErrors, type Cmi, useLmsSuite } from './lms-browser.js';

const suite = useLmsSuite();

const launch = (name: string, version: '1.2' | '2004', saved?: Cmi): Promise<Frame> => suite.tab.launch(name, version, { saved });
const lmsLog = () => suite.tab.lmsLog();
const cmi = () => suite.tab.cmi();

const FLOWS: { course: string; lang: Language; format: ScormFormat }[] = [
  { course: 'a1-foundations', lang: 'en', format: 'scorm12' },
  { course: 'b1-reconnaissance', lang: 'ar', format: 'scorm2004' },
];

describe.each(FLOWS)('$course $lang $format in scorm-again', ({ course: courseId, lang, format }) => {
  const version = format === 'scorm12' ? '1.2' : '2004';
  const v12 = version === '1.2';
  const name = `${courseId}.${lang}.${format}`;

  it('walks, fails, resumes at the bookmark, retries, passes and finishes with a clean CMI record', async () => {
    const course = courseById(courseId);
    await suite.lms.harness.addPackage(name, await buildPackage(course, { format, lang }));
    const passMark = course.settings.quiz.passMark;
    // What an LMS takes from the manifest: the mastery score (1.2) or scaled passing score (2004).
    const first = await launch(name, version, v12 ? { student_data: { mastery_score: String(passMark) } } : { scaled_passing_score: String(passMark / 100) });
    expect(await first.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
    if (lang === 'ar') {
      // Mirrored: the table of contents sits on the right of the lesson.
      const [toc, main] = await Promise.all([first.locator('nav.toc').boundingBox(), first.locator('main').boundingBox()]);
      expect(toc && main && toc.x > main.x).toBe(true);
    }

    // Walk every lesson with Next, then fail the quiz with a single answer.
    for (let i = 1; i < course.settings.lessons.length; i++) await first.click('button.next');
    await first.click('button.next');
    await first.waitForSelector('form.quiz');
    await first.locator('fieldset.question.true-false > .choice input, fieldset.question.single-choice > .choice input').first().check();
    const answered = await first.$eval('input:checked', (input) => [
      (input.closest('fieldset') as HTMLElement).dataset.question,
      (input as HTMLInputElement).value,
    ]);
    await first.click('button.submit');
    await first.waitForSelector('.summary .failed');
    expect(await scoErrors(first)).toEqual([]);
    await suite.tab.closeSco();

    const afterFirst = await cmi();
    const log1 = await lmsLog();
    const calls1 = log1.map((e) => e.call);
    expect(calls1.filter((c) => /Initialize/.test(c))).toHaveLength(1);
    expect(calls1.filter((c) => /Finish|Terminate/.test(c))).toHaveLength(1);
    expect(calls1.filter((c) => /Commit/.test(c)).length).toBeGreaterThanOrEqual(course.settings.lessons.length + 2);
    expect(log1.filter((e) => e.error !== '0')).toEqual([]);
    const sets = new Map(log1.filter((e) => e.element).map((e) => [e.element as string, e.value]));
    const drawn = course.settings.quiz.draw ?? course.questions.length;
    if (v12) {
      const core = afterFirst.core as Cmi;
      // Attempts left: incomplete with the score held back (a failing score would end the attempt in Moodle).
      expect([core.lesson_status, (core.score as Cmi).raw]).toEqual(['incomplete', '']);
      expect(sets.get('cmi.core.exit')).toBe('suspend');
      expect(sets.get('cmi.core.lesson_location')).toBe('quiz');
      expect(sets.get('cmi.core.session_time')).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    } else {
      expect(afterFirst.success_status).toBe('failed');
      expect(afterFirst.completion_status).toBe('incomplete');
      expect(sets.get('cmi.exit')).toBe('suspend');
      expect(sets.get('cmi.location')).toBe('quiz');
      expect(sets.get('cmi.session_time')).toMatch(/^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/);
      expect(Number(sets.get('cmi.score.scaled'))).toBeLessThan(passMark / 100);
    }
    // One interaction per drawn question (scenarios: one per part), ids the questions' own.
    const interactionIds = [...sets.entries()].filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k)).map(([, v]) => v);
    expect(interactionIds.length).toBeGreaterThanOrEqual(drawn);
    const knownIds = new Set(course.questions.flatMap((q) => (q.type === 'scenario' ? q.parts.map((p) => p.id) : [q.id])));
    for (const id of interactionIds) expect(knownIds.has(id as string)).toBe(true);
    expect([...sets.entries()].filter(([k]) => /\.result$/.test(k)).map(([, v]) => v)).toEqual(expect.arrayContaining([v12 ? 'wrong' : 'incorrect']));

    // Relaunch with what the LMS saved: resume on the quiz, attempt 1 used, the answer restored.
    const resumeData: Cmi = v12
      ? {
          core: { entry: 'resume', lesson_location: (afterFirst.core as Cmi).lesson_location, lesson_status: 'incomplete' },
          suspend_data: afterFirst.suspend_data,
          student_data: { mastery_score: String(passMark) },
        }
      : {
          entry: 'resume',
          location: afterFirst.location,
          suspend_data: afterFirst.suspend_data,
          completion_status: 'incomplete',
          success_status: 'failed',
          scaled_passing_score: String(passMark / 100),
        };
    const second = await launch(name, version, resumeData);
    await second.waitForSelector('.summary .failed');
    expect(await second.textContent('.quiz-info')).toContain(': 1 / ');
    expect(await second.isChecked(`fieldset[data-question="${answered[0]}"] > .choice input[value="${answered[1]}"]`)).toBe(true);
    expect(await second.$$eval('.toc li.read', (items) => items.length)).toBe(course.settings.lessons.length);

    await second.click('button.retry');
    await answerCorrectly(second, course, lang);
    await second.click('button.submit');
    await second.waitForSelector('.summary .passed');
    await second.click('button.finish');
    await second.waitForSelector('.finished');
    const log2 = (await lmsLog()).slice(log1.length);
    expect(log2.filter((e) => e.error !== '0')).toEqual([]);
    expect(log2.filter((e) => /Finish|Terminate/.test(e.call))).toHaveLength(1);
    expect(await scoErrors(second).catch(() => [])).toEqual([]);
    const done = await cmi();
    const sets2 = new Map(log2.filter((e) => e.element).map((e) => [e.element as string, e.value]));
    if (v12) {
      expect((done.core as Cmi).lesson_status).toBe('passed');
      expect(Number(((done.core as Cmi).score as Cmi).raw)).toBe(100);
      expect(sets2.get('cmi.core.exit')).toBe('');
    } else {
      expect(done.success_status).toBe('passed');
      expect(done.completion_status).toBe('completed');
      expect(sets2.get('cmi.score.raw')).toBe('100');
      expect(sets2.get('cmi.score.scaled')).toBe('1');
      expect(sets2.get('cmi.exit')).toBe('normal');
    }
    expect([...sets2.entries()].filter(([k]) => /\.result$/.test(k)).every(([, v]) => v === 'correct')).toBe(true);
    expect(suite.tab.outside).toEqual([]);
  });
});
