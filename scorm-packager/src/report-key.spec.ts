import type { Question } from '@vt/courses';
import { courseById } from '../test/curriculum.js';
import { formatResponse } from './player/cmi-format.js';
import { reportKey, reportKeyHtml } from './report-key.js';

describe('the SCORM 1.2 report key', () => {
  const course = courseById('a1-foundations');

  // What an LMS shows is what the player wrote: every character the player writes for a choice or
  // an ordering must lead, through the key, back to the option the learner chose.
  it('decodes every single-character response the player writes back to its option', () => {
    const key = new Map(reportKey(course, 'fr').map((question) => [question.id, question]));
    const parts = course.questions.flatMap((question) => (question.type === 'scenario' ? question.parts : [question])) as Question[];
    let checked = 0;
    for (const question of parts) {
      if (question.type !== 'single-choice' && question.type !== 'ordering') continue;
      const ids = question.type === 'single-choice' ? question.options : question.items;
      const entries = key.get(question.id)?.lists.find((list) => list.kind === (question.type === 'single-choice' ? 'options' : 'items'))?.entries ?? [];
      for (const id of ids) {
        const written = formatResponse(question, question.type === 'single-choice' ? id : [id, ...ids.filter((other) => other !== id)], '1.2');
        const code = written?.split(',')[0];
        expect({ question: question.id, id: entries.find((entry) => entry.code === code)?.id }).toEqual({ question: question.id, id });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('prints the questions in the requested language, right to left in Arabic, with no answer key', () => {
    const html = reportKeyHtml(course, 'ar');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(course.texts.ar?.title);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/correct/i);
  });
});
