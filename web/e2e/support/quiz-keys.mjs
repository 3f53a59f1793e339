// The course's answer keys, read from the curriculum beside the repository (never from the API),
// so that a test can fail the quiz and then pass it deterministically.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { fullPointsPath } from '@vt/courses/testing';

const CONTENT = resolve(import.meta.dirname, '../../../courses/content');

export function loadAnswerKeys(courseId, language) {
  const { questions } = parse(readFileSync(resolve(CONTENT, courseId, 'quiz.yaml'), 'utf8'));
  const textFor = (lang) => {
    const file = resolve(CONTENT, courseId, lang, 'quiz.yaml');
    return existsSync(file) ? parse(readFileSync(file, 'utf8')).questions : {};
  };
  const localized = textFor(language);
  const english = textFor('en');
  const keys = new Map();
  const add = (question, text, englishText) => {
    // Labels as the app shows them: the language's, else English, else the id.
    const labels = {};
    for (const section of ['options', 'prompts', 'targets', 'items']) {
      const label = (id) => {
        const of = (t) => (section === 'options' ? t?.options?.[id]?.text : t?.[section]?.[id]);
        return of(text) || of(englishText) || id;
      };
      if (question[section]) labels[section] = Object.fromEntries(question[section].map((id) => [id, label(id)]));
    }
    if (question.type === 'decision') {
      // The choices of the best path, by label, in order.
      const choice = (step, id) => text?.steps?.[step]?.choices?.[id]?.text || englishText?.steps?.[step]?.choices?.[id]?.text || id;
      keys.set(question.id, { type: 'decision', path: Object.entries(fullPointsPath(question)).map(([step, id]) => choice(step, id)) });
    } else if (question.type === 'short-text') keys.set(question.id, { type: question.type, correct: (text?.accepted ?? englishText?.accepted)[0] });
    else if (question.type === 'scenario') {
      keys.set(question.id, { type: 'scenario' });
      for (const part of question.parts) add(part, text?.parts?.[part.id], englishText?.parts?.[part.id]);
    } else keys.set(question.id, { type: question.type, correct: question.correct, labels });
  };
  for (const q of questions) add(q, localized[q.id], english[q.id]);
  return keys;
}

/**
 * A key's answer as the learner of one attempt gives it: an attempt shows its own tokens, never
 * course-file ids (decision 0018), so each id becomes the token of the entry with its label.
 * `view` is the question as the API sent it; `key` is `{ type, correct, labels }`.
 */
export function answerInAttempt(view, key) {
  const token = (section, id) => {
    const label = key.labels?.[section]?.[id] ?? id;
    const found = (view[section] ?? []).filter((entry) => entry.text === label);
    if (found.length !== 1) throw new Error(`${view.id}: ${found.length} ${section} labelled "${label}"`);
    return found[0].id;
  };
  switch (key.type) {
    case 'single-choice':
      return token('options', key.correct);
    case 'multiple-choice':
      return key.correct.map((id) => token('options', id));
    case 'matching':
      return Object.fromEntries(Object.entries(key.correct).map(([prompt, target]) => [token('prompts', prompt), token('targets', target)]));
    case 'ordering':
      return key.correct.map((id) => token('items', id));
    case 'decision': {
      // Step by step through the view, by choice label: the step and choice ids the attempt shows.
      const path = {};
      let step = view.steps?.[0];
      for (const label of key.path) {
        const choice = step?.choices.find((each) => each.text === label);
        if (!choice) throw new Error(`${view.id}: no choice labelled "${label}"`);
        path[step.id] = choice.id;
        step = view.steps.find((each) => each.id === choice.next);
      }
      return path;
    }
    default:
      return key.correct;
  }
}

/** Answers every question in the quiz form correctly, through the page's own controls, by label as a learner would. */
export async function answerCorrectly(page, keys) {
  const ids = await page.$$eval('form fieldset[data-question]', (sets) => sets.map((s) => s.getAttribute('data-question')));
  for (const id of ids) {
    const key = keys.get(id);
    if (!key) throw new Error(`no answer key for ${id}`);
    const scope = page.locator(`fieldset[data-question="${id}"]`);
    const label = (section, item) => key.labels?.[section]?.[item] ?? item;
    switch (key.type) {
      case 'single-choice':
        await scope.getByLabel(label('options', key.correct), { exact: true }).check();
        break;
      case 'true-false':
        await scope.locator(`input[name="${id}"][value="${String(key.correct)}"]`).check();
        break;
      case 'multiple-choice':
        for (const option of key.correct) await scope.getByLabel(label('options', option), { exact: true }).check();
        break;
      case 'matching':
        for (const [prompt, target] of Object.entries(key.correct)) {
          const exactly = new RegExp(`^\\s*${label('prompts', prompt).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
          const select = await scope.locator('label').filter({ hasText: exactly }).getAttribute('for');
          await page.locator(`select[id="${select}"]`).selectOption({ label: label('targets', target) });
        }
        break;
      case 'short-text':
        await page.locator(`input[id="${id}-text"]`).fill(key.correct);
        break;
      case 'ordering':
        for (let position = 0; position < key.correct.length; position++) {
          const item = label('items', key.correct[position]);
          for (;;) {
            const order = await scope.locator('.order li .item').allInnerTexts();
            const index = order.indexOf(item);
            if (index <= position) break;
            await scope.locator('.order li').nth(index).locator('button[id$="-up"]').click();
          }
        }
        break;
      case 'scenario':
        break; // its parts are fieldsets of their own, answered in turn
      case 'decision':
        // One step at a time: choose by label, confirm, then go on.
        for (const choice of key.path) {
          await scope.locator('fieldset.step label.choice').filter({ hasText: choice }).click();
          await scope.locator('button.decide:enabled').click();
          await scope.locator('.step .consequence:not(:empty)').waitFor();
          await scope.locator('button.decide').click();
        }
        await scope.locator('.end').waitFor();
        break;
      default:
        throw new Error(`unknown question type ${key.type}`);
    }
  }
}
