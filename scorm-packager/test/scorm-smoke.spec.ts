/**
 * Smoke pass: EVERY package of the real curriculum (course × complete language × format) launches
 * under scorm-again in one browser page, a fresh iframe per launch. Each opens two lessons, answers
 * one question wrongly, submits, and is closed; the LMS record must be clean and as expected, and
 * on a 360 px phone neither the lesson nor the quiz scrolls sideways.
 * Packages are built while the browser runs the previous one (the browser is another process, so
 * the builds use the second core); one browser, not several, keeps the run inside two cores.
 */
import { completeLanguages, type Course, type Language, type Question } from '@vt/courses';
import type { Frame } from 'playwright-core';
import { buildPackage } from '../src/build-package.js';
import { SCORM_FORMATS, type ScormFormat } from '../src/options.js';
import { curriculum } from './curriculum.js';
import { launchDataFromManifest } from './lms-harness.js';
import { PHONE, expectNoSidewaysScroll, openLmsPage, scoErrors, startLmsBrowser, valuesSet, type Cmi, type LmsBrowser, type LmsPage } from './lms-browser.js';

interface Job {
  course: Course;
  lang: Language;
  format: ScormFormat;
  name: string;
}
const jobs: Job[] = curriculum().flatMap((course) =>
  completeLanguages(course).flatMap((lang) => SCORM_FORMATS.map((format) => ({ course, lang, format, name: `${course.settings.id}.${lang}.${format}` }))),
);

let lms: LmsBrowser;
let tab: LmsPage;
/** Each package's zip, started in order as soon as the file loads; awaited by its own test. */
let built: Promise<void>[] = [];

beforeAll(async () => {
  lms = await startLmsBrowser();
  // One build at a time, in order, overlapping the browser work of the packages before it.
  let previous: Promise<void> = Promise.resolve();
  built = jobs.map((job) => {
    previous = previous.then(async () => lms.harness.addPackage(job.name, await buildPackage(job.course, { format: job.format, lang: job.lang })));
    return previous;
  });
  // On a phone, so every course's lessons and drawn questions are also checked for sideways scroll.
  tab = await openLmsPage(lms, PHONE);
});
afterAll(async () => {
  await Promise.allSettled(built);
  await tab?.close();
  await lms?.close();
});

/** A response the course model scores wrong for a single-choice or true-false question. */
function wrongAnswer(question: Question): string {
  if (question.type === 'true-false') return String(!question.correct);
  if (question.type === 'single-choice') {
    const wrong = question.options.find((option) => option !== question.correct);
    if (wrong) return wrong;
  }
  throw new Error(`${question.id}: no wrong answer to give`);
}

/** The ids a learner was shown, one per scored item (a scenario's parts, not the scenario). */
const shownQuestionIds = (frame: Frame): Promise<string[]> =>
  frame.$$eval('fieldset.question', (sets) =>
    sets.filter((set) => !set.querySelector('fieldset.question')).map((set) => (set as HTMLElement).dataset.question as string),
  );

describe('every package of the curriculum in scorm-again', () => {
  it('has every course × complete language × format to launch', () => {
    expect(new Set(jobs.map((job) => job.course.settings.id)).size).toBe(curriculum().length);
    expect(jobs.length).toBeGreaterThanOrEqual(curriculum().length * 2);
  });

  it.each(jobs.map((job, index) => ({ ...job, index })))(
    '$name: launches, bookmarks, records a failed attempt and finishes cleanly',
    async ({ course, lang, format, name, index }) => {
      await built[index];
      const version = format === 'scorm12' ? '1.2' : '2004';
      const v12 = version === '1.2';
      const saved = launchDataFromManifest(lms.harness.packageText(name, 'imsmanifest.xml'), version);
      const launched = await tab.logLength();
      const frame = await tab.launch(name, version, { saved, fill: true });

      expect(await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
      const started = await tab.cmi();
      expect(v12 ? (started.core as Cmi).lesson_status : started.completion_status).toBe('incomplete');

      // Two more lessons, by Next and by the table of contents: the bookmark follows.
      const lessons = course.settings.lessons;
      await frame.click('button.next');
      await frame.click(`nav.toc button[data-page="2"]`);
      await frame.waitForSelector('nav.toc button[data-page="2"][aria-current="page"]');
      const bookmarked = await tab.cmi();
      expect(v12 ? (bookmarked.core as Cmi).lesson_location : bookmarked.location).toBe(lessons[2]);
      await expectNoSidewaysScroll(frame, lessons[2]);

      // The quiz: one wrong answer, submitted.
      await frame.click(`nav.toc button[data-page="${lessons.length}"]`);
      await frame.waitForSelector('form.quiz');
      await expectNoSidewaysScroll(frame, 'quiz');
      const shown = await shownQuestionIds(frame);
      const target = await frame.$eval(
        'fieldset.question.single-choice, fieldset.question.true-false',
        (set) => (set as HTMLElement).dataset.question as string,
      );
      const question = course.questions.flatMap((q): Question[] => (q.type === 'scenario' ? [q, ...q.parts] : [q])).find((q) => q.id === target) as Question;
      await frame.check(`fieldset[data-question="${target}"] > .choice input[value="${wrongAnswer(question)}"]`);
      await frame.click('button.submit');
      await frame.waitForSelector('.summary .failed');
      expect(await scoErrors(frame)).toEqual([]);
      await tab.closeSco();

      const log = await tab.lmsLog(launched);
      expect(log.filter((e) => e.error !== '0')).toEqual([]);
      const calls = log.map((e) => e.call);
      expect(calls.filter((c) => /Initialize/.test(c))).toHaveLength(1);
      expect(calls.filter((c) => /Commit/.test(c)).length).toBeGreaterThanOrEqual(4);
      expect(calls.filter((c) => /Finish|Terminate/.test(c))).toHaveLength(1);

      const record = await tab.cmi();
      if (v12) {
        // A failed attempt with attempts left: incomplete, score held back (README, "SCORM 1.2 status").
        expect([(record.core as Cmi).lesson_status, ((record.core as Cmi).score as Cmi).raw]).toEqual(['incomplete', '']);
        expect((record.core as Cmi).exit).toBe('suspend');
      } else {
        expect([record.completion_status, record.success_status]).toEqual(['incomplete', 'failed']);
        expect(record.exit).toBe('suspend');
      }
      // One interaction per question shown, with the question's own id, in the order shown.
      const sets = valuesSet(log);
      const interactionIds = [...sets.entries()].filter(([key]) => /^cmi\.interactions\.\d+\.id$/.test(key)).map(([, id]) => id);
      expect(interactionIds).toEqual(shown);
      expect(sets.get(`cmi.interactions.${shown.indexOf(target)}.result`)).toBe(v12 ? 'wrong' : 'incorrect');
      expect(tab.outside).toEqual([]);
    },
  );
});
