import { sampleCourse } from '../../test/builders.js';
import { courseContentHash } from './content-hash.js';

describe('courseContentHash', () => {
  it('is a SHA-256 hex digest, stable across key order and source folder', () => {
    const course = sampleCourse();
    const reordered = { ...course, settings: Object.fromEntries(Object.entries(course.settings).reverse()) as typeof course.settings, sourceDir: '/elsewhere' };
    expect(courseContentHash(course)).toMatch(/^[0-9a-f]{64}$/);
    expect(courseContentHash(reordered)).toBe(courseContentHash(course));
  });

  // Every attempt and certificate names its course version by this hash: a formatting or library
  // change that moved it would make every course a new version. The sample course holds every
  // question type and every kind of text.
  it('gives the same hash as when it was pinned', () => {
    // Pinned before the decision type existed: the sample without its decision still hashes the same.
    const withoutDecision = sampleCourse();
    withoutDecision.questions = withoutDecision.questions.filter((question) => question.type !== 'decision');
    delete withoutDecision.texts.en!.questions['q-dec'];
    expect(courseContentHash(withoutDecision)).toBe('db5082093749ecbfbca97eb59330e4a6904fcc2810ae6b075c7b2bfbb400b8cb');
    expect(courseContentHash(sampleCourse())).toBe('05a1a03c5f2ae747d08ff63e88887149bb1abd1bf938a5f7e756e7bbb3c9b347');
  });

  it('changes when a setting, a key or a text changes', () => {
    const base = courseContentHash(sampleCourse());
    const passMark = sampleCourse();
    passMark.settings.quiz.passMark = 80;
    const key = sampleCourse();
    key.questions[2] = { ...key.questions[2], correct: true } as (typeof key.questions)[2];
    const text = sampleCourse();
    text.texts.en!.title = 'Other';
    expect(new Set([base, courseContentHash(passMark), courseContentHash(key), courseContentHash(text)]).size).toBe(4);
  });
});
