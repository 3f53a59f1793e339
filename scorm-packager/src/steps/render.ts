import { DEFAULT_LANGUAGE, RTL_LANGUAGES, localizeCourse, renderLesson, type Course, type Language, type QuestionText } from '@vt/courses';
import type { PlayerCourse } from '../content/course-data.js';
import { UI_STRINGS } from '../content/ui-strings.js';
import type { ScormFormat } from '../options.js';

/**
 * The course as the player reads it, in one language: lessons rendered (and sanitised) here with
 * the model's `renderLesson`, so neither Markdown nor the sanitiser ships inside the package.
 */
export function renderCourse(course: Course, lang: Language, format: ScormFormat): PlayerCourse {
  const { text } = localizeCourse(course, lang);
  const english = course.texts[DEFAULT_LANGUAGE];
  // Scoring accepts English short-text answers in every language, as the API does; nothing else
  // of the English text is needed once the translation is merged over it.
  const fallbackTexts: Record<string, QuestionText> = {};
  if (lang !== DEFAULT_LANGUAGE && english) {
    for (const [id, question] of Object.entries(english.questions)) {
      const parts = Object.entries(question.parts ?? {}).filter(([, part]) => part.accepted?.length);
      if (question.accepted?.length) fallbackTexts[id] = { text: '', accepted: question.accepted };
      if (parts.length)
        fallbackTexts[id] = {
          ...fallbackTexts[id],
          text: '',
          parts: Object.fromEntries(parts.map(([pid, part]) => [pid, { text: '', accepted: part.accepted }])),
        };
    }
  }
  return {
    id: course.settings.id,
    version: course.settings.version,
    lang,
    scormVersion: format === 'scorm12' ? '1.2' : '2004',
    dir: RTL_LANGUAGES.includes(lang) ? 'rtl' : 'ltr',
    title: text.title,
    summary: text.summary,
    lessons: course.settings.lessons.map((id) => ({
      id,
      title: text.lessons[id]?.title ?? id,
      html: renderLesson(text.lessons[id]?.markdown ?? ''),
    })),
    completion: course.settings.completion,
    quiz: course.settings.quiz,
    questions: course.questions,
    texts: text.questions,
    fallbackTexts,
    strings: UI_STRINGS[lang],
  };
}
