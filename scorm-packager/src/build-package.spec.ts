import { completeLanguages, type Course } from '@vt/courses';
import JSZip from 'jszip';
import { courseById, curriculum } from '../test/curriculum.js';
import { buildPackage } from './build-package.js';
import { COURSE_DATA_ELEMENT, type PlayerCourse } from './content/course-data.js';
import { SCORM_FORMATS } from './options.js';
import { validateManifest } from './steps/validate-manifest.js';

const jobs = curriculum().flatMap((course) =>
  completeLanguages(course).flatMap((lang) => SCORM_FORMATS.map((format) => ({ course, lang, format, name: `${course.settings.id}.${lang}.${format}` }))),
);

function embeddedCourse(html: string): PlayerCourse {
  const match = new RegExp(`<script type="application/json" id="${COURSE_DATA_ELEMENT}">(.*?)</script>`, 's').exec(html);
  if (!match) throw new Error('no course data in index.html');
  return JSON.parse(match[1]) as PlayerCourse;
}

describe('buildPackage on the real curriculum', () => {
  it('has packages to build in every language a course completes', () => {
    expect(jobs.length).toBeGreaterThanOrEqual(9 * 2);
    expect(jobs.map((job) => job.name)).toEqual(expect.arrayContaining(['a1-foundations.ar.scorm12', 'b1-reconnaissance.ru.scorm2004']));
  });

  it.each(jobs)('$name: schema-valid manifest at the root naming only files present', async ({ course, lang, format }) => {
    const zip = await JSZip.loadAsync(await buildPackage(course, { format, lang }));
    const manifest = await zip.file('imsmanifest.xml')?.async('string');
    if (!manifest) throw new Error('imsmanifest.xml is not at the zip root');
    const validation = validateManifest(manifest, format);
    expect(validation.output).toBe(validation.valid ? validation.output : 'valid');
    expect(validation.valid).toBe(true);
    const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(['index.html', 'player.css', 'player.js']);
    for (const file of listed) expect(zip.file(file)).not.toBeNull();
    const schemaRef = format === 'scorm12' ? 'imscp_rootv1p1p2.xsd' : 'imscp_v1p1.xsd';
    expect(zip.file(schemaRef)).not.toBeNull();
    for (const name of Object.keys(zip.files)) expect(name).toMatch(/^[A-Za-z0-9_.\-/]+$/);
    const data = embeddedCourse((await zip.file('index.html')?.async('string')) ?? '');
    expect(data.lang).toBe(lang);
    expect(data.title).toBe(course.texts[lang]?.title);
    // Read back as an XML parser would (the title may hold &, quotes or an apostrophe: French l'hôtellerie).
    const titles = [...manifest.matchAll(/<title>([^<]*)<\/title>/g)].map(([, text]) =>
      text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    );
    expect(titles).toEqual([data.title, data.title]);
  });

  it('builds byte-identical zips twice', async () => {
    const course = courseById('a1-foundations');
    const first = await buildPackage(course, { format: 'scorm2004', lang: 'ar' });
    const second = await buildPackage(course, { format: 'scorm2004', lang: 'ar' });
    expect(first.equals(second)).toBe(true);
  });

  it('marks Arabic right-to-left and renders lessons to sanitised HTML at build time', async () => {
    const zip = await JSZip.loadAsync(await buildPackage(courseById('a1-foundations'), { format: 'scorm12', lang: 'ar' }));
    const html = (await zip.file('index.html')?.async('string')) ?? '';
    expect(html).toContain('<html lang="ar" dir="rtl">');
    const data = embeddedCourse(html);
    expect(data.lessons[0].html).toMatch(/<(p|h2|ul)>/);
    expect(data.lessons.map((l) => l.html).join('')).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.(imsglobal|adlnet|w3)\.org)/);
  });

  it('refuses a language the course does not complete', async () => {
    // Every curriculum course is complete in every language: a copy without its Arabic text.
    const original: Course = courseById('a2-public-spaces');
    const { ar: _arabic, ...texts } = original.texts;
    const course: Course = { ...original, texts };
    expect(completeLanguages(course)).not.toContain('ar');
    await expect(buildPackage(course, { format: 'scorm12', lang: 'ar' })).rejects.toThrow(/ar text is missing or incomplete/);
  });
});
