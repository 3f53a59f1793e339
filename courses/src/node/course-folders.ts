import { existsSync, readdirSync } from 'node:fs';

/** Folders of the content folder that are not courses: the fixed glossary terms of each language (src/editorial). */
const NOT_COURSES = ['terms'];

/** The course folders of a content folder, sorted: every folder but the ones above. Read it here, not with readdirSync. */
export function courseFolders(contentDir: string): string[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !NOT_COURSES.includes(entry.name))
    .map((entry) => entry.name)
    .sort();
}
