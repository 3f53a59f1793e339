import { LANGUAGES, type Language } from '@vt/courses';

export const SCORM_FORMATS = ['scorm12', 'scorm2004'] as const;
export type ScormFormat = (typeof SCORM_FORMATS)[number];

export interface CliOptions {
  out: string;
  course?: string;
  format?: ScormFormat;
  lang?: Language;
}

/** `{courseId}.{lang}.{format}.zip`: ASCII, one name per course × language × format. */
export function packageFileName(courseId: string, lang: Language, format: ScormFormat): string {
  return `${courseId}.${lang}.${format}.zip`;
}

/** Parses `--out DIR [--course ID] [--format scorm12|scorm2004] [--lang en|fr|ar|ru]`; throws a one-line error. */
export function parseCliOptions(argv: string[]): CliOptions {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (!['--out', '--course', '--format', '--lang'].includes(flag)) throw new Error(`unknown flag "${flag}"`);
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    values[flag.slice(2)] = value;
  }
  if (!values.out) throw new Error('--out DIR is required');
  if (values.format && !(SCORM_FORMATS as readonly string[]).includes(values.format)) {
    throw new Error(`--format must be one of ${SCORM_FORMATS.join(', ')} (got "${values.format}")`);
  }
  if (values.lang && !(LANGUAGES as readonly string[]).includes(values.lang)) {
    throw new Error(`--lang must be one of ${LANGUAGES.join(', ')} (got "${values.lang}")`);
  }
  return { out: values.out, course: values.course, format: values.format as ScormFormat | undefined, lang: values.lang as Language | undefined };
}
