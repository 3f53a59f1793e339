import { sampleCourse } from '../../test/builders.js';
import { frenchSpacingFaults, frenchSpacingProblems } from './french-spacing.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('frenchSpacingFaults', () => {
  it.each([
    [`Attention${NBSP}: danger${NNBSP}; fuyez${NBSP}! Pourquoi${NNBSP}?`],
    [`Le plan «${NBSP}S'échapper, se cacher, alerter${NNBSP}» s'applique.`],
    ['Rendez-vous à 10:30, au ratio 1:2.'],
    ['Voir `npm run x: y` et https://example.org/a?b=c!d puis [lien](https://x.org/?q=1).'],
    ['| Taille | Distance |\n|:---|---:|\n| 1 | 2 |'],
    [`Vraiment${NBSP}?!`],
  ])('accepts %j', (text) => {
    expect(frenchSpacingFaults(text)).toEqual([]);
  });

  it.each([
    ['Attention : danger', 'before ":", not a normal space'],
    ['Attention: danger', 'before ":"'],
    ['fuyez ; vite', 'before ";", not a normal space'],
    ['Pourquoi ?', 'before "?", not a normal space'],
    ['Alerte !', 'before "!", not a normal space'],
    [`le plan « Fuir${NBSP}»`, 'after "«", not a normal space'],
    [`le plan «${NBSP}Fuir »`, 'before "»", not a normal space'],
  ])('fails %j', (text, message) => {
    expect(frenchSpacingFaults(text)).toEqual([{ offset: expect.any(Number), message: expect.stringContaining(message) }]);
  });
});

describe('frenchSpacingProblems', () => {
  it('names the lesson line and the quiz key of each fault, in French text only', () => {
    const course = sampleCourse();
    course.texts.en!.questions['q-single'].text = 'Why? Because: yes!';
    course.texts.fr = {
      ...course.texts.en!,
      lessons: { 't1-l1': { title: 'Leçon', objectives: ['Faire'], markdown: `## Ce que vous saurez faire\n\n- Faire\n\nAlors : voilà.\n` } },
      questions: { 'q-single': { text: `Que faites-vous${NBSP}? Et ensuite ?` } },
    };
    expect(frenchSpacingProblems(course)).toEqual([
      { file: 't1-test/fr/quiz.yaml', path: ['questions', 'q-single', 'text'], message: expect.stringContaining('Et ensuite ?" needs a no-break space') },
      { file: 't1-test/fr/lessons/t1-l1.md', line: 5, message: expect.stringContaining('Alors :" needs a no-break space') },
    ]);
  });
});
