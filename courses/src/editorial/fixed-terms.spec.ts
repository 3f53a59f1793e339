import { sampleCourse } from '../../test/builders.js';
import type { Course } from '../model/types.js';
import { fixedTermProblems, fixedTermsFileProblems, type FixedTerms } from './fixed-terms.js';

const TERMS: FixedTerms = {
  en: { 'run-hide-tell': 'Run–Hide–Tell', 'soft-target': 'Soft target' },
  fr: { 'run-hide-tell': "S'échapper, se cacher, alerter", 'soft-target': 'Cible facile' },
  ru: { 'soft-target': 'Мягкая (слабозащищённая) цель' },
};

function glossary(id: string, en: string, fr: string, ru?: string): Course {
  const course = sampleCourse();
  course.settings.glossary = [id];
  course.texts.en!.glossary = { [id]: { term: en, definition: 'Meaning' } };
  course.texts.fr = { ...course.texts.en!, glossary: { [id]: { term: fr, definition: 'Sens' } } };
  if (ru) course.texts.ru = { ...course.texts.en!, glossary: { [id]: { term: ru, definition: 'Смысл' } } };
  return course;
}

describe('fixedTermProblems', () => {
  it('accepts the fixed wording, with a gloss, typographic apostrophes, quotes and case', () => {
    expect(fixedTermProblems(glossary('g-run-hide-tell', 'Run–Hide–Tell', '« S’échapper, se cacher, alerter » (Run–Hide–Tell)'), TERMS)).toEqual([]);
  });

  it('fails another translation of a fixed term, naming the term and the terms file', () => {
    expect(fixedTermProblems(glossary('g-run-hide-tell', 'Run–Hide–Tell', 'Fuir – Se cacher – Alerter'), TERMS)).toEqual([
      {
        file: 't1-test/fr/course.yaml',
        path: ['glossary', 'g-run-hide-tell', 'term'],
        message:
          'glossary term g-run-hide-tell is "Fuir – Se cacher – Alerter"; the fixed fr wording of run-hide-tell is "S\'échapper, se cacher, alerter" (terms/fr.yaml)',
      },
    ]);
  });

  it('recognises a fixed term by its English wording when the glossary id differs', () => {
    const problems = fixedTermProblems(glossary('g-soft', 'Soft target (crowded place)', 'Cible facile (lieu de rassemblement)', 'Уязвимая цель'), TERMS);
    expect(problems).toEqual([expect.objectContaining({ file: 't1-test/ru/course.yaml', path: ['glossary', 'g-soft', 'term'] })]);
  });

  it('leaves terms that are not fixed alone', () => {
    expect(fixedTermProblems(glossary('g-nudge', 'Nudge', 'Coup de pouce'), TERMS)).toEqual([]);
  });

  it('fails a fixed term without its English wording, or without any wording', () => {
    expect(fixedTermsFileProblems({ en: { a: 'A' }, fr: { a: '', b: 'Bé' } })).toEqual([
      { file: 'terms/fr.yaml', path: ['a'], message: 'fixed term a has no wording' },
      { file: 'terms/fr.yaml', path: ['b'], message: 'fixed term b is not in terms/en.yaml' },
    ]);
  });
});
