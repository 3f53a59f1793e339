/** The schemas of a course (TypeBox: checked by interpretation, safe under a strict CSP) and the checks built on them. */
export { QuizSettingsSchema, CourseSettingsSchema, KEY_REVEAL_POLICIES, DEFAULT_KEY_REVEAL, type KeyReveal } from './course.js';
export {
  SingleChoiceQuestionSchema,
  MultipleChoiceQuestionSchema,
  TrueFalseQuestionSchema,
  MatchingQuestionSchema,
  OrderingQuestionSchema,
  ShortTextQuestionSchema,
  ScenarioQuestionSchema,
  DecisionQuestionSchema,
  PartQuestionSchema,
  QuestionBankFileSchema,
  PART_TYPES,
} from './questions.js';
export { QuestionTextSchema, PartTextSchema, CourseTextSchema, CourseTextFileSchema, QuizTextFileSchema } from './text.js';
export { shapeErrors, describePath, type ShapeError } from './shape.js';
export { courseShapeProblems } from './course-shape.js';
