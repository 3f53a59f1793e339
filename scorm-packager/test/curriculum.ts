import type { Course } from '@vt/courses';
import { loadCourse } from '@vt/courses/node';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTENT_DIR = fileURLToPath(new URL('../../courses/content', import.meta.url));

let cached: Course[] | undefined;
/** The real curriculum, loaded once per test file (warnings such as lesson length do not matter here). */
export function curriculum(): Course[] {
  cached ??= readdirSync(CONTENT_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((id) => {
      const { course, problems } = loadCourse(join(CONTENT_DIR, id));
      const errors = problems.filter((p) => p.severity !== 'warning');
      if (!course || errors.length > 0) throw new Error(`${id}: ${errors.map((p) => p.message).join('; ')}`);
      return course;
    });
  return cached;
}

export function courseById(id: string): Course {
  const course = curriculum().find((c) => c.settings.id === id);
  if (!course) throw new Error(`no course ${id}`);
  return course;
}
