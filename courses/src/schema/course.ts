import { Type, type Static } from '@sinclair/typebox';
import { LANGUAGES, LEVELS, PROGRAMMES, TOPICS } from '../model/constants.js';
import { Id, OneOf } from './primitives.js';

/**
 * When a learner may see what gives the answers away (decision 0018): never, once they can make no
 * further attempt (passed or out of attempts), or once they have passed.
 */
export const KEY_REVEAL_POLICIES = ['never', 'after-last-attempt', 'after-pass'] as const;
export type KeyReveal = (typeof KEY_REVEAL_POLICIES)[number];
export const DEFAULT_KEY_REVEAL: KeyReveal = 'after-last-attempt';

/** The quiz rules of a course (`quiz:` in course.yaml). */
export const QuizSettingsSchema = Type.Object(
  {
    id: Id,
    passMark: Type.Number({ minimum: 1, maximum: 100, description: 'Pass mark in percent, 1–100.' }),
    attempts: Type.Union([Type.Integer({ minimum: 1 }), Type.Literal('unlimited')], {
      description: 'Attempts allowed: a number ≥ 1, or the word unlimited.',
      errorMessage: 'must be a whole number ≥ 1 or "unlimited"',
    }),
    draw: Type.Optional(Type.Integer({ minimum: 1, description: 'Questions per attempt (≤ bank size); omit to use the whole bank.' })),
    drawByTopic: Type.Optional(
      Type.Record(Type.String(), Type.Integer({ minimum: 1 }), { minProperties: 1, description: 'Instead of draw: how many questions per question topic.' }),
    ),
    shuffleQuestions: Type.Boolean(),
    shuffleOptions: Type.Boolean(),
    feedback: OneOf(['after-submit', 'never'] as const, { description: 'When learners see feedback.' }),
    keyReveal: Type.Optional(
      OneOf(KEY_REVEAL_POLICIES, {
        description:
          "When a result may show each question's verdict, feedback, explanation and right answer: never, after-last-attempt (the default: passed or no attempt left) or after-pass. Until then a result is the score and pass only.",
      }),
    ),
    timeLimitMinutes: Type.Optional(Type.Integer({ minimum: 1, description: 'Optional time limit per attempt.' })),
  },
  { additionalProperties: false },
);

/** course.yaml: settings only (ids, order, completion and quiz rules). */
export const CourseSettingsSchema = Type.Object(
  {
    id: Type.String({ ...Id, description: 'Course id, e.g. a1-foundations; equals the folder name.' }),
    version: Type.Integer({ minimum: 1, description: 'Bump by hand for a major rewrite; the API also versions by content hash.' }),
    course: OneOf(PROGRAMMES, { description: 'The programme: A (soft-target protection) or B (behavioural insights).' }),
    topic: OneOf(TOPICS, { description: 'Catalogue topic.' }),
    level: OneOf(LEVELS),
    estimatedMinutes: Type.Integer({ minimum: 1, description: 'Estimated study time in minutes.' }),
    languages: Type.Array(OneOf(LANGUAGES), {
      minItems: 1,
      uniqueItems: true,
      contains: Type.Literal('en'),
      description: 'Languages the course is offered in; en is always required. A missing language folder falls back to English.',
      errorMessage: 'must list distinct languages (en, fr, ar, ru), en among them',
    }),
    completion: Type.Object(
      {
        lessons: Type.Literal('all', { description: 'Every lesson must be completed.' }),
        quizPassed: Type.Boolean({ description: 'Whether the quiz must be passed as well.' }),
      },
      { additionalProperties: false },
    ),
    certificate: Type.Optional(
      Type.Object(
        { validityMonths: Type.Optional(Type.Integer({ minimum: 1, description: 'Omit for certificates that never expire.' })) },
        { additionalProperties: false },
      ),
    ),
    lessons: Type.Array(Id, { minItems: 1, description: 'Lesson ids in reading order.' }),
    glossary: Type.Array(Id, { description: "Glossary term ids; their text is in each language's course.yaml." }),
    quiz: QuizSettingsSchema,
  },
  { additionalProperties: false },
);

export type QuizSettings = Static<typeof QuizSettingsSchema>;
export type CourseSettings = Static<typeof CourseSettingsSchema>;
export type CompletionRule = CourseSettings['completion'];
