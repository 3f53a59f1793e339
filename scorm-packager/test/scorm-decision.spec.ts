/**
 * A decision scenario in the SCO under the test LMS (Moodle's launches and type checks), English
 * and Arabic, SCORM 1.2 and 2004: worked through with the keyboard one step at a time, each
 * consequence announced in a live region, laid out right to left in Arabic, and recorded as one
 * `performance` interaction whose response is the path in each version's format — which the test
 * LMS checks by interaction type as Moodle does (test/cmi-types.ts).
 */
import type { Course, DecisionQuestion, Language } from '@vt/courses';
import { buildPackage } from '../src/build-package.js';
import type { ScormFormat } from '../src/options.js';
import { courseById } from './curriculum.js';
import { answerCorrectly, walkDecision } from './learner.js';
import { scoErrors, valuesSet, type ScormRuntime, useLmsSuite } from './lms-browser.js';
import { manifestData, moodleFirstLaunch } from './moodle.js';

const suite = useLmsSuite();
const COURSE = 'a7-suspicious-items';
const DECISION = 'q-a7-19';
const PRACTICE = 'q-a7-p1';

/** The module with every question drawn, in authored order with choices unshuffled, so that the decision is on the quiz page. */
function wholeBank(): Course {
  const course = structuredClone(courseById(COURSE));
  course.settings.quiz = { ...course.settings.quiz, shuffleQuestions: false, shuffleOptions: false };
  delete course.settings.quiz.draw;
  return course;
}

describe.each([
  { lang: 'en' as Language, format: 'scorm12' as ScormFormat },
  { lang: 'ar' as Language, format: 'scorm2004' as ScormFormat },
  { lang: 'en' as Language, format: 'scorm2004' as ScormFormat },
  { lang: 'ar' as Language, format: 'scorm12' as ScormFormat },
])('a decision in the SCO: $lang $format', ({ lang, format }) => {
  it('is worked through by keyboard, announces each consequence, and is recorded as a performance interaction of the path', async () => {
    const course = wholeBank();
    const question = course.questions.find((q) => q.id === DECISION) as DecisionQuestion;
    const text = course.texts[lang]!.questions[DECISION];
    const version: ScormRuntime = format === 'scorm12' ? '1.2' : '2004';
    const name = `${COURSE}.decision.${lang}.${format}`;
    await suite.lms.harness.addPackage(name, await buildPackage(course, { format, lang }));
    const saved = moodleFirstLaunch(manifestData(suite.lms.harness.packageText(name, 'imsmanifest.xml'), version), version);
    const frame = await suite.tab.launch(name, version, { saved });
    await frame.click(`nav.toc button[data-page="${course.settings.lessons.length}"]`);
    await frame.waitForSelector('form.quiz');
    const set = `fieldset[data-question="${DECISION}"]`;
    expect(await frame.$eval(set, (el) => getComputedStyle(el).direction)).toBe(lang === 'ar' ? 'rtl' : 'ltr');

    // A path that ends early (radio within 15 m): keyboard only — Tab into the group, arrows, Space, Enter.
    await frame.focus(`${set} .step input[data-first]`);
    expect(await frame.$eval(`${set} .step legend`, (el) => el.textContent)).toBe(text.steps!['found'].prompt);
    await frame.press(`${set} .step input[data-first]`, 'ArrowDown'); // clear-area (second in authored order)
    await suite.tab.page.keyboard.press('Space');
    const confirm = `${set} button.decide`;
    await frame.focus(confirm);
    await suite.tab.page.keyboard.press('Enter');
    const live = `${set} .step .consequence[aria-live="polite"]`;
    await frame.waitForFunction((s) => document.querySelector(s)?.textContent !== '', live);
    expect(await frame.$eval(live, (el) => el.textContent)).toBe(text.steps!['found'].choices['clear-area'].consequence);
    expect(await frame.evaluate(() => document.activeElement?.className)).toBe('decide');
    await suite.tab.page.keyboard.press('Enter');
    await frame.waitForSelector(`${set} .step[data-step="call"]`);
    expect(await frame.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('radio-now');
    await suite.tab.page.keyboard.press('Space');
    await frame.focus(confirm);
    await suite.tab.page.keyboard.press('Enter');
    await frame.waitForFunction((s) => document.querySelector(s)?.textContent !== '', live);
    await suite.tab.page.keyboard.press('Enter');
    await frame.waitForSelector(`${set} .end`);
    // The outcome waits for the submit: no end text before it.
    expect(await frame.$eval(set, (el) => el.textContent)).not.toContain(text.ends!['radio-risk']);

    // Everything else answered right; submit.
    await answerCorrectly(frame, course, lang, [DECISION]);
    await frame.click('button.submit');
    await frame.waitForSelector('.summary p');
    expect(await frame.$eval(`${set} .result`, (el) => el.textContent)).toContain(text.ends!['radio-risk']);
    expect(await scoErrors(frame)).toEqual([]);

    const log = await suite.tab.lmsLog();
    expect(log.filter((e) => e.error !== '0')).toEqual([]);
    const sets = valuesSet(log);
    const index = [...sets.entries()].find(([key, value]) => /^cmi\.interactions\.\d+\.id$/.test(key) && value === DECISION)?.[0].split('.')[2];
    expect(index).toBeDefined();
    const at = (field: string) => sets.get(`cmi.interactions.${index}.${field}`);
    expect(at('type')).toBe('performance');
    expect(at('weighting')).toBe(String(question.points));
    if (version === '2004') {
      expect(at('learner_response')).toBe('found[.]clear_area[,]call[.]radio_now');
      expect(at('correct_responses.0.pattern')).toBe('found[.]clear_area[,]call[.]move_then_call[,]meet[.]checked_point');
      expect(at('result')).toBe('incorrect');
    } else {
      expect(at('student_response')).toBe('found.clear-area,call.radio-now');
      expect(at('correct_responses.0.pattern')).toBe('found.clear-area,call.move-then-call,meet.checked-point');
      expect(at('result')).toBe('wrong');
    }
  });
});

describe.each([
  { lang: 'en' as Language, format: 'scorm2004' as ScormFormat },
  { lang: 'ar' as Language, format: 'scorm12' as ScormFormat },
])('a practice decision in a lesson of the SCO: $lang $format', ({ lang, format }) => {
  it('is filled in where the lesson names it, shows its end and explanation at once, and reports nothing', async () => {
    const course = structuredClone(courseById(COURSE));
    const graded = course.questions.find((q) => q.id === DECISION) as DecisionQuestion;
    course.questions.push({ ...structuredClone(graded), id: PRACTICE, practice: true });
    for (const text of Object.values(course.texts)) {
      text!.questions[PRACTICE] = structuredClone(text!.questions[DECISION]);
      text!.lessons['a7-l1'].markdown += `\n\`\`\`decision\n${PRACTICE}\n\`\`\`\n`;
    }
    const text = course.texts[lang]!.questions[PRACTICE];
    const version: ScormRuntime = format === 'scorm12' ? '1.2' : '2004';
    const name = `${COURSE}.practice.${lang}.${format}`;
    await suite.lms.harness.addPackage(name, await buildPackage(course, { format, lang }));
    const saved = moodleFirstLaunch(manifestData(suite.lms.harness.packageText(name, 'imsmanifest.xml'), version), version);
    const frame = await suite.tab.launch(name, version, { saved });
    const block = '.lesson-body .decision-block.decision';
    await frame.waitForSelector(block);
    expect(await frame.$eval(`${block} .situation`, (el) => el.textContent)).toBe(text.text);
    expect(await frame.$eval(block, (el) => getComputedStyle(el).direction)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await walkDecision(frame, block.replace(' .decision-block.decision', ''), { found: 'look-inside' });
    await frame.waitForSelector(`${block} .end`);
    const end = await frame.$eval(`${block} .end`, (el) => el.textContent ?? '');
    expect(end).toContain(text.ends!['handled']);
    expect(end).toContain(text.explanation);
    await frame.click(`${block} .end button.again`);
    await frame.waitForSelector(`${block} fieldset.step[data-step="found"]`);
    await frame.click('button.finish');
    const log = await suite.tab.lmsLog();
    expect(log.filter((e) => e.error !== '0')).toEqual([]);
    expect(log.filter((e) => /interactions/.test(e.element ?? ''))).toEqual([]);
  });
});
