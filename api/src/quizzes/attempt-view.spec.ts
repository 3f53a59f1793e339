import { drawQuestions, seededRandom, type Course } from '@vt/courses';
import { loadCurriculum } from '@vt/courses/node';
import { join } from 'node:path';
import { REPO_ROOT } from '../config/app-config.js';
import type { Attempt } from './attempt.entity.js';
import { toAttemptView } from './attempt-view.js';

const courses = loadCurriculum(join(REPO_ROOT, 'courses/content')).courses;

function attemptOf(course: Course, id: string, language: string): Attempt {
  const seed = `seed-${id}`;
  const questions = drawQuestions(course.settings.quiz, course.questions, seededRandom(seed));
  return {
    id,
    enrolmentId: 'e',
    number: 1,
    courseVersionId: 'v',
    seed,
    language,
    startedAt: new Date(0),
    deadline: null,
    submittedAt: null,
    questionIds: JSON.stringify(questions.map((q) => q.id)),
    responses: null,
    result: null,
    score: null,
    passed: null,
  } as Attempt;
}

describe('toAttemptView keeps the learner view built at start for the submit', () => {
  it.each(courses.map((c) => [c.settings.id, c] as const))('%s: the submit answer shows exactly the questions a fresh build would', (_id, course) => {
    const attempt = attemptOf(course, `${course.settings.id}-1`, 'fr');
    const atStart = toAttemptView(attempt, course);
    const submitted = { ...attempt, submittedAt: new Date(1), result: JSON.stringify({ score: 0, passed: false, results: [] }) } as Attempt;
    const atSubmit = toAttemptView(submitted, course);
    // The kept view was handed out once more and dropped: this one is built from scratch.
    const rebuilt = toAttemptView(submitted, course);
    expect(atSubmit.questions).toBe(atStart.questions);
    expect(rebuilt.questions).not.toBe(atStart.questions);
    expect(rebuilt.questions).toEqual(atStart.questions);
    expect(atSubmit).toMatchObject({ submittedAt: new Date(1).toISOString(), result: { score: 0, passed: false } });
  });

  it("does not hand one course version's view to another", () => {
    const [first, second] = courses;
    const attempt = attemptOf(first, 'shared-id', 'en');
    toAttemptView(attempt, first);
    const other = attemptOf(second, 'shared-id', 'en');
    expect(toAttemptView(other, second).questions.map((q) => q.id)).toEqual(JSON.parse(other.questionIds));
  });
});
