/**
 * Every value the player writes, checked against its element's SCORM data-model type (the table
 * Moodle's checks follow, test/cmi-types.ts): LmsSession driven through a whole session against a
 * fake API in each version — launch, bookmarks, the largest suspend_data, every question type of
 * two real courses answered right, wrong and not at all, long texts, Finish — and review mode,
 * which writes nothing.
 */
import { scoreQuestion, type Question, type QuestionResponse } from '@vt/courses';
import { checkCmi, cmiTypeOf } from '../../test/cmi-types.js';
import { courseById } from '../../test/curriculum.js';
import { LmsSession } from './lms.js';
import { report12 } from './status12.js';
import { SUSPEND_LIMIT, encodeState } from './suspend-data.js';

type Version = '1.2' | '2004';
interface Call {
  call: string;
  element?: string;
  value?: string;
}

/** A minimal LMS: answers reads from `data`, accepts every write, records every call. */
function fakeLms(version: Version, data: Record<string, string>) {
  const calls: Call[] = [];
  const count = { n: 0 };
  const get = (element: string): string => {
    if (/\._count$/.test(element)) return String(count.n);
    return data[element] ?? '';
  };
  const set = (element: string, value: string): string => {
    calls.push({ call: 'SetValue', element, value });
    const index = /^cmi\.interactions\.(\d+)\.id$/.exec(element);
    if (index) count.n = Math.max(count.n, Number(index[1]) + 1);
    return 'true';
  };
  const api =
    version === '1.2'
      ? {
          LMSInitialize: () => (calls.push({ call: 'Initialize' }), 'true'),
          LMSGetValue: get,
          LMSSetValue: set,
          LMSCommit: () => (calls.push({ call: 'Commit' }), 'true'),
          LMSFinish: () => (calls.push({ call: 'Terminate' }), 'true'),
          LMSGetLastError: () => '0',
        }
      : {
          Initialize: () => (calls.push({ call: 'Initialize' }), 'true'),
          GetValue: get,
          SetValue: set,
          Commit: () => (calls.push({ call: 'Commit' }), 'true'),
          Terminate: () => (calls.push({ call: 'Terminate' }), 'true'),
          GetLastError: () => '0',
        };
  const win: Record<string, unknown> = { [version === '1.2' ? 'API' : 'API_1484_11']: api, opener: null };
  win.parent = win;
  win.top = win;
  return { win: win as unknown as Window, calls };
}

/** A wrong (or foreign) response for a question of each type, and the correct one from the key. */
function responses(question: Exclude<Question, { type: 'scenario' }>): (QuestionResponse | undefined)[] {
  const correct = scoreQuestion(question, undefined).correctResponse;
  switch (question.type) {
    case 'single-choice':
      return [correct, question.options.find((o) => o !== question.correct), undefined];
    case 'multiple-choice':
      return [correct, [...question.options], undefined];
    case 'true-false':
      return [correct, !question.correct, undefined];
    case 'matching':
      return [correct, Object.fromEntries(question.prompts.map((p) => [p, question.targets[0]])), undefined];
    case 'ordering':
      return [correct, [...question.items].reverse(), undefined];
    case 'short-text':
      return ['a ' + 'very long answer, with [,] and {braces} '.repeat(12), 'x', undefined];
    case 'decision': {
      // Another first choice than the best path's: a path that ends elsewhere or stops.
      const first = question.steps[0];
      const taken = (correct as Record<string, string>)[first.id];
      return [correct, { [first.id]: first.choices.find((c) => c.id !== taken)!.id }, undefined];
    }
  }
}

const COURSES = ['a1-foundations', 'b1-reconnaissance'];

describe.each(['1.2', '2004'] as const)('every value SCORM %s receives from the player', (version) => {
  it('is of its element’s data-model type, through a whole session with every question type', () => {
    const launchData: Record<string, string> =
      version === '1.2'
        ? { 'cmi.core.entry': 'ab-initio', 'cmi.core.lesson_mode': 'normal', 'cmi.core.lesson_status': 'not attempted' }
        : { 'cmi.entry': 'ab-initio', 'cmi.mode': 'normal', 'cmi.completion_status': 'unknown' };
    const { win, calls } = fakeLms(version, launchData);
    const lms = LmsSession.connect(win, version);
    const launch = lms.start();
    expect(launch.mode).toBe('normal');

    for (const courseId of COURSES) {
      const course = courseById(courseId);
      for (const lang of ['en', 'ar'] as const) {
        const texts = course.texts[lang]?.questions ?? {};
        // The largest suspend_data the player can write: every lesson, the longest answers.
        const longest = Object.fromEntries(course.questions.map((q) => [q.id, 'x'.repeat(200)]));
        const suspend = encodeState(
          {
            visited: course.settings.lessons.map(() => true),
            attempts: 3,
            seed: 'zzzzzzzzzzzz',
            responses: longest,
            best: 66.67,
            passed: false,
            submitted: true,
          },
          SUSPEND_LIMIT[version],
        );
        const longestId = course.settings.lessons.reduce((a, b) => (b.length > a.length ? b : a), 'quiz');
        for (const attemptsLeft of [true, false]) {
          lms.saveProgress(
            longestId,
            suspend,
            false,
            report12({ lessonsRead: true, quizRequired: true, quizPassed: false, quizAttempted: true, attemptsLeft }),
          );
        }
        for (const which of [0, 1, 2]) {
          const items = course.questions.map((question) => {
            const flat = question.type === 'scenario' ? question.parts : [question];
            const answer =
              question.type === 'scenario'
                ? Object.fromEntries(
                    flat.map((part) => [part.id, responses(part as Exclude<Question, { type: 'scenario' }>)[which]]).filter(([, v]) => v !== undefined),
                  )
                : responses(question)[which];
            return {
              question,
              response: answer as QuestionResponse | undefined,
              result: scoreQuestion(question, answer as QuestionResponse),
              text: texts[question.id],
            };
          });
          const score = [100, 33.33, 0][which];
          lms.recordAttempt(
            { score, passed: which === 0, items },
            report12({
              lessonsRead: true,
              quizRequired: true,
              quizPassed: which === 0,
              quizAttempted: true,
              attemptsLeft: which !== 2,
              passedScore: which === 0 ? score : undefined,
            }),
          );
        }
        lms.saveProgress(
          'quiz',
          suspend,
          true,
          report12({ lessonsRead: true, quizRequired: true, quizPassed: true, quizAttempted: true, attemptsLeft: true, passedScore: 100 }),
        );
      }
    }
    lms.finish();

    const writes = calls.filter((c) => c.call === 'SetValue');
    expect(writes.length).toBeGreaterThan(100);
    for (const { element, value } of writes) {
      // Every element the player writes has a type in the table, and every value fits it.
      expect({ element, typed: cmiTypeOf(version, element as string) !== undefined, refused: checkCmi(version, element as string, value as string) }).toEqual({
        element,
        typed: true,
        refused: undefined,
      });
    }
    const elements = new Set(writes.map((w) => (w.element as string).replace(/\.\d+\./g, '.n.')));
    console.info(`SCORM ${version} elements written: ${[...elements].sort().join(', ')}`);
    if (version === '2004') expect(elements).toContain('cmi.interactions.n.description');
  });

  it('writes nothing in review mode: Initialize and Terminate only', () => {
    const data: Record<string, string> =
      version === '1.2' ? { 'cmi.core.lesson_mode': 'review', 'cmi.core.lesson_status': 'passed' } : { 'cmi.mode': 'review', 'cmi.entry': 'ab-initio' };
    const { win, calls } = fakeLms(version, { ...data, 'cmi.suspend_data': '{"v":1}' });
    const lms = LmsSession.connect(win, version);
    expect(lms.start()).toEqual(expect.objectContaining({ mode: 'review', suspendData: '{"v":1}' }));
    const report = report12({ lessonsRead: true, quizRequired: true, quizPassed: false, quizAttempted: true, attemptsLeft: true });
    lms.saveProgress('quiz', '{}', false, report);
    lms.recordAttempt({ score: 0, passed: false, items: [] }, report);
    lms.commit();
    lms.finish();
    expect(calls.map((c) => c.call)).toEqual(['Initialize', 'Terminate']);
  });
});
