/**
 * A decision scenario in the SCO, as the web app shows it (web/…/decision-field.ts): one step at a
 * time, a native radio group and a button that first confirms the choice — its consequence then
 * appears in a polite live region while focus stays on the button — and then leads on to the next
 * step (focus moves to its first choice). Steps taken stay listed above. The path (step id →
 * choice id) is kept in `data-path` on the element and announced with a bubbling `change` event,
 * which the quiz page listens for. A lesson's practice view (with the ends' text) shows the end and
 * the explanation at once, with Try again; a quiz's waits for the submit.
 */
import { walkView, type LearnerQuestion, type LearnerStep, type PracticeDecisionView, type QuestionResponse } from '@vt/courses';
import type { UiStrings } from '../content/ui-strings.js';
import { h } from './dom.js';

type Path = Record<string, string>;

let uid = 0;

/** The path kept on a decision's element. */
export function pathOf(element: HTMLElement): Path {
  try {
    const value: unknown = JSON.parse(element.dataset.path ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Path) : {};
  } catch {
    return {};
  }
}

/**
 * Renders `question` into `root` (emptied) from `path`: the steps taken, then the next step to
 * decide or the end. `focus` puts focus on the new step's first choice (or the end).
 */
export function renderDecision(
  root: HTMLElement,
  question: LearnerQuestion | PracticeDecisionView,
  strings: UiStrings,
  path: Path = pathOf(root),
  focus = false,
): void {
  const t = strings.decision;
  const practice = 'ends' in question;
  root.dataset.path = JSON.stringify(path);
  root.classList.add('decision');
  const walk = walkView(question, path as QuestionResponse);
  const last = walk.path.at(-1);
  const history = walk.path;
  const steps = question.steps ?? [];
  const current: LearnerStep | undefined = walk.ended ? undefined : last ? steps.find((s) => s.id === last.choice.next) : steps[0];
  const restart = () => {
    renderDecision(root, question, strings, {}, true);
    root.dispatchEvent(new Event('change', { bubbles: true }));
  };

  const parts: HTMLElement[] = [];
  if (practice) parts.push(h('p', { class: 'practice-label' }, t.practice), h('p', { class: 'situation' }, question.text));
  if (history.length)
    parts.push(
      h(
        'ol',
        { class: 'taken' },
        ...history.map(({ step, choice }) =>
          h(
            'li',
            { 'data-step': step.id },
            h('span', { class: 'prompt' }, step.text),
            h('span', { class: 'chosen' }, `${t.youChose} ${choice.text}`),
            h('span', { class: 'consequence' }, choice.consequence),
          ),
        ),
      ),
    );
  if (current) {
    const name = `d-${++uid}`;
    let pending: string | undefined;
    const button = h('button', { type: 'button', class: 'decide', disabled: true }, t.confirm);
    const choices = current.choices.map((choice, index) => {
      const id = `${name}-${index}`;
      const input = h('input', {
        type: 'radio',
        id,
        name,
        value: choice.id,
        'data-first': index === 0 ? '' : undefined,
      });
      input.addEventListener('change', (event) => {
        // The path changes only on confirm: the quiz page must not save a mere selection.
        event.stopPropagation();
        pending = choice.id;
        button.disabled = false;
      });
      return h('div', { class: 'choice' }, input, h('label', { for: id }, choice.text));
    });
    const ends = (id: string | undefined) => id === undefined || (practice && question.ends.some((e) => e.id === id));
    const live = h('p', { class: 'consequence', 'aria-live': 'polite' }, '');
    let confirmed = false;
    button.addEventListener('click', () => {
      if (confirmed) return renderDecision(root, question, strings, pathOf(root), true);
      const chosen = current.choices.find((choice) => choice.id === pending);
      if (!chosen) return;
      // In place, so that the live region already in the page announces the consequence and focus stays on this button.
      confirmed = true;
      root.dataset.path = JSON.stringify({ ...path, [current.id]: chosen.id });
      for (const input of root.querySelectorAll<HTMLInputElement>('.step input')) input.disabled = true;
      live.textContent = chosen.consequence;
      button.textContent = ends(chosen.next) ? t.finish : t.next;
      root.dispatchEvent(new Event('change', { bubbles: true }));
    });
    parts.push(h('fieldset', { class: 'step', 'data-step': current.id }, h('legend', {}, current.text), ...choices, live, button));
  } else if (walk.ended) {
    const end = h('div', { class: 'end', tabindex: '-1' });
    if (practice) {
      const text = question.ends.find((e) => e.id === walk.end)?.text ?? '';
      const again = h('button', { type: 'button', class: 'again' }, t.again);
      again.addEventListener('click', restart);
      end.append(h('p', { class: 'outcome' }, h('strong', {}, t.outcome), ` ${text}`), question.explanation ? h('p', {}, question.explanation) : '', again);
    } else end.append(h('p', {}, t.reached));
    parts.push(end);
  }
  if (!practice && !walk.ended) parts.push(h('p', { class: 'hint' }, t.final));
  root.replaceChildren(...parts);
  if (focus) (root.querySelector<HTMLElement>('.step input[data-first]') ?? root.querySelector<HTMLElement>('.end'))?.focus();
}
