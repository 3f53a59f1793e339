// The course's answer keys, read from the curriculum beside the repository (never from the API),
// so that a test can fail the quiz and then pass it deterministically.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

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
    if (question.type === 'short-text') keys.set(question.id, { type: question.type, correct: (text?.accepted ?? englishText?.accepted)[0] });
    else if (question.type === 'scenario') {
      keys.set(question.id, { type: 'scenario' });
      for (const part of question.parts) add(part, text?.parts?.[part.id], englishText?.parts?.[part.id]);
    } else keys.set(question.id, { type: question.type, correct: question.correct });
  };
  for (const q of questions) add(q, localized[q.id], english[q.id]);
  return keys;
}

/** Answers every question in the quiz form correctly, through the page's own controls. */
export async function answerCorrectly(page, keys) {
  const ids = await page.$$eval('form fieldset[data-question]', (sets) => sets.map((s) => s.getAttribute('data-question')));
  for (const id of ids) {
    const key = keys.get(id);
    if (!key) throw new Error(`no answer key for ${id}`);
    const scope = page.locator(`fieldset[data-question="${id}"]`);
    switch (key.type) {
      case 'single-choice':
        await scope.locator(`input[name="${id}"][value="${key.correct}"]`).check();
        break;
      case 'true-false':
        await scope.locator(`input[name="${id}"][value="${String(key.correct)}"]`).check();
        break;
      case 'multiple-choice':
        for (const option of key.correct) await scope.locator(`input[name="${id}"][value="${option}"]`).check();
        break;
      case 'matching':
        for (const [prompt, target] of Object.entries(key.correct)) await page.locator(`select[id="${id}-${prompt}"]`).selectOption(target);
        break;
      case 'short-text':
        await page.locator(`input[id="${id}-text"]`).fill(key.correct);
        break;
      case 'ordering':
        for (let position = 0; position < key.correct.length; position++) {
          const item = key.correct[position];
          for (;;) {
            const order = await scope.locator('.order li button[id$="-up"]').evaluateAll((buttons) => buttons.map((b) => b.id));
            const index = order.indexOf(`${id}-${item}-up`);
            if (index <= position) break;
            await page.locator(`button[id="${id}-${item}-up"]`).click();
          }
        }
        break;
      case 'scenario':
        break; // its parts are fieldsets of their own, answered in turn
      default:
        throw new Error(`unknown question type ${key.type}`);
    }
  }
}
