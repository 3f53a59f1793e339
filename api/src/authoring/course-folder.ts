import type { Course } from '@vt/courses';
import JSZip from 'jszip';
import { stringify } from 'yaml';

/**
 * The files of a course folder exactly as in courses/content/<id>/ (docs/course-format.md):
 * settings at the root, text per language, one Markdown file per lesson.
 */
export function courseFolderFiles(course: Course): { path: string; content: string }[] {
  const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });
  const files = [
    { path: 'course.yaml', content: yaml(course.settings) },
    { path: 'quiz.yaml', content: yaml({ questions: course.questions }) },
  ];
  for (const [lang, text] of Object.entries(course.texts)) {
    if (!text) continue;
    const lessons = Object.fromEntries(Object.entries(text.lessons).map(([id, lesson]) => [id, { title: lesson.title, objectives: lesson.objectives }]));
    files.push({
      path: `${lang}/course.yaml`,
      content: yaml({ title: text.title, summary: text.summary, objectives: text.objectives, lessons, glossary: text.glossary }),
    });
    files.push({ path: `${lang}/quiz.yaml`, content: yaml({ questions: text.questions }) });
    for (const [id, lesson] of Object.entries(text.lessons)) files.push({ path: `${lang}/lessons/${id}.md`, content: lesson.markdown });
  }
  return files;
}

/** A zip holding one folder named by the course id, as an author would commit it. */
export function zipCourseFolder(course: Course): Promise<Buffer> {
  const zip = new JSZip();
  for (const file of courseFolderFiles(course)) zip.file(`${course.settings.id}/${file.path}`, file.content, { date: new Date('2000-01-01T00:00:00Z') });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
