import { Type } from '@sinclair/typebox';

/**
 * Text schemas. Every key is optional here: a missing key is not a shape error but an incomplete
 * translation, which the validator reports by name ("option "b" of question q-a1-01 has no text").
 */

const OptionText = Type.Object(
  { text: Type.Optional(Type.String()), feedback: Type.Optional(Type.String({ description: 'Why this option is right or wrong.' })) },
  { additionalProperties: false },
);

const DecisionStepText = Type.Object(
  {
    prompt: Type.Optional(Type.String({ description: 'What the learner must decide at this step.' })),
    choices: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Object(
          {
            text: Type.Optional(Type.String({ description: 'The choice as offered.' })),
            consequence: Type.Optional(Type.String({ description: 'What happens next, shown once the learner has chosen it.' })),
          },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);

const questionTextProperties = {
  text: Type.Optional(Type.String({ description: 'The question (for a scenario: the stem).' })),
  explanation: Type.Optional(Type.String({ description: 'General explanation shown after submit.' })),
  options: Type.Optional(Type.Record(Type.String(), OptionText, { description: 'Choice questions: option id → text and feedback.' })),
  prompts: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Matching: left column labels.' })),
  targets: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Matching: right column labels.' })),
  items: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Ordering: item labels.' })),
  accepted: Type.Optional(Type.Array(Type.String(), { description: 'Short text: accepted answers in this language (case, spacing and accents are ignored).' })),
  feedback: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'true-false: keys true/false; the others: correct/incorrect.' })),
  steps: Type.Optional(
    Type.Record(Type.String(), DecisionStepText, {
      description: "Decision: each step's prompt, and its choices' labels and consequences, by step and choice id.",
    }),
  ),
  ends: Type.Optional(
    Type.Record(Type.String(), Type.String(), {
      description: 'Decision: what happened at each end, by end id (shown after submitting; in a lesson, at once).',
    }),
  ),
};

/** The text of a scenario's part: a question's text without parts (parts do not nest). */
export const PartTextSchema = Type.Object(questionTextProperties, { additionalProperties: false });

export const QuestionTextSchema = Type.Object(
  {
    ...questionTextProperties,
    parts: Type.Optional(Type.Record(Type.String(), PartTextSchema, { description: 'Scenario: text of each part by part id.' })),
  },
  { additionalProperties: false },
);

const LessonTitles = {
  title: Type.Optional(Type.String()),
  objectives: Type.Optional(Type.Array(Type.String(), { description: "Also listed under the lesson's first heading." })),
};

const GlossaryEntryText = Type.Object({ term: Type.Optional(Type.String()), definition: Type.Optional(Type.String()) }, { additionalProperties: false });

const courseTextProperties = {
  title: Type.Optional(Type.String({ description: 'Course title.' })),
  summary: Type.Optional(Type.String({ description: 'One or two sentences for the catalogue.' })),
  objectives: Type.Optional(Type.Array(Type.String(), { description: 'Course-level: what the learner will be able to do.' })),
  glossary: Type.Optional(Type.Record(Type.String(), GlossaryEntryText, { description: 'Glossary term id → term and definition.' })),
};

/** <lang>/course.yaml: course, lesson and glossary text (lesson bodies are lessons/<id>.md). */
export const CourseTextFileSchema = Type.Object(
  {
    ...courseTextProperties,
    lessons: Type.Optional(
      Type.Record(Type.String(), Type.Object(LessonTitles, { additionalProperties: false }), {
        description: 'Lesson id → title and objectives. The body is lessons/<lesson id>.md.',
      }),
    ),
  },
  { additionalProperties: false },
);

/** <lang>/quiz.yaml: question wording, option text, feedback and explanations, by question id. */
export const QuizTextFileSchema = Type.Object({ questions: Type.Optional(Type.Record(Type.String(), QuestionTextSchema)) }, { additionalProperties: false });

/** One language's text of a course in memory: the two files, and each lesson's Markdown. */
export const CourseTextSchema = Type.Object(
  {
    ...courseTextProperties,
    lessons: Type.Optional(
      Type.Record(Type.String(), Type.Object({ ...LessonTitles, markdown: Type.Optional(Type.String()) }, { additionalProperties: false })),
    ),
    questions: Type.Optional(Type.Record(Type.String(), QuestionTextSchema)),
  },
  { additionalProperties: false },
);
