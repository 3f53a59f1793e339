import { reviewRecordProblems, type ReviewTrail } from './review-records.js';

const RECORD = '# Review record\n\nLast subject review: 2026-12-07, scope: the whole module.\n';

function trail(records: Record<string, string>, index: string | null = '- [a1](review/a1-x.md)\n- [a2](review/a2-y.md)\n'): ReviewTrail {
  return { indexFile: 'courses/REVIEW.md', index: index ?? undefined, recordsFolder: 'courses/review', records };
}

describe('reviewRecordProblems', () => {
  it('accepts a dated record for every course, each listed in the index', () => {
    expect(reviewRecordProblems(['a1-x', 'a2-y'], trail({ 'a1-x': RECORD, 'a2-y': RECORD }))).toEqual([]);
  });

  it('fails a course without a record, a record without its review line, and a record the index does not list', () => {
    const problems = reviewRecordProblems(['a1-x', 'a2-y', 'a3-z'], trail({ 'a1-x': RECORD, 'a3-z': '# Review record\n' }));
    expect(problems).toEqual([
      { file: 'courses/review/a2-y.md', message: expect.stringContaining('is missing: course a2-y needs a review record') },
      { file: 'courses/review/a3-z.md', message: 'has no line "Last subject review: YYYY-MM-DD, scope: …"' },
      { file: 'courses/REVIEW.md', message: 'does not list review/a3-z.md' },
    ]);
  });

  it('fails a missing index and a record of no course', () => {
    expect(reviewRecordProblems([], trail({ 'a9-gone': RECORD }, null))).toEqual([
      { file: 'courses/REVIEW.md', message: 'is missing: it lists the review record of every course' },
      { file: 'courses/review/a9-gone.md', message: 'is the review record of a9-gone, which is not a course' },
    ]);
  });

  it("fails an index line that does not list a course's dated legal statement", () => {
    const statements = { 'a1-x': [{ jurisdiction: 'United Kingdom', date: '2026-12', where: 'a1-l5' }] };
    const listed = '- [a1](review/a1-x.md): United Kingdom, as of 2026-12\n';
    expect(reviewRecordProblems(['a1-x'], trail({ 'a1-x': RECORD }, listed), statements)).toEqual([]);
    expect(reviewRecordProblems(['a1-x'], trail({ 'a1-x': RECORD }, '- [a1](review/a1-x.md): United Kingdom, as of 2025-12\n'), statements)).toEqual([
      { file: 'courses/REVIEW.md', message: 'the line of review/a1-x.md does not list "United Kingdom, as of 2026-12" (the legal statement in a1-l5)' },
    ]);
  });
});
