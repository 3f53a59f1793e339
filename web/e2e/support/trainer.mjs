// Steps of the trainer workspace suite. Selectors use ids derived from stable question ids,
// data-testid hooks and hrefs, never interface wording.
export const TRAINER = { email: 'trainer@demo.vt-academy.org', password: 'demo-password-1' };

export async function signIn(page, baseUrl, { email, password }) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/**
 * The quiz the suite builds: five questions of four types, with their answer keys, so the trainee
 * can answer some right and some wrong and the item analysis has something to show.
 */
export const QUIZ = [
  { type: 'single-choice', text: 'Which place is a soft target?', options: { a: 'A crowded market', b: 'A military base' }, correct: 'a' },
  {
    type: 'multiple-choice',
    text: 'Which are signs of hostile reconnaissance?',
    options: { a: 'Filming exits', b: 'Buying a ticket', c: 'Pacing distances' },
    correct: ['a', 'c'],
  },
  { type: 'true-false', text: 'Deterrence can reduce the risk of an attack.', correct: true },
  { type: 'short-text', text: 'One word for observing a target before an attack?', accepted: 'reconnaissance' },
  { type: 'single-choice', text: 'Who should you alert first?', options: { a: 'The control room', b: 'Nobody' }, correct: 'a' },
];

/** The builder's controls are named `ed-<question id>-…`, apart from the learner preview's. */
export async function fillQuestion(page, questionId, spec) {
  const id = `ed-${questionId}`;
  await page.locator(`[id="${id}-text"]`).fill(spec.text);
  await page.locator(`[id="${id}-explanation"]`).fill(`Why: ${spec.text}`);
  if (spec.options) {
    for (const [option, text] of Object.entries(spec.options)) {
      await page.locator(`[id="${id}-${option}-text"]`).fill(text);
      await page.locator(`[id="${id}-${option}-feedback"]`).fill(`Feedback on ${text}`);
    }
    const keys = Array.isArray(spec.correct) ? spec.correct : [spec.correct];
    const scope = page.locator(`article[data-question="${questionId}"]`);
    for (const option of Object.keys(spec.options)) {
      const box = scope.locator(`[data-option="${option}"] input[name="${id}-key"]`);
      if (keys.includes(option)) await box.check();
      else if (spec.type === 'multiple-choice') await box.uncheck();
    }
  }
  if (spec.type === 'true-false') {
    await page.locator(`input[name="${id}-tf"][value="${spec.correct}"]`).check();
    await page.locator(`[id="${id}-fb-true"]`).fill('Right: deterrence works.');
    await page.locator(`[id="${id}-fb-false"]`).fill('It does reduce the risk.');
  }
  if (spec.type === 'short-text') {
    await page.locator(`[id="${id}-accepted"]`).fill(spec.accepted);
    await page.locator(`[id="${id}-fb-correct"]`).fill('Yes.');
    await page.locator(`[id="${id}-fb-incorrect"]`).fill('The word is reconnaissance.');
  }
}

/** The API response to one of QUIZ's questions: right when `right`, else a wrong answer of the same type. */
export function responseFor(spec, right) {
  switch (spec.type) {
    case 'single-choice':
      return right ? spec.correct : Object.keys(spec.options).find((o) => o !== spec.correct);
    case 'multiple-choice':
      return right ? spec.correct : ['b'];
    case 'true-false':
      return right ? spec.correct : !spec.correct;
    case 'short-text':
      return right ? spec.accepted : 'patrol';
    default:
      throw new Error(`no response for ${spec.type}`);
  }
}
