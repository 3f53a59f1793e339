import {
  completeLanguages,
  gradedQuestions,
  isPractice,
  keyRevealOf,
  lessonDecisions,
  localizeCourse,
  renderLesson,
  toPracticeDecision,
  type Course,
  type DecisionQuestion,
  type Language,
} from '@vt/courses';

/** Contract types (docs/api.md), defined once in the course model for the API and the web app. */
export type { CourseDetailView as CourseDetail, CourseSummaryView as CourseSummary, LessonView } from '@vt/courses';
import type { CourseDetailView as CourseDetail, CourseSummaryView as CourseSummary, LessonView } from '@vt/courses';

/** The language actually served: the one asked for when the course has text in it, else English. */
function servedLanguage(course: Course, lang: Language): Language {
  return course.texts[lang] ? lang : 'en';
}

/** Questions per attempt, from the quiz settings (the draw itself is the model's drawQuestions; lessons' practice blocks are never drawn). */
function questionCount(course: Course): number {
  const { quiz } = course.settings;
  if (quiz.drawByTopic && Object.keys(quiz.drawByTopic).length > 0) return Object.values(quiz.drawByTopic).reduce((a, b) => a + b, 0);
  const bank = gradedQuestions(course.questions).length;
  return quiz.draw !== undefined ? Math.min(quiz.draw, bank) : bank;
}

export function toSummary(course: Course, lang: Language, downloadBytes: number): CourseSummary {
  const language = servedLanguage(course, lang);
  const localized = localizeCourse(course, language);
  const s = course.settings;
  return {
    id: s.id,
    version: s.version,
    course: s.course,
    topic: s.topic,
    level: s.level,
    estimatedMinutes: s.estimatedMinutes,
    title: localized.text.title,
    summary: localized.text.summary,
    language,
    fallback: localized.fallback || language !== lang,
    languages: completeLanguages(course),
    lessonCount: s.lessons.length,
    downloadBytes,
  };
}

export function toDetail(course: Course, lang: Language, downloadBytes: number): CourseDetail {
  const localized = localizeCourse(course, servedLanguage(course, lang)).text;
  const { quiz } = course.settings;
  return {
    ...toSummary(course, lang, downloadBytes),
    objectives: localized.objectives,
    lessons: course.settings.lessons.map((id) => ({ id, title: localized.lessons[id]?.title ?? id, objectives: localized.lessons[id]?.objectives ?? [] })),
    glossary: course.settings.glossary.map((id) => ({ id, term: localized.glossary[id]?.term ?? id, definition: localized.glossary[id]?.definition ?? '' })),
    quiz: {
      passMark: quiz.passMark,
      attempts: quiz.attempts,
      questionCount: questionCount(course),
      ...(quiz.timeLimitMinutes ? { timeLimitMinutes: quiz.timeLimitMinutes } : {}),
      keyReveal: keyRevealOf(quiz),
    },
  };
}

/** Size in bytes of the course's lessons rendered to HTML: what a learner downloads to read it all. */
export function lessonsHtmlBytes(course: Course, lang: Language): number {
  const localized = localizeCourse(course, servedLanguage(course, lang)).text;
  return course.settings.lessons.reduce((sum, id) => sum + Buffer.byteLength(renderLesson(localized.lessons[id]?.markdown ?? ''), 'utf8'), 0);
}

/** The practice decisions a lesson embeds, as its learner sees them (ungraded: ends' text included, never points or pass flags). */
function practiceBlocks(course: Course, markdown: string, language: Language): { decisions?: LessonView['decisions'] } {
  const decisions = lessonDecisions(markdown).flatMap(({ id }) => {
    const question = course.questions.find((each) => each.id === id);
    if (!question || !isPractice(question)) return [];
    return [toPracticeDecision(question as DecisionQuestion, course.texts[language]?.questions[id], course.texts.en?.questions[id])];
  });
  return decisions.length ? { decisions } : {};
}

export function toLesson(course: Course, lessonId: string, lang: Language): LessonView | undefined {
  const index = course.settings.lessons.indexOf(lessonId);
  if (index < 0) return undefined;
  const language = servedLanguage(course, lang);
  const localized = localizeCourse(course, language);
  const lesson = localized.text.lessons[lessonId];
  const prefix = `lessons.${lessonId}.`;
  const fellBack = language !== lang || localized.missing.some((key) => key === `lessons/${lessonId}.md` || key.startsWith(prefix));
  return {
    id: lessonId,
    courseId: course.settings.id,
    title: lesson?.title ?? lessonId,
    objectives: lesson?.objectives ?? [],
    html: renderLesson(lesson?.markdown ?? ''),
    ...practiceBlocks(course, lesson?.markdown ?? '', language),
    language,
    fallback: fellBack,
    ...(index > 0 ? { previous: course.settings.lessons[index - 1] } : {}),
    ...(index < course.settings.lessons.length - 1 ? { next: course.settings.lessons[index + 1] } : {}),
  };
}
