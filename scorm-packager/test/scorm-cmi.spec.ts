/**
 * A whole session as Moodle 4.5 records it, in an English and an Arabic package of both versions:
 * every lesson read, every question answered, submitted, finished. Every value the SCO writes
 * passes Moodle's data-model type checks (the harness refuses the rest, as Moodle does: 405/406),
 * 2004 interactions carry the question text as their description, and commits are batched: at
 * most one per page change and one per submit (the leave is Terminate/LMSFinish itself).
 */
import type { Language } from '@vt/courses';
import { buildPackage } from '../src/build-package.js';
import type { ScormFormat } from '../src/options.js';
import { checkCmi } from './cmi-types.js';
import { courseById } from './curriculum.js';
import { answerCorrectly } from './learner.js';
import { scoErrors, valuesSet, type ScormRuntime, useLmsSuite } from './lms-browser.js';
import { manifestData, moodleFirstLaunch } from './moodle.js';

const suite = useLmsSuite();

describe.each([
  { courseId: 'a1-foundations', lang: 'en' as Language, format: 'scorm12' as ScormFormat },
  { courseId: 'b1-reconnaissance', lang: 'ar' as Language, format: 'scorm12' as ScormFormat },
  { courseId: 'a1-foundations', lang: 'en' as Language, format: 'scorm2004' as ScormFormat },
  { courseId: 'b1-reconnaissance', lang: 'ar' as Language, format: 'scorm2004' as ScormFormat },
])('Moodle 4.5 data-model checks: $courseId $lang $format', ({ courseId, lang, format }) => {
  it('writes only values of the elements’ SCORM types, 2004 descriptions from the question text, and commits once per page change and submit', async () => {
    const course = courseById(courseId);
    const version: ScormRuntime = format === 'scorm12' ? '1.2' : '2004';
    const name = `${courseId}.${lang}.${format}`;
    await suite.lms.harness.addPackage(name, await buildPackage(course, { format, lang }));
    const saved = moodleFirstLaunch(manifestData(suite.lms.harness.packageText(name, 'imsmanifest.xml'), version), version);
    const frame = await suite.tab.launch(name, version, { saved });
    const lessons = course.settings.lessons.length;
    for (let page = 1; page <= lessons; page++) {
      await frame.click('button.next');
      await frame.waitForSelector(`nav.toc button[data-page="${page}"][aria-current="page"]`);
    }
    await frame.waitForSelector('form.quiz');
    await answerCorrectly(frame, course, lang);
    await frame.click('button.submit');
    await frame.waitForSelector('.summary .passed');
    const refusedBySco = await scoErrors(frame);
    await frame.click('button.finish');
    await frame.waitForSelector('.finished');

    const log = await suite.tab.lmsLog();
    const refused = log.filter((e) => e.error !== '0');
    console.info(`${name}: ${log.filter((e) => /Commit/.test(e.call)).length} commits in one session`);
    for (const entry of log.filter((e) => e.element && e.error === '0')) {
      expect({ element: entry.element, value: entry.value, refused: checkCmi(version, entry.element as string, String(entry.value)) }).toEqual({
        element: entry.element,
        value: entry.value,
        refused: undefined,
      });
    }
    // Page changes: the first page and each Next (lessons + the quiz); one submit; the leave is the Finish.
    const commits = log.filter((e) => /Commit/.test(e.call)).length;
    expect(refusedBySco).toEqual([]);
    expect(refused).toEqual([]);
    expect(commits).toBeLessThanOrEqual(lessons + 1 + 1);
    if (version === '2004') {
      const sets = valuesSet(log);
      const texts = course.texts[lang]?.questions ?? {};
      const known = new Map<string, string>();
      for (const [id, text] of Object.entries(texts)) {
        known.set(id, text.text);
        for (const [partId, part] of Object.entries(text.parts ?? {})) known.set(partId, part.text);
      }
      const ids = [...sets.entries()].filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k));
      expect(ids.length).toBeGreaterThan(0);
      for (const [key, id] of ids) {
        const description = sets.get(key.replace(/\.id$/, '.description'));
        expect(description).toBeTruthy();
        expect([...(description as string)].length).toBeLessThanOrEqual(250);
        const text = (known.get(id as string) ?? '').replace(/\s+/g, ' ').trim();
        expect(text.startsWith((description as string).replace(/…$/, '').trim().slice(0, 40))).toBe(true);
      }
    }
  });
});
