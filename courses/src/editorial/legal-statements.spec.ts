import { sampleCourse } from '../../test/builders.js';
import type { Course } from '../model/types.js';
import { findLegalMarkers } from './legal-marker.js';
import { legalStatementProblems } from './legal-statements.js';

const HEAD = '## What you will be able to do\n\n- Do one\n\n';

/** The sample course with `english` (and, when given, `french`) as lesson t1-l1. */
function withLesson(english: string, french?: string): Course {
  const course = sampleCourse();
  const en = course.texts.en!;
  en.lessons['t1-l1'].markdown = HEAD + english;
  if (french !== undefined) course.texts.fr = { ...en, lessons: { ...en.lessons, 't1-l1': { ...en.lessons['t1-l1'], markdown: HEAD + french } } };
  return course;
}

describe('legalStatementProblems', () => {
  it('accepts a marker with jurisdiction and month, and leaves local-law placeholders alone', () => {
    const course = withLesson(
      '[Law (France, Code de la sécurité intérieure art. L613-2, as of 2026-12): guards inspect bags visually.] [Local law: who may search]\n',
      '[Loi (France, en vigueur au 2026-12)\u00a0: les agents inspectent visuellement les bagages.] [Loi locale\u00a0: qui peut fouiller]\n',
    );
    expect(legalStatementProblems(course)).toEqual([]);
  });

  it.each([
    ['[Law: guards may not search bags.]', 'has neither its jurisdiction nor its "as of" date'],
    ['[Law (France): guards may not search bags.]', 'has no "as of" date'],
    ['[Law (as of 2026-12): guards may not search bags.]', 'has no jurisdiction'],
    ['[Law (France, as of December 2026): guards may not search bags.]', 'dates the statement "December 2026", not a month written YYYY-MM'],
    ['[Law (France, as of 2026-13): guards may not search bags.]', 'not a month written YYYY-MM'],
    ['[Law (France, as of 2026-12): ]', 'states nothing'],
    ['[Law (France, as of 2026-12): guards may not search bags.', 'is not closed with "]"'],
  ])('names the file and line of %s', (marker, problem) => {
    const problems = legalStatementProblems(withLesson(`Some text.\n\n${marker}\n`));
    expect(problems).toContainEqual({ file: 't1-test/en/lessons/t1-l1.md', line: 7, message: expect.stringContaining(problem) });
    expect(problems[0].message).toContain('write [Law (<jurisdiction>, as of <YYYY-MM>): …]');
  });

  it('asks for the marker in the language of the text', () => {
    const problems = legalStatementProblems(withLesson('[Law (France, as of 2026-12): text.]\n', '[Law (France, as of 2026-12): texte.]\n'));
    expect(problems).toEqual([
      {
        file: 't1-test/fr/lessons/t1-l1.md',
        line: 5,
        message: expect.stringMatching(/is marked in English: in French write \[Loi \(<juridiction>, en vigueur au <AAAA-MM>\) : …\]$/),
      },
    ]);
  });

  it('finds a broken marker in quiz text by its key path', () => {
    const course = withLesson('Text.\n');
    course.texts.en!.questions['q-single'].text = 'Under [Law (United Kingdom): the Act], which tier applies?';
    expect(legalStatementProblems(course)).toEqual([
      { file: 't1-test/en/quiz.yaml', path: ['questions', 'q-single', 'text'], message: expect.stringContaining('has no "as of" date') },
    ]);
  });

  it('fails a translation that dropped a marker the English lesson has', () => {
    const problems = legalStatementProblems(withLesson('[Law (France, as of 2026-12): text.]\n', 'En France, les agents inspectent les bagages.\n'));
    expect(problems).toEqual([
      { file: 't1-test/fr/lessons/t1-l1.md', message: expect.stringContaining('marks legal statements dated none; the English lesson marks 2026-12') },
    ]);
  });

  it('parses the Arabic and Russian markers', () => {
    const [ar] = findLegalMarkers('[قانون (فرنسا، وفق الوضع في 2026-12): نص.]');
    const [ru] = findLegalMarkers('[Закон (Франция, по состоянию на 2026-12): текст.]');
    expect([ar.jurisdiction, ar.date, ar.problem]).toEqual(['فرنسا', '2026-12', undefined]);
    expect([ru.jurisdiction, ru.date, ru.problem]).toEqual(['Франция', '2026-12', undefined]);
  });
});
