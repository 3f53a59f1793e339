/**
 * A trainer's course while it is being built: a `Course` of the course model, English only at
 * first (translations can be added to the exported folder). Helpers keep the question bank and the
 * English question text in step, so the builder never holds a second representation.
 */
import type { Course, CourseText, LessonText } from '@vt/courses';
import type { QuestionEntry } from './question-entry';

export function newCourse(id: string): Course {
  return {
    settings: {
      id,
      version: 1,
      course: 'A',
      topic: 'foundations',
      level: 'foundation',
      estimatedMinutes: 30,
      languages: ['en'],
      completion: { lessons: 'all', quizPassed: true },
      lessons: [],
      glossary: [],
      quiz: { id: `${id}-quiz`, passMark: 70, attempts: 3, shuffleQuestions: false, shuffleOptions: false, feedback: 'after-submit' },
    },
    questions: [],
    texts: { en: { title: '', summary: '', objectives: [], lessons: {}, glossary: {}, questions: {} } },
  };
}

export function english(course: Course): CourseText {
  return course.texts.en ?? { title: '', summary: '', objectives: [], lessons: {}, glossary: {}, questions: {} };
}

export function withEnglish(course: Course, change: Partial<CourseText>): Course {
  return { ...course, texts: { ...course.texts, en: { ...english(course), ...change } } };
}

export function questionEntries(course: Course): QuestionEntry[] {
  const texts = english(course).questions;
  return course.questions.map((question) => ({ question, text: texts[question.id] ?? { text: '' } }));
}

export function setQuestion(course: Course, index: number, entry: QuestionEntry): Course {
  const questions = course.questions.map((q, i) => (i === index ? entry.question : q));
  return withEnglish({ ...course, questions }, { questions: { ...english(course).questions, [entry.question.id]: entry.text } });
}

export function addQuestion(course: Course, entry: QuestionEntry): Course {
  return withEnglish({ ...course, questions: [...course.questions, entry.question] }, { questions: { ...english(course).questions, [entry.question.id]: entry.text } });
}

export function removeQuestion(course: Course, index: number): Course {
  const id = course.questions[index]?.id;
  const { [id ?? '']: _gone, ...texts } = english(course).questions;
  const questions = course.questions.filter((_, i) => i !== index);
  const quiz = course.settings.quiz.draw && course.settings.quiz.draw > questions.length ? { ...course.settings.quiz, draw: questions.length || undefined } : course.settings.quiz;
  return withEnglish({ ...course, questions, settings: { ...course.settings, quiz } }, { questions: texts });
}

/** A new lesson whose body already opens the way every lesson must (objectives section first). */
export function addLesson(course: Course, id: string, labels: { heading: string; objective: string }): Course {
  const lesson: LessonText = { title: '', objectives: [labels.objective], markdown: `## ${labels.heading}\n\n- ${labels.objective}\n\n` };
  return withEnglish({ ...course, settings: { ...course.settings, lessons: [...course.settings.lessons, id] } }, { lessons: { ...english(course).lessons, [id]: lesson } });
}

export function setLesson(course: Course, id: string, change: Partial<LessonText>): Course {
  const lessons = english(course).lessons;
  return withEnglish(course, { lessons: { ...lessons, [id]: { ...(lessons[id] ?? { title: '', objectives: [], markdown: '' }), ...change } } });
}

/** Question ids are unique across the curriculum: prefix them with the course id. */
export function nextQuestionId(course: Course): string {
  const taken = new Set(course.questions.map((q) => q.id));
  for (let n = 1; ; n++) {
    const id = `q-${course.settings.id}-${String(n).padStart(2, '0')}`;
    if (!taken.has(id)) return id;
  }
}
