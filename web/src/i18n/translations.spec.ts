import { AR } from './ar';
import { EN } from './en';
import { FR } from './fr';
import { RU } from './ru';
import { TRAINER_AR } from './trainer/ar';
import { TRAINER_EN } from './trainer/en';
import { TRAINER_FR } from './trainer/fr';
import { TRAINER_RU } from './trainer/ru';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}
/** The parameters a string uses: `{{name}}`, and the arguments of its ICU plurals, selects and numbers (each name once). */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}|\{\s*(\w+)\s*,\s*(?:plural|select|number)\b/g)].map((m) => m[1] ?? m[2]))].sort();

// The learner's dictionary and the trainer workspace's (a chunk of its own since issue 15).
describe.each([
  ['fr', FR, EN],
  ['ar', AR, EN],
  ['ru', RU, EN],
  ['fr trainer', TRAINER_FR, TRAINER_EN],
  ['ar trainer', TRAINER_AR, TRAINER_EN],
  ['ru trainer', TRAINER_RU, TRAINER_EN],
])('%s interface strings', (_code, dictionary: Tree, source: Tree) => {
  const english = new Map(leaves(source));
  const translated = new Map(leaves(dictionary));

  it('has exactly the English keys', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('fills every string and keeps its placeholders', () => {
    for (const [key, text] of translated) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(english.get(key) ?? '') });
    }
  });
});
