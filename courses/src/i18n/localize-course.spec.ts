import type { Course } from '../model/types.js';
import { sampleCourse } from '../../test/builders.js';
import { completeLanguages, localizeCourse, missingTranslations } from './localize-course.js';

/** The sample course with a French text equal to the English one, then `edit`ed. */
function withFrench(edit: (course: Course) => void = () => undefined): Course {
  const course = sampleCourse();
  course.texts.fr = structuredClone(course.texts.en!);
  edit(course);
  return course;
}

describe('localizeCourse', () => {
  it('English is never a fallback', () => {
    expect(localizeCourse(sampleCourse(), 'en')).toMatchObject({ language: 'en', fallback: false, missing: [] });
  });

  it('a complete translation has no fallback', () => {
    const course = withFrench((c) => (c.texts.fr!.title = 'Cours'));
    expect(localizeCourse(course, 'fr')).toMatchObject({ fallback: false, missing: [] });
    expect(localizeCourse(course, 'fr').text.title).toBe('Cours');
  });

  it('falls back per key and names each missing key', () => {
    const course = withFrench((c) => {
      const fr = c.texts.fr!;
      fr.title = '';
      delete fr.lessons['t1-l2'];
      fr.lessons['t1-l1'].markdown = '';
      (fr.questions['q-multi'].options!.b as { feedback?: string }).feedback = undefined;
      fr.questions['q-scen'].parts!['q-scen-b'].text = 'Partie b';
      delete fr.questions['q-scen'].parts!['q-scen-a'];
    });
    const result = localizeCourse(course, 'fr');
    expect(result.fallback).toBe(true);
    expect(result.missing).toEqual([
      'title',
      'lessons/t1-l1.md',
      'lessons.t1-l2.title',
      'lessons.t1-l2.objectives',
      'lessons/t1-l2.md',
      'questions.q-multi.options.b.feedback',
      'questions.q-scen.parts.q-scen-a.text',
      'questions.q-scen.parts.q-scen-a.options.a.text',
      'questions.q-scen.parts.q-scen-a.options.a.feedback',
      'questions.q-scen.parts.q-scen-a.options.b.text',
      'questions.q-scen.parts.q-scen-a.options.b.feedback',
    ]);
    expect(result.text.title).toBe('Test course');
    expect(result.text.questions['q-scen'].parts!['q-scen-b'].text).toBe('Partie b');
    expect(result.text.questions['q-multi'].options!.b.feedback).toBe('Feedback b');
  });

  it('a language with no text falls back entirely', () => {
    const result = localizeCourse(sampleCourse(), 'ru');
    expect(result.fallback).toBe(true);
    expect(result.missing).toContain('lessons/t1-l1.md');
    expect(result.text).toEqual(sampleCourse().texts.en);
  });
});

describe('missingTranslations and completeLanguages', () => {
  it('lists complete declared languages, English first', () => {
    expect(completeLanguages(withFrench())).toEqual(['en', 'fr']);
    expect(completeLanguages(sampleCourse())).toEqual(['en']);
    expect(completeLanguages(withFrench((c) => (c.settings.languages = ['en'])))).toEqual(['en']);
  });

  it('names the missing keys', () => {
    expect(
      missingTranslations(
        withFrench((c) => delete c.texts.fr!.glossary['g-term']),
        'fr',
      ),
    ).toEqual(['glossary.g-term.term', 'glossary.g-term.definition']);
  });
});
