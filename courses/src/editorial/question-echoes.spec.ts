import { sampleCourse } from '../../test/builders.js';
import type { Course } from '../model/types.js';
import { questionEchoProblems } from './question-echoes.js';

function course(id: string, stems: Record<string, string>): Course {
  const c = sampleCourse();
  c.settings.id = id;
  for (const [question, text] of Object.entries(stems)) c.texts.en!.questions[question].text = text;
  return c;
}

const TIERS = 'Which tier of the Act applies to a concert hall that expects 1,200 people at a time?';

describe('questionEchoProblems', () => {
  it('accepts stems of other courses that share at most seven consecutive words', () => {
    const one = course('a1-one', { 'q-single': TIERS });
    const two = course('a2-two', { 'q-single': 'Which tier of the Act applies to the small hall?' });
    expect(questionEchoProblems([one, two])).toEqual([]);
  });

  it('fails the later of two questions in different courses that share eight consecutive words', () => {
    const one = course('a1-one', { 'q-single': TIERS });
    const two = course('a2-two', { 'q-multi': 'A stadium manager asks: which tier of the act applies to a concert hall?' });
    expect(questionEchoProblems([one, two])).toEqual([
      {
        file: 'a2-two/en/quiz.yaml',
        path: ['questions', 'q-multi', 'text'],
        message: expect.stringContaining(
          'question q-multi shares 10 consecutive words with question q-single (a1-one): "which tier of the act applies to a concert hall"',
        ),
      },
    ]);
  });

  it('fails two questions of the same course, but not a scenario part that repeats its own stem', () => {
    const c = course('a1-one', { 'q-single': TIERS, 'q-tf': `True or false: ${TIERS}`, 'q-scen': TIERS.replace('Which', 'Here') });
    c.texts.en!.questions['q-scen'].parts!['q-scen-a'].text = TIERS.replace('Which', 'Here');
    const problems = questionEchoProblems([c]);
    expect(problems.map((p) => p.message.slice(0, 40))).toEqual(['question q-tf shares 18 consecutive word', 'question q-scen shares 17 consecutive wo']);
  });
});
