import { visualRuns } from './bidi-runs.js';

// fontkit reverses (and shapes) a run that starts with an Arabic letter itself; everything else is drawn as given.
const texts = (line: string): string[] => visualRuns(line).map((run) => run.text);

describe('visualRuns', () => {
  it('leaves a left-to-right line alone', () => {
    expect(visualRuns('Jane Doe')).toEqual([{ text: 'Jane Doe', rtl: false }]);
  });

  it('orders a mixed name for an Arabic line and mirrors its brackets: (Ahmed) on the left', () => {
    expect(texts('محمد أحمد (Ahmed)')).toEqual(['(', 'Ahmed', 'محمد أحمد )']);
  });

  it('splits a run that starts with a space before an Arabic word, so the word is handed to fontkit in logical order', () => {
    expect(texts('صدرت في 7 ديسمبر 2026')).toEqual(['2026', 'ديسمبر ', ' ', '7', 'صدرت في ']);
  });

  it('hands a number in Arabic-Indic digits to fontkit reversed, since fontkit reverses Arabic-script runs itself', () => {
    expect(texts('صدرت في ٧ ديسمبر ٢٠٢٦')).toEqual(['٦٢٠٢', 'ديسمبر ', ' ', '٧', 'صدرت في ']);
  });
});
