import { AR } from './ar';
import { EN } from './en';
import { FR } from './fr';
import { RU } from './ru';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe.each([
  ['fr', FR],
  ['ar', AR],
  ['ru', RU],
])('%s interface strings', (_code, dictionary) => {
  const english = new Map(leaves(EN));
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
