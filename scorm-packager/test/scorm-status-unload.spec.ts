/**
 * Two LMS behaviours the walk-through does not reach:
 * - SCORM 1.2 with a mastery score: a passed quiz with lessons unread stays `incomplete` through
 *   LMSFinish (scorm-again with mastery_override rewrites status from score.raw there), and turns
 *   `passed` with the score once the last lesson is read.
 * - The final commit on unload: with an `lmsCommitUrl`, scorm-again posts each Commit and sends
 *   the LMSFinish/Terminate commit with `navigator.sendBeacon`; the SCO's pagehide must get the
 *   final CMI to the server.
 */
import type { Language } from '@vt/courses';
import { buildPackage } from '../src/build-package.js';
import type { ScormFormat } from '../src/options.js';
import { courseById } from './curriculum.js';
import { answerCorrectly } from './learner.js';
import { launchDataFromManifest, type CommitRecord } from './lms-harness.js';
import { scoErrors, valuesSet, type Cmi, useLmsSuite } from './lms-browser.js';

const suite = useLmsSuite();

async function addPackage(courseId: string, lang: Language, format: ScormFormat): Promise<{ name: string; saved: Cmi }> {
  const name = `${courseId}.${lang}.${format}`;
  await suite.lms.harness.addPackage(name, await buildPackage(courseById(courseId), { format, lang }));
  return { name, saved: launchDataFromManifest(suite.lms.harness.packageText(name, 'imsmanifest.xml'), format === 'scorm12' ? '1.2' : '2004') };
}

/** Beacons are sent asynchronously: wait until the server has `count` final commits. */
async function finalCommits(count: number): Promise<CommitRecord[]> {
  for (let tries = 0; tries < 100; tries++) {
    const finals = suite.lms.harness.commits().filter((c) => c.final);
    if (finals.length >= count) return finals;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the server received ${suite.lms.harness.commits().filter((c) => c.final).length} final commit(s), expected ${count}`);
}

describe('SCORM 1.2: quiz passed, lessons unread', () => {
  it('stays incomplete under the mastery score until every lesson is read, then reports passed with the score', async () => {
    const course = courseById('a1-foundations');
    const { name, saved } = await addPackage('a1-foundations', 'en', 'scorm12');
    const lessons = course.settings.lessons;

    const first = await suite.tab.launch(name, '1.2', { saved });
    await first.click(`nav.toc button[data-page="${lessons.length}"]`);
    await first.waitForSelector('form.quiz');
    await answerCorrectly(first, course, 'en');
    await first.click('button.submit');
    await first.waitForSelector('.summary .passed');
    expect(await scoErrors(first)).toEqual([]);
    await suite.tab.closeSco();
    const paused = await suite.tab.cmi();
    const core = paused.core as Cmi;
    // LMSFinish ran scorm-again's mastery rule: with no score to compare, the SCO's status stands.
    expect(core.lesson_status).toBe('incomplete');
    expect((core.score as Cmi).raw).toBe('');
    expect(core.exit).toBe('suspend');
    expect((await suite.tab.lmsLog()).filter((e) => e.error !== '0')).toEqual([]);

    const from = await suite.tab.logLength();
    const second = await suite.tab.launch(name, '1.2', {
      saved: { ...saved, core: { entry: 'resume', lesson_location: core.lesson_location, lesson_status: 'incomplete' }, suspend_data: paused.suspend_data },
    });
    await second.waitForSelector('.summary .passed');
    for (let page = 1; page < lessons.length - 1; page++) await second.click(`nav.toc button[data-page="${page}"]`);
    expect(((await suite.tab.cmi()).core as Cmi).lesson_status).toBe('incomplete');
    await second.click(`nav.toc button[data-page="${lessons.length - 1}"]`);
    await second.waitForSelector(`nav.toc button[data-page="${lessons.length - 1}"][aria-current="page"]`);
    const done = (await suite.tab.cmi()).core as Cmi;
    expect([done.lesson_status, (done.score as Cmi).raw]).toEqual(['passed', '100']);
    await second.click('button.finish');
    await second.waitForSelector('.finished');
    const log = await suite.tab.lmsLog(from);
    expect(log.filter((e) => e.error !== '0')).toEqual([]);
    expect(valuesSet(log).get('cmi.core.exit')).toBe('');
    expect(((await suite.tab.cmi()).core as Cmi).lesson_status).toBe('passed');
  });
});

describe.each([
  { courseId: 'a1-foundations', lang: 'en' as Language, format: 'scorm12' as ScormFormat },
  { courseId: 'b1-reconnaissance', lang: 'ar' as Language, format: 'scorm2004' as ScormFormat },
])('final commit on unload: $courseId $lang $format', ({ courseId, lang, format }) => {
  it('posts every Commit to the LMS server and sends the final CMI by beacon on pagehide', async () => {
    const v12 = format === 'scorm12';
    const { name, saved } = await addPackage(courseId, lang, format);
    const lessons = courseById(courseId).settings.lessons;
    const before = suite.lms.harness.commits().length;
    const frame = await suite.tab.launch(name, v12 ? '1.2' : '2004', { saved, commit: true });
    await frame.click('button.next');
    await frame.waitForSelector('nav.toc button[data-page="1"][aria-current="page"]');
    const during = suite.lms.harness.commits().slice(before);
    expect(during.length).toBeGreaterThanOrEqual(2);
    expect(during.every((c) => !c.final && c.contentType.startsWith('application/json'))).toBe(true);

    const finalsBefore = suite.lms.harness.commits().filter((c) => c.final).length;
    await suite.tab.closeSco(); // the SCO's pagehide: LMSFinish/Terminate, whose commit goes by beacon
    const final = (await finalCommits(finalsBefore + 1)).at(-1) as CommitRecord;
    expect(final.contentType).toMatch(/^text\/plain/);
    const body = JSON.parse(final.body) as { cmi: Cmi };
    if (v12) {
      const core = body.cmi.core as Cmi;
      expect(core.lesson_location).toBe(lessons[1]);
      expect(core.lesson_status).toBe('incomplete');
      expect(core.exit).toBe('suspend');
      expect(core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    } else {
      expect(body.cmi.location).toBe(lessons[1]);
      expect(body.cmi.completion_status).toBe('incomplete');
      expect(body.cmi.exit).toBe('suspend');
      expect(body.cmi.session_time).toMatch(/^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/);
    }
    expect(String(body.cmi.suspend_data)).toMatch(/"l":"11/);
    expect((await suite.tab.lmsLog()).filter((e) => e.error !== '0')).toEqual([]);
    expect(suite.tab.outside).toEqual([]);
  });
});
