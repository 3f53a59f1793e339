import type { Course, Language } from '@vt/courses';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScormFormat } from './options.js';
import { PLAYER_BUNDLE_DIR, SCHEMAS_DIR } from './paths.js';
import { SCHEMA_FILES, SCHEMA_SET, buildManifest, packageIdentifier } from './steps/manifest.js';
import { renderIndexHtml } from './steps/page.js';
import { renderCourse } from './steps/render.js';
import { PackageError, packageProblems } from './steps/validate.js';
import { writeZip, type PackageFile } from './steps/zip.js';

export interface PackageOptions {
  format: ScormFormat;
  lang: Language;
}

/** The bundled player (built by tools/bundle-player.mjs); read once per process. */
let player: PackageFile[] | undefined;
function playerFiles(): PackageFile[] {
  if (!player) {
    try {
      player = ['player.js', 'player.css'].map((name) => ({ path: name, content: readFileSync(join(PLAYER_BUNDLE_DIR, name)), shared: true }));
    } catch {
      throw new Error(`the SCO player is not built (${PLAYER_BUNDLE_DIR}): run npm run nx -- run scorm-packager:build`);
    }
  }
  return player;
}

const schemaCache = new Map<ScormFormat, PackageFile[]>();
function schemaFiles(format: ScormFormat): PackageFile[] {
  let files = schemaCache.get(format);
  if (!files) {
    files = SCHEMA_FILES[format].map((name) => ({ path: name, content: readFileSync(join(SCHEMAS_DIR, SCHEMA_SET[format], name)), shared: true }));
    schemaCache.set(format, files);
  }
  return files;
}

/** The files of one package, before zipping (also what the benchmark stages for `zip -r -X`). */
export function packageFiles(course: Course, { format, lang }: PackageOptions): PackageFile[] {
  const problems = packageProblems(course, lang);
  if (problems.length > 0) throw new PackageError(problems);
  const data = renderCourse(course, lang, format);
  const sco: PackageFile[] = [{ path: 'index.html', content: renderIndexHtml(data) }, ...playerFiles()];
  const manifest = buildManifest({
    format,
    identifier: packageIdentifier(course.settings.id, lang, format),
    title: data.title,
    passMark: course.settings.quiz.passMark,
    launch: 'index.html',
    files: sco.map((file) => file.path).sort(),
    metadata: { language: lang, description: data.summary, keywords: [course.settings.topic], minutes: course.settings.estimatedMinutes },
  });
  const schemas = schemaFiles(format);
  return [{ path: 'imsmanifest.xml', content: manifest }, ...sco, ...schemas];
}

/** load → validate → render → manifest → zip: one course in one language and SCORM version. */
export async function buildPackage(course: Course, options: PackageOptions): Promise<Buffer> {
  return writeZip(packageFiles(course, options));
}
