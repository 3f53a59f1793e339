import type { Course, PartQuestion, Question } from '../model/types.js';
import { ID_PATTERN, QUESTION_TYPES } from '../model/types.js';
import { checkIds } from '../question-types/helpers.js';
import { definitionOf } from '../question-types/registry.js';
import { gradedQuestions } from '../quiz/draw-questions.js';
import type { Problem } from './problem.js';

type Report = (message: string, path: (string | number)[]) => void;

/** Answer keys must name real options, prompts, targets and items: each type checks its own. */
function checkKey(question: Question | PartQuestion, path: (string | number)[], report: Report): void {
  const definition = definitionOf(question);
  if (definition) definition.checkKey(question, `question ${question.id}`, path, report);
  else
    report(`question ${question.id} has the unknown type "${(question as { type?: string }).type}" (known: ${QUESTION_TYPES.join(', ')})`, [...path, 'type']);
}

/** Settings and question bank: ids, answer keys, quiz rules, on a course whose shape the schemas passed. */
export function validateSettings(course: Course): Problem[] {
  const problems: Problem[] = [];
  const at =
    (file: string): Report =>
    (message, path) =>
      problems.push({ file, path, message });
  const settingsReport = at('course.yaml');
  const bankReport = at('quiz.yaml');
  const { settings } = course;
  // Lessons' practice blocks are in the bank but never drawn: the quiz rules count the rest.
  const questions = gradedQuestions(course.questions);
  checkIds([settings.id], 'course', ['id'], settingsReport);
  checkIds(settings.lessons ?? [], 'lesson', ['lessons'], settingsReport);
  checkIds(settings.glossary ?? [], 'glossary', ['glossary'], settingsReport);

  // Ranges and kinds (pass mark 1–100, attempts, en among the languages…) are in the schema.
  const quiz = settings.quiz;
  if (questions.length === 0 && course.questions.length > 0) bankReport('the quiz has only practice blocks: it needs a question to draw', ['questions']);
  if (quiz?.draw !== undefined && quiz.drawByTopic !== undefined) settingsReport('quiz has both draw and drawByTopic: use one', ['quiz', 'drawByTopic']);
  if (quiz?.draw !== undefined && !(quiz.draw >= 1 && quiz.draw <= questions.length)) {
    settingsReport(`quiz draws ${quiz.draw} questions from a bank of ${questions.length}`, ['quiz', 'draw']);
  }
  for (const [topic, count] of Object.entries(quiz?.drawByTopic ?? {})) {
    const available = questions.filter((question) => question.topic === topic).length;
    if (available === 0) settingsReport(`quiz draws from topic "${topic}", which no question has`, ['quiz', 'drawByTopic', topic]);
    else if (count > available)
      settingsReport(`quiz draws ${count} questions of topic "${topic}" but the bank has ${available}`, ['quiz', 'drawByTopic', topic]);
  }

  const ids: { id: unknown; path: (string | number)[] }[] = [];
  course.questions.forEach((question, index) => {
    ids.push({ id: question.id, path: ['questions', index, 'id'] });
    if (question.type === 'scenario') {
      if (!Array.isArray(question.parts) || question.parts.length === 0) bankReport(`scenario ${question.id} has no parts`, ['questions', index, 'parts']);
      (question.parts ?? []).forEach((part, partIndex) => {
        ids.push({ id: part.id, path: ['questions', index, 'parts', partIndex, 'id'] });
        if ((part.type as string) === 'scenario')
          bankReport(`part ${part.id} of ${question.id} is a scenario; parts cannot nest`, ['questions', index, 'parts', partIndex, 'type']);
        else checkKey(part, ['questions', index, 'parts', partIndex], bankReport);
      });
    } else {
      checkKey(question, ['questions', index], bankReport);
    }
  });
  const seen = new Set<unknown>();
  for (const { id, path } of ids) {
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) bankReport(`question id "${String(id)}" must match ${ID_PATTERN}`, path);
    else if (seen.has(id)) bankReport(`question id ${id} is used twice`, path);
    seen.add(id);
  }
  return problems;
}
