import { sampleCourse } from '../../test/builders.js';
import type { Course, DecisionQuestion } from '../model/types.js';
import { validateCourse } from './validate-course.js';

/** The sample course with its decision made a practice block, embedded in lesson t1-l2 (English and French). */
function withPractice(edit?: (course: Course) => void): Course {
  const course = sampleCourse();
  const decision = course.questions.find((q) => q.id === 'q-dec') as DecisionQuestion;
  decision.practice = true;
  const en = course.texts.en!;
  en.lessons['t1-l2'].markdown += '\n```decision\nq-dec\n```\n';
  course.texts.fr = structuredClone(en);
  edit?.(course);
  return course;
}
const found = (course: Course) => validateCourse(course).map((p) => `${p.severity ?? 'error'} ${p.file}${p.line ? `:${p.line}` : ''} ${p.message}`);

describe('practice decisions in lessons', () => {
  it('accept a practice decision embedded in a lesson and its translation', () => {
    expect(found(withPractice()).filter((p) => p.startsWith('error'))).toEqual([]);
  });

  it('refuse a block naming a question the bank does not have, or a graded one', () => {
    const course = withPractice((c) => {
      c.texts.en!.lessons['t1-l1'].markdown += '\n```decision\nq-nothing\n```\n\n```decision\nq-single\n```\n';
      c.texts.fr!.lessons['t1-l1'].markdown = c.texts.en!.lessons['t1-l1'].markdown;
    });
    expect(found(course)).toEqual(
      expect.arrayContaining([
        'error en/lessons/t1-l1.md:5 lesson t1-l1 embeds decision q-nothing, which the question bank does not have',
        'error en/lessons/t1-l1.md:9 lesson t1-l1 embeds q-single, which is not a practice decision (type: decision, practice: true): a graded question would be seen before the quiz',
      ]),
    );
  });

  it('refuse a translation that embeds other blocks than the English lesson', () => {
    const course = withPractice((c) => (c.texts.fr!.lessons['t1-l2'].markdown = c.texts.en!.lessons['t1-l2'].markdown.replace(/```decision[\s\S]*```\n/, '')));
    expect(found(course)).toContain('error fr/lessons/t1-l2.md lesson t1-l2 embeds no decision where the English lesson embeds q-dec');
  });

  it('warn about a practice decision no lesson shows', () => {
    const course = withPractice((c) => {
      for (const lang of ['en', 'fr'] as const) c.texts[lang]!.lessons['t1-l2'].markdown = c.texts.en!.lessons['t1-l1'].markdown.replace('one', 'two');
    });
    expect(found(course)).toContain('warning quiz.yaml practice decision q-dec is in no lesson');
  });
});
