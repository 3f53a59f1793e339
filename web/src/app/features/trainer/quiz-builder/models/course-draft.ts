/**
 * A trainer's course while it is being built: a `Course` of the course model. English first; other
 * languages are added whole (`addLanguage`) and then held by the model's rule that a language, once
 * present, is complete: the validator lists what is still missing. Helpers keep the question bank
 * and each language's question text in step, so the builder never holds a second representation.
 */
import type { Course, CourseText, Language, LessonText } from '@vt/courses';
import type { QuestionEntry } from './question-entry';

const emptyText = (): CourseText => ({ title: '', summary: '', objectives: [], lessons: {}, glossary: {}, questions: {} });

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
    texts: { en: emptyText() },
  };
}

/** One language's text (an empty one while that language has none). */
export function textOf(course: Course, lang: Language = 'en'): CourseText {
  return course.texts[lang] ?? emptyText();
}

export function withText(course: Course, change: Partial<CourseText>, lang: Language = 'en'): Course {
  return { ...course, texts: { ...course.texts, [lang]: { ...textOf(course, lang), ...change } } };
}

/** Starts a language: declared in the settings, with an empty text the validator then lists as missing. */
export function addLanguage(course: Course, lang: Language): Course {
  const languages = course.settings.languages.includes(lang) ? course.settings.languages : [...course.settings.languages, lang];
  return { ...course, settings: { ...course.settings, languages }, texts: { ...course.texts, [lang]: course.texts[lang] ?? emptyText() } };
}

/** Drops a language's text and its declaration (never English, which every course needs). */
export function removeLanguage(course: Course, lang: Language): Course {
  if (lang === 'en') return course;
  const { [lang]: _gone, ...texts } = course.texts;
  return { ...course, settings: { ...course.settings, languages: course.settings.languages.filter((l) => l !== lang) }, texts };
}

export function questionEntries(course: Course, lang: Language = 'en'): QuestionEntry[] {
  const texts = textOf(course, lang).questions;
  return course.questions.map((question) => ({ question, text: texts[question.id] ?? { text: '' } }));
}

/** The question's settings are shared by every language; its text goes to `lang`. */
export function setQuestion(course: Course, index: number, entry: QuestionEntry, lang: Language = 'en'): Course {
  const questions = course.questions.map((q, i) => (i === index ? entry.question : q));
  return withText({ ...course, questions }, { questions: { ...textOf(course, lang).questions, [entry.question.id]: entry.text } }, lang);
}

export function addQuestion(course: Course, entry: QuestionEntry, lang: Language = 'en'): Course {
  return withText(
    { ...course, questions: [...course.questions, entry.question] },
    { questions: { ...textOf(course, lang).questions, [entry.question.id]: entry.text } },
    lang,
  );
}

/** Removes the question and its text in every language. */
export function removeQuestion(course: Course, index: number): Course {
  const id = course.questions[index]?.id ?? '';
  const questions = course.questions.filter((_, i) => i !== index);
  const quiz =
    course.settings.quiz.draw && course.settings.quiz.draw > questions.length
      ? { ...course.settings.quiz, draw: questions.length || undefined }
      : course.settings.quiz;
  const texts = Object.fromEntries(
    Object.entries(course.texts).map(([lang, text]) => {
      const { [id]: _gone, ...kept } = text?.questions ?? {};
      return [lang, { ...text, questions: kept }];
    }),
  ) as Course['texts'];
  return { ...course, questions, texts, settings: { ...course.settings, quiz } };
}

/** A new lesson whose body already opens the way every lesson must (objectives section first). */
export function addLesson(course: Course, id: string, labels: { heading: string; objective: string }, lang: Language = 'en'): Course {
  const lesson: LessonText = { title: '', objectives: [labels.objective], markdown: `## ${labels.heading}\n\n- ${labels.objective}\n\n` };
  return withText(
    { ...course, settings: { ...course.settings, lessons: [...course.settings.lessons, id] } },
    { lessons: { ...textOf(course, lang).lessons, [id]: lesson } },
    lang,
  );
}

export function setLesson(course: Course, id: string, change: Partial<LessonText>, lang: Language = 'en'): Course {
  const lessons = textOf(course, lang).lessons;
  return withText(course, { lessons: { ...lessons, [id]: { ...(lessons[id] ?? { title: '', objectives: [], markdown: '' }), ...change } } }, lang);
}

/** Question ids are unique across the curriculum: prefix them with the course id. */
export function nextQuestionId(course: Course): string {
  const taken = new Set(course.questions.map((q) => q.id));
  for (let n = 1; ; n++) {
    const id = `q-${course.settings.id}-${String(n).padStart(2, '0')}`;
    if (!taken.has(id)) return id;
  }
}
