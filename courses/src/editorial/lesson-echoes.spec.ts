import { sampleCourse } from '../../test/builders.js';
import { lessonEchoProblems } from './lesson-echoes.js';

const LESSON =
  '## What you will be able to do\n\n- Do one\n\n## A story\n\nAt the market gate, a man in a heavy coat walked past the guard twice and filmed the barrier.\n';

function course(stem: string, partStem = 'Part a') {
  const c = sampleCourse();
  c.texts.en!.lessons['t1-l1'].markdown = LESSON;
  c.texts.en!.questions['q-single'].text = stem;
  c.texts.en!.questions['q-scen'].parts!['q-scen-a'].text = partStem;
  return c;
}

describe('lessonEchoProblems', () => {
  it('accepts a stem that shares at most seven consecutive words with a lesson', () => {
    expect(lessonEchoProblems(course('At the bus station, someone in a heavy coat walked past the ticket office twice. What do you do?'))).toEqual([]);
  });

  it('fails a stem that retells eight words of the lesson, whatever its case and punctuation', () => {
    const problems = lessonEchoProblems(course('AT THE MARKET-GATE: a man, in a "heavy" coat… what next?'));
    expect(problems).toEqual([
      {
        file: 't1-test/en/quiz.yaml',
        path: ['questions', 'q-single', 'text'],
        message: expect.stringContaining(
          'question q-single repeats 10 consecutive words of lesson t1-l1 (line 7): "AT THE MARKET-GATE: a man, in a "heavy" coat"',
        ),
      },
    ]);
  });

  it('lets a lesson’s practice decision tell the lesson’s own story, but not a graded one', () => {
    const story = 'At the market gate, a man in a heavy coat walked past the guard twice. What do you do?';
    const c = course('Pick one');
    c.texts.en!.questions['q-dec'].text = story;
    expect(lessonEchoProblems(c)).toEqual([expect.objectContaining({ path: ['questions', 'q-dec', 'text'] })]);
    (c.questions.find((q) => q.id === 'q-dec') as { practice?: boolean }).practice = true;
    expect(lessonEchoProblems(c)).toEqual([]);
  });

  it('checks the stem of each scenario part', () => {
    expect(lessonEchoProblems(course('Pick one', 'He walked past the guard twice and filmed the barrier: why does it matter?'))).toEqual([
      expect.objectContaining({ path: ['questions', 'q-scen', 'parts', 'q-scen-a', 'text'] }),
    ]);
  });

  it('compares a language only with itself', () => {
    const c = course('Pick one');
    c.texts.fr = { ...c.texts.en!, lessons: {}, questions: { 'q-single': { text: 'At the market gate, a man in a heavy coat walked past' } } };
    expect(lessonEchoProblems(c)).toEqual([]);
  });
});
