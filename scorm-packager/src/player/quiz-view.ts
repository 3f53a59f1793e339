/**
 * The quiz's questions as native form controls (radios, checkboxes, selects, text), each group a
 * fieldset with a legend, so keyboards and screen readers work without extra scripting; a decision
 * goes one step at a time (decision-view.ts).
 */
import type { LearnerQuestion, QuestionResponse, QuestionResult } from '@vt/courses';
import { h } from './dom.js';
import type { UiStrings } from '../content/ui-strings.js';
import { pathOf, renderDecision } from './decision-view.js';

/** A type no case handled: the compiler names the switch a new question type still needs. */
function unhandled(type: never): never {
  throw new Error(`no view for question type ${String(type)}`);
}

let uid = 0;
const nextId = (prefix: string): string => `${prefix}-${++uid}`;

function choice(type: 'radio' | 'checkbox', name: string, value: string, label: string): HTMLElement {
  const id = nextId('c');
  return h('div', { class: 'choice' }, h('input', { type, id, name, value }), h('label', { for: id }, label));
}

function select(label: string, options: { id: string; text: string }[], data: Record<string, string>, placeholder: string): HTMLElement {
  const id = nextId('s');
  const control = h('select', { id, ...data }, h('option', { value: '' }, placeholder), ...options.map((o) => h('option', { value: o.id }, o.text)));
  return h('div', { class: 'pair' }, h('label', { for: id }, label), control);
}

/** One question (a scenario holds its parts as nested fieldsets). */
export function questionView(question: LearnerQuestion, strings: UiStrings, number: string): HTMLElement {
  const name = nextId('q');
  const body: HTMLElement[] = [];
  switch (question.type) {
    case 'single-choice':
      body.push(...(question.options ?? []).map((o) => choice('radio', name, o.id, o.text)));
      break;
    case 'multiple-choice':
      body.push(...(question.options ?? []).map((o) => choice('checkbox', name, o.id, o.text)));
      break;
    case 'true-false':
      body.push(choice('radio', name, 'true', strings.true), choice('radio', name, 'false', strings.false));
      break;
    case 'matching':
      body.push(...(question.prompts ?? []).map((p) => select(p.text, question.targets ?? [], { 'data-prompt': p.id }, strings.choose)));
      break;
    case 'ordering': {
      const positions = (question.items ?? []).map((_, i) => ({ id: String(i + 1), text: String(i + 1) }));
      body.push(
        ...(question.items ?? []).map((item) =>
          select(`${item.text}`, positions, { 'data-item': item.id, 'aria-description': strings.position }, strings.position),
        ),
      );
      break;
    }
    case 'short-text': {
      const id = nextId('t');
      body.push(h('div', { class: 'pair' }, h('label', { for: id }, strings.answer), h('input', { type: 'text', id, maxlength: '200', autocomplete: 'off' })));
      break;
    }
    case 'scenario':
      body.push(...(question.parts ?? []).map((part, i) => questionView(part, strings, `${number}.${i + 1}`)));
      break;
    case 'decision': {
      const root = h('div', {});
      renderDecision(root, question, strings, {});
      body.push(root);
      break;
    }
    default:
      unhandled(question.type);
  }
  return h(
    'fieldset',
    { class: `question ${question.type}`, 'data-question': question.id, 'data-type': question.type },
    h('legend', {}, h('span', { class: 'number' }, `${number}. `), question.text),
    ...body,
    h('div', { class: 'result', 'aria-live': 'polite' }),
  );
}

const own = (fieldset: HTMLElement, selector: string): HTMLElement[] =>
  [...fieldset.querySelectorAll<HTMLElement>(selector)].filter((el) => el.closest('fieldset') === fieldset);

/** The learner's response to one question as the course model expects it; undefined when unanswered. */
export function readResponse(fieldset: HTMLElement): QuestionResponse | undefined {
  const inputs = own(fieldset, 'input') as HTMLInputElement[];
  switch (fieldset.dataset.type) {
    case 'single-choice':
      return inputs.find((i) => i.checked)?.value;
    case 'multiple-choice': {
      const chosen = inputs.filter((i) => i.checked).map((i) => i.value);
      return chosen.length ? chosen : undefined;
    }
    case 'true-false': {
      const chosen = inputs.find((i) => i.checked);
      return chosen ? chosen.value === 'true' : undefined;
    }
    case 'matching': {
      const pairs = (own(fieldset, 'select') as HTMLSelectElement[]).filter((s) => s.value).map((s) => [s.dataset.prompt as string, s.value]);
      return pairs.length ? Object.fromEntries(pairs) : undefined;
    }
    case 'ordering': {
      const selects = own(fieldset, 'select') as HTMLSelectElement[];
      if (selects.every((s) => !s.value)) return undefined;
      // Items without a position go last, in the order shown.
      return selects
        .map((s, shown) => ({ id: s.dataset.item as string, rank: s.value ? Number(s.value) : selects.length + 1 + shown }))
        .sort((a, b) => a.rank - b.rank)
        .map((entry) => entry.id);
    }
    case 'short-text':
      return inputs[0]?.value.trim() || undefined;
    case 'scenario': {
      const parts = [...fieldset.querySelectorAll<HTMLElement>(':scope > fieldset.question')]
        .map((part) => [part.dataset.question as string, readResponse(part)] as const)
        .filter((entry): entry is readonly [string, QuestionResponse] => entry[1] !== undefined);
      return parts.length ? Object.fromEntries(parts) : undefined;
    }
    case 'decision': {
      const root = fieldset.querySelector<HTMLElement>(':scope > .decision');
      const path = root ? pathOf(root) : {};
      return Object.keys(path).length ? path : undefined;
    }
  }
  return undefined;
}

/** Puts a saved response back into the controls (on resume). A decision needs its question to re-render. */
export function writeResponse(fieldset: HTMLElement, response: QuestionResponse | undefined, question?: LearnerQuestion, strings?: UiStrings): void {
  if (response === undefined) return;
  const inputs = own(fieldset, 'input') as HTMLInputElement[];
  switch (fieldset.dataset.type) {
    case 'single-choice':
    case 'multiple-choice':
    case 'true-false': {
      const values = Array.isArray(response) ? response.map(String) : [String(response)];
      for (const input of inputs) input.checked = values.includes(input.value);
      break;
    }
    case 'matching':
      for (const s of own(fieldset, 'select') as HTMLSelectElement[]) {
        const target = typeof response === 'object' && !Array.isArray(response) ? response[s.dataset.prompt as string] : undefined;
        s.value = typeof target === 'string' ? target : '';
      }
      break;
    case 'ordering':
      if (Array.isArray(response)) {
        for (const s of own(fieldset, 'select') as HTMLSelectElement[]) {
          const index = response.indexOf(s.dataset.item as string);
          s.value = index >= 0 ? String(index + 1) : '';
        }
      }
      break;
    case 'short-text':
      if (inputs[0] && typeof response === 'string') inputs[0].value = response;
      break;
    case 'scenario':
      if (typeof response === 'object' && !Array.isArray(response)) {
        for (const part of fieldset.querySelectorAll<HTMLElement>(':scope > fieldset.question')) {
          const value = response[part.dataset.question as string];
          writeResponse(part, value as QuestionResponse | undefined);
        }
      }
      break;
    case 'decision': {
      const root = fieldset.querySelector<HTMLElement>(':scope > .decision');
      if (root && question && strings && typeof response === 'object' && !Array.isArray(response))
        renderDecision(root, question, strings, response as Record<string, string>);
      break;
    }
  }
}

/** Marks a submitted question right or wrong, with feedback when the course shows it. */
export function showResult(fieldset: HTMLElement, result: QuestionResult, strings: UiStrings, withFeedback: boolean): void {
  const slot = fieldset.querySelector(':scope > .result');
  if (!slot) return;
  fieldset.classList.add(result.correct ? 'is-correct' : 'is-incorrect');
  slot.replaceChildren(
    h('strong', {}, result.correct ? strings.correct : strings.incorrect),
    ...(withFeedback ? [...result.feedback, result.explanation].filter((t): t is string => Boolean(t)).map((t) => h('p', {}, t)) : []),
  );
  for (const control of fieldset.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button')) control.disabled = true;
}
