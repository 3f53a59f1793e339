/** What a learner does in the SCO, driven through its real controls. */
import type { Course, Language, Question } from '@vt/courses';
import { fullPointsPath } from '@vt/courses/testing';
import type { Frame } from 'playwright-core';

/** Answers every question on the quiz page (but those in `except`) correctly, as a learner would, from the answer keys. */
export async function answerCorrectly(frame: Frame, course: Course, lang: Language, except: string[] = []): Promise<void> {
  const byId = new Map<string, Question>();
  for (const q of course.questions) {
    byId.set(q.id, q);
    if (q.type === 'scenario') for (const part of q.parts) byId.set(part.id, part);
  }
  const ids = await frame.$$eval('fieldset.question', (sets) => sets.map((s) => (s as HTMLElement).dataset.question as string));
  for (const id of ids.filter((each) => !except.includes(each))) {
    const q = byId.get(id) as Question;
    const set = `fieldset[data-question="${id}"]`;
    switch (q.type) {
      case 'single-choice':
        await frame.check(`${set} > .choice input[value="${q.correct}"]`);
        break;
      case 'multiple-choice':
        for (const option of q.correct) await frame.check(`${set} > .choice input[value="${option}"]`);
        break;
      case 'true-false':
        await frame.check(`${set} > .choice input[value="${q.correct}"]`);
        break;
      case 'matching':
        for (const [prompt, target] of Object.entries(q.correct)) await frame.selectOption(`${set} select[data-prompt="${prompt}"]`, target);
        break;
      case 'ordering':
        for (const [index, item] of q.correct.entries()) await frame.selectOption(`${set} select[data-item="${item}"]`, String(index + 1));
        break;
      case 'short-text': {
        const text = course.texts[lang]?.questions;
        const parent = course.questions.find((each) => each.type === 'scenario' && each.parts.some((p) => p.id === id));
        const accepted = parent ? text?.[parent.id]?.parts?.[id]?.accepted : text?.[id]?.accepted;
        await frame.fill(`${set} input[type="text"]`, accepted?.[0] ?? '');
        break;
      }
      case 'decision':
        await walkDecision(frame, set, fullPointsPath(q) ?? {});
        break;
    }
  }
}

/** Takes `path` through a decision step by step: choose, confirm, read the consequence, go on. */
export async function walkDecision(frame: Frame, set: string, path: Record<string, string>): Promise<void> {
  for (let taken = 0; taken < Object.keys(path).length; taken++) {
    const step = await frame.$eval(`${set} .decision fieldset.step`, (el) => (el as HTMLElement).dataset.step as string);
    await frame.check(`${set} .decision fieldset.step input[value="${path[step]}"]`);
    await frame.click(`${set} .decision button.decide`);
    await frame.click(`${set} .decision button.decide`);
  }
}
