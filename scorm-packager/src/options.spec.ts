import { packageFileName, parseCliOptions } from './options.js';

describe('CLI options', () => {
  it('parses every flag', () => {
    expect(parseCliOptions(['--out', 'dist/pkg', '--course', 'a1-foundations', '--format', 'scorm2004', '--lang', 'ar'])).toEqual({
      out: 'dist/pkg',
      course: 'a1-foundations',
      format: 'scorm2004',
      lang: 'ar',
    });
  });

  it.each([
    [[], /--out DIR is required/],
    [['--out'], /--out needs a value/],
    [['--out', 'x', '--format', 'scorm3'], /--format must be one of scorm12, scorm2004/],
    [['--out', 'x', '--lang', 'de'], /--lang must be one of en, fr, ar, ru/],
    [['--out', 'x', '--zip', 'y'], /unknown flag "--zip"/],
  ])('rejects %p', (argv, message) => {
    expect(() => parseCliOptions(argv as string[])).toThrow(message);
  });

  it('names packages course.lang.format.zip', () => {
    expect(packageFileName('b1-reconnaissance', 'ru', 'scorm12')).toBe('b1-reconnaissance.ru.scorm12.zip');
  });
});
