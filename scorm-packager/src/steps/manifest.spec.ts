import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCORM_FORMATS } from '../options.js';
import { buildManifest, packageIdentifier, type ManifestInput } from './manifest.js';
import { validateManifest } from './validate-manifest.js';

const golden = (name: string): string => fileURLToPath(new URL(`../../test/golden/${name}`, import.meta.url));

const input = (format: ManifestInput['format']): ManifestInput => ({
  format,
  identifier: packageIdentifier('a1-foundations', 'ar', format),
  title: 'الأهداف الضعيفة & "الحماية"',
  passMark: 70,
  launch: 'index.html',
  files: ['index.html', 'player.css', 'player.js'],
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

  it('makes identifiers that are xsd:IDs', () => {
    expect(packageIdentifier('b1-reconnaissance', 'ru', 'scorm2004')).toBe('vt-b1-reconnaissance-ru-scorm2004');
    expect(() => packageIdentifier('bad id', 'en', 'scorm12')).toThrow(/xsd:ID/);
  });
});
