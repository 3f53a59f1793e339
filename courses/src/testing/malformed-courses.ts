/**
 * Malformed courses, one change each, with the one message every door says about it: the model
 * (`validateCourse`), the file loader (`nx run courses:validate`) and the API's builder routes.
 * Each edit applies to one file's data — `course.yaml` is a course's settings, `quiz.yaml` its
 * `{ questions }` — so the same list bends an in-memory course and a course folder alike.
 * Question 0 of the course being bent must be a choice question.
 */
export interface MalformedCourse {
  name: string;
  file: 'course.yaml' | 'quiz.yaml';
  edit(data: Record<string, unknown>): void;
  message: string;
}

type Data = Record<string, unknown>;
const quiz = (data: Data) => data['quiz'] as Data;
const firstQuestion = (data: Data) => (data['questions'] as Data[])[0];

export const MALFORMED_COURSES: readonly MalformedCourse[] = [
  {
    name: 'points given as a word',
    file: 'quiz.yaml',
    edit: (data) => (firstQuestion(data)['points'] = 'lots'),
    message: 'questions[0].points "lots" must be number',
  },
  {
    name: 'a negative time limit',
    file: 'course.yaml',
    edit: (data) => (quiz(data)['timeLimitMinutes'] = -3),
    message: 'quiz.timeLimitMinutes -3 must be >= 1',
  },
  {
    name: 'an unknown level',
    file: 'course.yaml',
    edit: (data) => (data['level'] = 'expert'),
    message: 'level "expert" must be one of: foundation, intermediate, advanced',
  },
  { name: 'lessons given as a number', file: 'course.yaml', edit: (data) => (data['lessons'] = 5), message: 'lessons 5 must be array' },
  {
    name: 'a question id that is a number',
    file: 'quiz.yaml',
    edit: (data) => (firstQuestion(data)['id'] = 7),
    message: 'questions[0].id 7 must be string',
  },
  {
    name: 'an unknown topic',
    file: 'course.yaml',
    edit: (data) => (data['topic'] = 'cooking'),
    message:
      'topic "cooking" must be one of: foundations, public-spaces, religious-sites, tourism, drones, response, reconnaissance, behaviour-detection, nudging',
  },
  {
    name: 'a pass mark given as a word',
    file: 'course.yaml',
    edit: (data) => (quiz(data)['passMark'] = 'high'),
    message: 'quiz.passMark "high" must be number',
  },
  {
    name: 'no attempts',
    file: 'course.yaml',
    edit: (data) => (quiz(data)['attempts'] = 0),
    message: 'quiz.attempts 0 must be a whole number ≥ 1 or "unlimited"',
  },
  {
    name: 'options given as one string',
    file: 'quiz.yaml',
    edit: (data) => (firstQuestion(data)['options'] = 'a, b'),
    message: 'questions[0].options "a, b" must be array',
  },
  {
    name: 'an unknown question type',
    file: 'quiz.yaml',
    edit: (data) => (firstQuestion(data)['type'] = 'essay'),
    message: 'questions[0].type "essay" must be one of: single-choice, multiple-choice, true-false, matching, ordering, short-text, scenario, decision',
  },
  {
    name: 'a question that is not an object',
    file: 'quiz.yaml',
    edit: (data) => ((data['questions'] as unknown[])[0] = 'q-1'),
    message: 'questions[0] "q-1" must be object',
  },
  { name: 'an unknown setting', file: 'course.yaml', edit: (data) => (data['colour'] = 'red'), message: 'colour is not a known key' },
];
