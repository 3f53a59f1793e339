import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCORM_FORMATS } from '../options.js';
import { buildManifest, isoMinutes, packageIdentifier, type ManifestInput } from './manifest.js';
import { validateManifest } from './validate-manifest.js';

const golden = (name: string): string => fileURLToPath(new URL(`../../test/golden/${name}`, import.meta.url));

const input = (format: ManifestInput['format']): ManifestInput => ({
  format,
  identifier: packageIdentifier('a1-foundations', 'ar', format),
  title: 'الأهداف الضعيفة & "الحماية"',
  passMark: 70,
  launch: 'index.html',
  files: ['index.html', 'player.css', 'player.js'],
  metadata: { language: 'ar', description: 'ملخص الدورة <للمحفِّز>', keywords: ['foundations'], minutes: 95 },
});

describe('buildManifest', () => {
  it.each(SCORM_FORMATS)('matches the committed golden %s manifest', (format) => {
    const xml = buildManifest(input(format));
    const file = golden(`a1-foundations.ar.${format}.imsmanifest.xml`);
    // UPDATE_GOLDEN=1 rewrites the golden files after a deliberate change; review the diff.
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, xml);
    if (!existsSync(file)) throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1 and commit it`);
    expect(xml).toBe(readFileSync(file, 'utf8'));
  });

  it.each(SCORM_FORMATS)("writes a %s manifest that ADL's XSDs accept", (format) => {
    const result = validateManifest(buildManifest(input(format)), format);
    expect(result).toEqual(expect.objectContaining({ valid: true }));
  });

  it('catches a manifest the XSDs refuse (the validator can fail)', () => {
    const broken = buildManifest(input('scorm2004')).replace('adlcp:scormType="sco"', 'adlcp:scormType="lesson"');
    expect(validateManifest(broken, 'scorm2004').valid).toBe(false);
    const broken12 = buildManifest(input('scorm12')).replace('<schemaversion>', '<version>').replace('</schemaversion>', '</version>');
    expect(validateManifest(broken12, 'scorm12').valid).toBe(false);
  });

  it('puts the pass mark in 1.2 masteryscore and the 2004 minimum normalised measure', () => {
    expect(buildManifest({ ...input('scorm12'), passMark: 65 })).toContain('<adlcp:masteryscore>65</adlcp:masteryscore>');
    expect(buildManifest({ ...input('scorm2004'), passMark: 65 })).toContain('<imsss:minNormalizedMeasure>0.65</imsss:minNormalizedMeasure>');
  });

  it('escapes titles and lists every file', () => {
    const xml = buildManifest(input('scorm12'));
    expect(xml).toContain('&amp; &quot;الحماية&quot;');
    for (const file of input('scorm12').files) expect(xml).toContain(`<file href="${file}"/>`);
  });

  it.each([0, 101, Number.NaN])('refuses the pass mark %p', (passMark) => {
    expect(() => buildManifest({ ...input('scorm12'), passMark })).toThrow(/pass mark/);
  });

  // A partner's catalogue reads these: LOM in each version's binding, in the package's language.
  it('describes the package in LOM: title, language, description, keywords and typical learning time', () => {
    const xml12 = buildManifest(input('scorm12'));
    expect(xml12).toContain('<imsmd:language>ar</imsmd:language>');
    expect(xml12).toContain('<imsmd:description><imsmd:langstring xml:lang="ar">ملخص الدورة &lt;للمحفِّز&gt;</imsmd:langstring></imsmd:description>');
    expect(xml12).toContain('<imsmd:keyword><imsmd:langstring xml:lang="ar">foundations</imsmd:langstring></imsmd:keyword>');
    expect(xml12).toContain('<imsmd:datetime>PT1H35M</imsmd:datetime>');
    const xml2004 = buildManifest(input('scorm2004'));
    expect(xml2004).toContain('<lom:title><lom:string language="ar">الأهداف الضعيفة &amp; &quot;الحماية&quot;</lom:string></lom:title>');
    expect(xml2004).toContain('<lom:typicalLearningTime><lom:duration>PT1H35M</lom:duration></lom:typicalLearningTime>');
    // The XSDs check the metadata too: a LOM element out of place is refused.
    expect(validateManifest(xml2004.replace('<lom:general>', '<lom:generality>').replace('</lom:general>', '</lom:generality>'), 'scorm2004').valid).toBe(
      false,
    );
    expect(validateManifest(xml12.replace('<imsmd:general>', '<imsmd:generality>').replace('</imsmd:general>', '</imsmd:generality>'), 'scorm12').valid).toBe(
      false,
    );
  });

  it('writes durations as ISO 8601', () => {
    expect([0, 45, 60, 120, 95].map(isoMinutes)).toEqual(['PT0M', 'PT45M', 'PT1H', 'PT2H', 'PT1H35M']);
  });

  it('makes identifiers that are xsd:IDs', () => {
    expect(packageIdentifier('b1-reconnaissance', 'ru', 'scorm2004')).toBe('vt-b1-reconnaissance-ru-scorm2004');
    expect(() => packageIdentifier('bad id', 'en', 'scorm12')).toThrow(/xsd:ID/);
  });
});
