import type { Course } from '@vt/courses';
import { loadCourse } from '@vt/courses/node';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTENT_DIR = fileURLToPath(new URL('../../courses/content', import.meta.url));

const loaded = new Map<string, Course>();
/** One course of the real curriculum, loaded once per test file (warnings such as lesson length do not matter here). */
export function courseById(id: string): Course {
  const known = loaded.get(id);
  if (known) return known;
  const { course, problems } = loadCourse(join(CONTENT_DIR, id));
  const errors = problems.filter((p) => p.severity !== 'warning');
  if (!course || errors.length > 0) throw new Error(`${id}: ${errors.map((p) => p.message).join('; ') || 'no course'}`);
  loaded.set(id, course);
  return course;
}

/** The whole curriculum (a test of one package loads only its course, with courseById). */
export function curriculum(): Course[] {
  return readdirSync(CONTENT_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(CONTENT_DIR, d.name, 'course.yaml'))) // content/ also holds shared files (terms/)
    .map((d) => d.name)
    .sort()
    .map(courseById);
}
