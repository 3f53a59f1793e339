/**
 * The builder edits questions in the course model's own shape (`Question` settings + English
 * `QuestionText`), so what is saved is exactly what `validateCourse` checks and the API stores.
 * These helpers are the only edits the editor makes; each returns a new entry (signals compare by
 * reference). Ids are generated once when a thing is added and never derived from position later.
 */
import type { PartQuestion, Question, QuestionText, QuestionType } from '@vt/courses';

export interface QuestionEntry {
  question: Question;
  text: QuestionText;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The first id of the form `<prefix><n>` (or a letter) not taken yet. */
export function nextId(taken: readonly string[], prefix = ''): string {
  if (!prefix) {
    const letter = [...LETTERS].find((l) => !taken.includes(l));
    if (letter) return letter;
    prefix = 'o';
  }
  for (let n = 1; ; n++) if (!taken.includes(`${prefix}${n}`)) return `${prefix}${n}`;
}

export function blankQuestion(type: QuestionType, id: string): QuestionEntry {
  const base = { id, points: 1 };
  const text: QuestionText = { text: '', explanation: '' };
  switch (type) {
    case 'single-choice':
      return {
        question: { ...base, type, options: ['a', 'b'], correct: 'a' },
        text: { ...text, options: { a: { text: '', feedback: '' }, b: { text: '', feedback: '' } } },
      };
    case 'multiple-choice':
      return {
        question: { ...base, type, options: ['a', 'b', 'c'], correct: ['a'] },
        text: { ...text, options: { a: { text: '', feedback: '' }, b: { text: '', feedback: '' }, c: { text: '', feedback: '' } } },
      };
    case 'true-false':
      return { question: { ...base, type, correct: true }, text: { ...text, feedback: { true: '', false: '' } } };
    case 'matching':
      return {
        question: { ...base, type, prompts: ['m1', 'm2'], targets: ['t1', 't2'], correct: { m1: 't1', m2: 't2' } },
        text: { ...text, prompts: { m1: '', m2: '' }, targets: { t1: '', t2: '' }, feedback: { correct: '', incorrect: '' } },
      };
    case 'ordering':
      return {
        question: { ...base, type, items: ['s1', 's2', 's3'], correct: ['s1', 's2', 's3'] },
        text: { ...text, items: { s1: '', s2: '', s3: '' }, feedback: { correct: '', incorrect: '' } },
      };
    case 'short-text':
      return { question: { ...base, type }, text: { ...text, accepted: [''], feedback: { correct: '', incorrect: '' } } };
    case 'scenario': {
      const part = blankQuestion('single-choice', `${id}-a`);
      return { question: { ...base, type, parts: [part.question as PartQuestion] }, text: { ...text, parts: { [`${id}-a`]: part.text } } };
    }
    case 'decision':
      // One step, two choices, a right and a wrong end: the smallest decision that validates.
      return {
        question: {
          ...base,
          type,
          steps: [
            {
              id: 's1',
              choices: [
                { id: 'c1', next: 'e1' },
                { id: 'c2', next: 'e2' },
              ],
            },
          ],
          ends: [
            { id: 'e1', points: 1 },
            { id: 'e2', points: 0 },
          ],
        },
        text: {
          ...text,
          steps: { s1: { prompt: '', choices: { c1: { text: '', consequence: '' }, c2: { text: '', consequence: '' } } } },
          ends: { e1: '', e2: '' },
        },
      };
    default: {
      const _exhaustive: never = type;
      return _exhaustive;
    }
  }
}

/** Option ids of a choice question (single or multiple). */
export function optionIds(entry: QuestionEntry): string[] {
  const q = entry.question;
  return q.type === 'single-choice' || q.type === 'multiple-choice' ? q.options : [];
}

export function addOption(entry: QuestionEntry): QuestionEntry {
  const q = entry.question;
  if (q.type !== 'single-choice' && q.type !== 'multiple-choice') return entry;
  const id = nextId(q.options);
  return { question: { ...q, options: [...q.options, id] }, text: { ...entry.text, options: { ...entry.text.options, [id]: { text: '', feedback: '' } } } };
}

export function removeOption(entry: QuestionEntry, id: string): QuestionEntry {
  const q = entry.question;
  if ((q.type !== 'single-choice' && q.type !== 'multiple-choice') || q.options.length <= 2) return entry;
  const options = q.options.filter((o) => o !== id);
  const { [id]: _removed, ...texts } = entry.text.options ?? {};
  const question =
    q.type === 'single-choice'
      ? { ...q, options, correct: q.correct === id ? options[0] : q.correct }
      : { ...q, options, correct: q.correct.filter((c) => c !== id) };
  return { question, text: { ...entry.text, options: texts } };
}

export function setOptionText(entry: QuestionEntry, id: string, field: 'text' | 'feedback', value: string): QuestionEntry {
  const current = entry.text.options?.[id] ?? { text: '', feedback: '' };
  return { ...entry, text: { ...entry.text, options: { ...entry.text.options, [id]: { ...current, [field]: value } } } };
}

/** Single choice: this option becomes the key. Multiple choice: it is added to or removed from the key. */
export function setCorrectOption(entry: QuestionEntry, id: string, correct: boolean): QuestionEntry {
  const q = entry.question;
  if (q.type === 'single-choice') return correct ? { ...entry, question: { ...q, correct: id } } : entry;
  if (q.type === 'multiple-choice') {
    const others = q.correct.filter((c) => c !== id);
    return { ...entry, question: { ...q, correct: correct ? q.options.filter((o) => o === id || others.includes(o)) : others } };
  }
  return entry;
}

/** A label of a matching prompt/target or an ordering item. */
export function setLabel(entry: QuestionEntry, group: 'prompts' | 'targets' | 'items', id: string, value: string): QuestionEntry {
  return { ...entry, text: { ...entry.text, [group]: { ...entry.text[group], [id]: value } } };
}

/** Matching: a new prompt with its own new target as the key. */
export function addPair(entry: QuestionEntry): QuestionEntry {
  const q = entry.question;
  if (q.type !== 'matching') return entry;
  const prompt = nextId(q.prompts, 'm');
  const target = nextId(q.targets, 't');
  return {
    question: { ...q, prompts: [...q.prompts, prompt], targets: [...q.targets, target], correct: { ...q.correct, [prompt]: target } },
    text: { ...entry.text, prompts: { ...entry.text.prompts, [prompt]: '' }, targets: { ...entry.text.targets, [target]: '' } },
  };
}

/** Matching: a target no prompt uses (a distractor). */
export function addTarget(entry: QuestionEntry): QuestionEntry {
  const q = entry.question;
  if (q.type !== 'matching') return entry;
  const target = nextId(q.targets, 't');
  return { question: { ...q, targets: [...q.targets, target] }, text: { ...entry.text, targets: { ...entry.text.targets, [target]: '' } } };
}

export function setMatch(entry: QuestionEntry, prompt: string, target: string): QuestionEntry {
  const q = entry.question;
  return q.type === 'matching' ? { ...entry, question: { ...q, correct: { ...q.correct, [prompt]: target } } } : entry;
}

/** Ordering: items are edited in their right order; learners see them shuffled. */
export function addItem(entry: QuestionEntry): QuestionEntry {
  const q = entry.question;
  if (q.type !== 'ordering') return entry;
  const id = nextId(q.items, 's');
  return { question: { ...q, items: [...q.items, id], correct: [...q.correct, id] }, text: { ...entry.text, items: { ...entry.text.items, [id]: '' } } };
}

export function moveItem(entry: QuestionEntry, index: number, delta: -1 | 1): QuestionEntry {
  const q = entry.question;
  const target = index + delta;
  if (q.type !== 'ordering' || target < 0 || target >= q.correct.length) return entry;
  const correct = [...q.correct];
  [correct[index], correct[target]] = [correct[target], correct[index]];
  return { ...entry, question: { ...q, correct } };
}

/** Scenario parts, each edited as an entry of its own. */
export function partEntries(entry: QuestionEntry): QuestionEntry[] {
  const q = entry.question;
  return q.type === 'scenario' ? q.parts.map((part) => ({ question: part, text: entry.text.parts?.[part.id] ?? { text: '' } })) : [];
}

export function setPart(entry: QuestionEntry, index: number, part: QuestionEntry): QuestionEntry {
  const q = entry.question;
  if (q.type !== 'scenario') return entry;
  const parts = q.parts.map((p, i) => (i === index ? (part.question as PartQuestion) : p));
  return { question: { ...q, parts }, text: { ...entry.text, parts: { ...entry.text.parts, [part.question.id]: part.text } } };
}

export function addPart(entry: QuestionEntry, type: PartQuestion['type']): QuestionEntry {
  const q = entry.question;
  if (q.type !== 'scenario') return entry;
  const id = `${q.id}-${nextId(q.parts.map((p) => p.id.slice(q.id.length + 1)))}`;
  const part = blankQuestion(type, id);
  return { question: { ...q, parts: [...q.parts, part.question as PartQuestion] }, text: { ...entry.text, parts: { ...entry.text.parts, [id]: part.text } } };
}
