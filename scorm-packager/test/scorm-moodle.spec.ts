/**
 * Return visits as Moodle 4.5 makes them (test/moodle.ts): review mode after an ended attempt,
 * a normal resume after a failed attempt with attempts left, a forced new attempt with empty data,
 * the 1.2 mastery rewrite at LMSFinish, and the scenario that lost a learner's grade in a real
 * Moodle (pass → review → normal relaunch → failed practice). Each on an English and an Arabic
 * package in both SCORM versions; every launch's data comes from the record the last one left.
 */
import type { Course, Language } from '@vt/courses';
import type { Frame } from 'playwright-core';
import { buildPackage } from '../src/build-package.js';
import type { ScormFormat } from '../src/options.js';
import { decodeState } from '../src/player/suspend-data.js';
import { courseById } from './curriculum.js';
import { answerCorrectly } from './learner.js';
import { scoErrors, type Cmi, type ScormRuntime, useLmsSuite } from './lms-browser.js';
import { manifestData, moodleFirstLaunch, moodleRelaunch, type MoodleRelaunch } from './moodle.js';

const suite = useLmsSuite();

const PACKAGES: { courseId: string; lang: Language; format: ScormFormat }[] = [
  { courseId: 'a1-foundations', lang: 'en', format: 'scorm12' },
  { courseId: 'b1-reconnaissance', lang: 'ar', format: 'scorm12' },
  { courseId: 'a1-foundations', lang: 'en', format: 'scorm2004' },
  { courseId: 'b1-reconnaissance', lang: 'ar', format: 'scorm2004' },
];

/** One package in the Moodle of this test: launches chained through the record each one leaves. */
async function moodle(courseId: string, lang: Language, format: ScormFormat) {
  const course = courseById(courseId);
  const version: ScormRuntime = format === 'scorm12' ? '1.2' : '2004';
  const name = `${courseId}.${lang}.${format}`;
  await suite.lms.harness.addPackage(name, await buildPackage(course, { format, lang }));
  const manifest = manifestData(suite.lms.harness.packageText(name, 'imsmanifest.xml'), version);
  let record: Cmi | undefined;
  let from = 0;
  return {
    course,
    version,
    /** A launch as Moodle makes it from the record so far (the first one ab-initio). */
    async launch(options: MoodleRelaunch = {}): Promise<Frame> {
      from = await suite.tab.logLength();
      const saved = record ? moodleRelaunch(record, manifest, version, options) : moodleFirstLaunch(manifest, version);
      return suite.tab.launch(name, version, { saved });
    },
    /** The learner leaves (Moodle's player navigates away): the record is what the LMS stored. */
    async leave(): Promise<Cmi> {
      await suite.tab.closeSco();
      record = await suite.tab.cmi();
      return record;
    },
    /** The calls of the current launch. */
    log: () => suite.tab.lmsLog(from),
  };
}

/** The recorded status and score.raw, in the version's own fields. */
function recorded(record: Cmi, version: ScormRuntime): { status: string; raw: string; completion?: string } {
  if (version === '1.2') {
    const core = record.core as Cmi;
    return { status: String(core.lesson_status), raw: String((core.score as Cmi).raw) };
  }
  return { status: String(record.success_status), raw: String((record.score as Cmi).raw), completion: String(record.completion_status) };
}

async function readEveryLesson(frame: Frame, course: Course): Promise<void> {
  const count = course.settings.lessons.length;
  for (let page = 0; page < count; page++) {
    await frame.click(`nav.toc button[data-page="${page}"]`);
    await frame.waitForSelector(`nav.toc button[data-page="${page}"][aria-current="page"]`);
  }
}

async function openQuiz(frame: Frame, course: Course): Promise<void> {
  await frame.click(`nav.toc button[data-page="${course.settings.lessons.length}"]`);
  await frame.waitForSelector('form.quiz');
}

/** Every lesson read, the quiz passed with the keys. */
async function pass(frame: Frame, course: Course, lang: Language): Promise<void> {
  await readEveryLesson(frame, course);
  await openQuiz(frame, course);
  await answerCorrectly(frame, course, lang);
  await frame.click('button.submit');
  await frame.waitForSelector('.summary .passed');
}

/** One answer given, the rest left blank: a failing attempt. */
async function failOnce(frame: Frame): Promise<void> {
  await frame.locator('fieldset.question.true-false > .choice input, fieldset.question.single-choice > .choice input').first().check();
  await frame.click('button.submit');
  await frame.waitForSelector('.summary .failed');
}

const writes = (log: { call: string }[]): string[] => log.map((e) => e.call).filter((c) => /SetValue|Commit/.test(c));

describe.each(PACKAGES)('Moodle 4.5 return visits: $courseId $lang $format', ({ courseId, lang, format }) => {
  it('review-mode relaunch after a pass restores the pass, the lessons and the bookmark, and writes nothing', async () => {
    const lms = await moodle(courseId, lang, format);
    const first = await lms.launch();
    await pass(first, lms.course, lang);
    const before = await lms.leave();
    const suspend = String(before.suspend_data);

    const review = await lms.launch(); // Moodle: the attempt has ended, so review mode
    await review.waitForSelector('.summary .passed');
    expect(await review.$$eval('.toc li.read', (items) => items.length)).toBe(lms.course.settings.lessons.length);
    expect(await review.locator('button.submit').count()).toBe(0);
    expect(await scoErrors(review)).toEqual([]);
    const after = await lms.leave();
    expect(writes(await lms.log())).toEqual([]);
    expect(recorded(after, lms.version)).toEqual(recorded(before, lms.version));
    expect(after.suspend_data).toBe(suspend);
  });

  it('relaunch after a failed attempt with attempts left is a normal resume: the attempt counts and the retry is there', async () => {
    const lms = await moodle(courseId, lang, format);
    const first = await lms.launch();
    await openQuiz(first, lms.course);
    await failOnce(first);
    const record = await lms.leave();
    const { status, raw, completion } = recorded(record, lms.version);
    if (lms.version === '1.2')
      expect([status, raw]).toEqual(['incomplete', '']); // not an ended attempt for Moodle
    else expect([status, completion]).toEqual(['failed', 'incomplete']);

    const second = await lms.launch();
    await second.waitForSelector('.summary .failed');
    expect(await second.textContent('.quiz-info')).toContain(': 1 / ');
    await second.click('button.retry');
    await answerCorrectly(second, lms.course, lang);
    await second.click('button.submit');
    await second.waitForSelector('.summary .passed');
    expect((await lms.log()).filter((e) => e.error !== '0')).toEqual([]);
  });

  it('a forced new attempt (empty CMI) after a pass starts afresh, as Moodle asks', async () => {
    const lms = await moodle(courseId, lang, format);
    const first = await lms.launch();
    await pass(first, lms.course, lang);
    await lms.leave();

    const fresh = await lms.launch({ forceNewAttempt: 'always' });
    await fresh.waitForSelector('nav.toc button[data-page="0"][aria-current="page"]');
    expect(await fresh.$$eval('.toc li.read', (items) => items.length)).toBe(1);
    await openQuiz(fresh, lms.course);
    expect(await fresh.textContent('.quiz-info')).toContain(': 0 / ');
    expect(await fresh.locator('button.submit').count()).toBe(1);
    const record = await lms.leave();
    const now = recorded(record, lms.version);
    expect(lms.version === '1.2' ? [now.status, now.raw] : [now.completion, now.raw]).toEqual(['incomplete', '']);
  });

  it('keeps the pass through review, a normal relaunch and a failed practice attempt (the lost-grade scenario)', async () => {
    const lms = await moodle(courseId, lang, format);
    const first = await lms.launch();
    await pass(first, lms.course, lang);
    const passedRecord = await lms.leave();
    const passing = decodeState(String(passedRecord.suspend_data), lms.course.settings.lessons.length);
    expect(passing?.passed).toBe(true);

    const review = await lms.launch();
    await review.waitForSelector('.summary .passed');
    await lms.leave();

    const normal = await lms.launch({ mode: 'normal' });
    await normal.waitForSelector('.summary .passed');
    await normal.click('button.practice');
    await failOnce(normal);
    await normal.waitForSelector('.summary .passed'); // the recorded pass is still shown beside the practice result
    expect(await scoErrors(normal)).toEqual([]);
    const record = await lms.leave();

    const expected = lms.version === '1.2' ? { status: 'passed', raw: '100' } : { status: 'passed', raw: '100', completion: 'completed' };
    expect(recorded(record, lms.version)).toEqual(expected);
    const kept = decodeState(String(record.suspend_data), lms.course.settings.lessons.length);
    expect(kept).toEqual(passing);
    expect((await lms.log()).filter((e) => e.error !== '0')).toEqual([]);
  });
});

describe.each(PACKAGES.filter((p) => p.format === 'scorm12'))(
  'Moodle 4.5 SCORM 1.2 mastery rewrite at LMSFinish: $courseId $lang',
  ({ courseId, lang, format }) => {
    it('the test LMS rewrites lesson_status from score.raw against the mastery score, in normal mode with credit', async () => {
      const lms = await moodle(courseId, lang, format);
      const frame = await lms.launch();
      // Written straight through the API, as any SCO could: incomplete with a failing score.
      const result = await frame.evaluate(() => {
        const api = (window.parent as unknown as { API: { LMSSetValue(e: string, v: string): string } }).API;
        return [api.LMSSetValue('cmi.core.score.raw', '50'), api.LMSSetValue('cmi.core.lesson_status', 'incomplete')];
      });
      expect(result).toEqual(['true', 'true']);
      const record = await lms.leave();
      expect(recorded(record, '1.2')).toEqual({ status: 'failed', raw: '50' });
    });

    it('reports incomplete with no score while attempts remain, and failed with the score once none remain', async () => {
      const lms = await moodle(courseId, lang, format);
      const attempts = lms.course.settings.quiz.attempts as number;
      let frame = await lms.launch();
      await openQuiz(frame, lms.course);
      for (let attempt = 1; attempt <= attempts; attempt++) {
        if (attempt > 1) {
          frame = await lms.launch(); // each failed attempt with attempts left resumes normally
          await frame.click('button.retry');
        }
        await failOnce(frame);
        const record = await lms.leave();
        const { status, raw } = recorded(record, '1.2');
        if (attempt < attempts) expect([status, raw]).toEqual(['incomplete', '']);
        else {
          expect(status).toBe('failed');
          expect(Number(raw)).toBeLessThan(lms.course.settings.quiz.passMark);
        }
      }
      // No attempts left: Moodle reviews the ended attempt; the learner sees the result and no retry.
      const review = await lms.launch();
      await review.waitForSelector('.summary .failed');
      expect(await review.locator('button.retry').count()).toBe(0);
      await lms.leave();
      expect(writes(await lms.log())).toEqual([]);
    });
  },
);
