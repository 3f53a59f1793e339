import { addLanguage, addQuestion, newCourse, questionEntries, removeLanguage, removeQuestion, setQuestion, textOf, withText } from './course-draft';
import { blankQuestion } from './question-entry';

describe('course drafts in several languages', () => {
  const base = () => addQuestion(withText(newCourse('c1'), { title: 'Markets' }), blankQuestion('true-false', 'q-c1-01'));

  it('adds a language declared and empty, so the validator lists what it still lacks; never touches English', () => {
    const course = addLanguage(base(), 'ar');
    expect(course.settings.languages).toEqual(['en', 'ar']);
    expect(textOf(course, 'ar')).toEqual({ title: '', summary: '', objectives: [], lessons: {}, glossary: {}, questions: {} });
    expect(textOf(course, 'en').title).toBe('Markets');
    // Adding again keeps what was typed.
    const typed = withText(course, { title: 'الأسواق' }, 'ar');
    expect(textOf(addLanguage(typed, 'ar'), 'ar').title).toBe('الأسواق');
  });

  it('writes a question’s text to the language edited, its settings to the shared bank', () => {
    const course = addLanguage(base(), 'fr');
    const [entry] = questionEntries(course, 'fr');
    expect(entry.text).toEqual({ text: '' });
    const edited = setQuestion(course, 0, { question: { ...entry.question, points: 2 }, text: { text: 'Vrai ?' } }, 'fr');
    expect(edited.questions[0].points).toBe(2);
    expect(textOf(edited, 'fr').questions['q-c1-01']).toEqual({ text: 'Vrai ?' });
    expect(textOf(edited, 'en').questions['q-c1-01']).toEqual(textOf(course, 'en').questions['q-c1-01']);
  });

  it('removes a question’s text in every language, and a language with its declaration (English stays)', () => {
    const course = setQuestion(addLanguage(base(), 'ru'), 0, { ...questionEntries(base())[0], text: { text: 'Правда?' } }, 'ru');
    const without = removeQuestion(course, 0);
    expect(without.questions).toEqual([]);
    expect(textOf(without, 'en').questions).toEqual({});
    expect(textOf(without, 'ru').questions).toEqual({});
    const dropped = removeLanguage(course, 'ru');
    expect(dropped.settings.languages).toEqual(['en']);
    expect(dropped.texts.ru).toBeUndefined();
    expect(removeLanguage(course, 'en')).toBe(course);
  });
});
