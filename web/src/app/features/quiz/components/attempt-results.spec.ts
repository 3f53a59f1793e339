import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import type { AttemptResult, LearnerQuestion } from '@vt/courses';
import { firstValueFrom } from 'rxjs';
import type { Enrolment, QuizInfo } from '../../../core/models/api.models';
import { provideTestTranslations } from '../../../../testing/translations';
import { AttemptResults } from './attempt-results';

const question: LearnerQuestion = {
  id: 'q1',
  type: 'single-choice',
  text: 'Which place is a soft target?',
  points: 1,
  options: [
    { id: 'k1', text: 'A crowded market' },
    { id: 'k2', text: 'A military base' },
  ],
};
const revealed: AttemptResult = {
  score: 0,
  passed: false,
  passMark: 70,
  results: [{ questionId: 'q1', fraction: 0, points: 1, correct: false, feedback: [], correctResponse: 'k1' }],
};
const withheld: AttemptResult = { ...revealed, results: [] };
const quiz = (keyReveal: QuizInfo['keyReveal'], attempts: QuizInfo['attempts'] = 3): QuizInfo => ({ passMark: 70, attempts, questionCount: 1, keyReveal });
const enrolment = (attemptsUsed: number, quizPassed = false) => ({ id: 'e1', attemptsUsed, attemptsAllowed: 3, quizPassed }) as Enrolment;

async function render(result: AttemptResult, info: QuizInfo, e: Enrolment) {
  TestBed.configureTestingModule({ providers: [provideTestTranslations(), provideRouter([])] });
  await firstValueFrom(TestBed.inject(TranslateService).use('en'));
  const fixture = TestBed.createComponent(AttemptResults);
  fixture.componentRef.setInput('result', result);
  fixture.componentRef.setInput('questions', [question]);
  fixture.componentRef.setInput('quiz', info);
  fixture.componentRef.setInput('enrolment', e);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return { later: element.querySelector('[data-testid=answers-later]')?.textContent?.trim(), rows: element.querySelectorAll('ol.results li') };
}

describe('AttemptResults and the key-reveal policy', () => {
  it('with attempts left, shows the score and says the answers come after the last attempt', async () => {
    const { later, rows } = await render(withheld, quiz('after-last-attempt'), enrolment(1));
    expect(later).toBe('Answers are shown after your last attempt.');
    expect(rows).toHaveLength(0);
  });

  it('says when they come under each policy', async () => {
    expect((await render(withheld, quiz('after-pass'), enrolment(3))).later).toBe('Answers are shown when you have passed.');
    TestBed.resetTestingModule();
    expect((await render(withheld, quiz('after-last-attempt', 'unlimited'), enrolment(9))).later).toBe('Answers are shown when you have passed.');
    TestBed.resetTestingModule();
    expect((await render(withheld, quiz('never'), enrolment(3, true))).later).toBe('Answers are never shown for this quiz.');
  });

  it('after the last attempt, shows each question with its right answer in the attempt’s tokens, and no sentence', async () => {
    const { later, rows } = await render(revealed, quiz('after-last-attempt'), enrolment(3));
    expect(later).toBeUndefined();
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('Correct answer: A crowded market');
  });

  it('shows nothing per question when the policy does not allow it, whatever the result carries', async () => {
    const { later, rows } = await render(revealed, quiz('after-pass'), enrolment(3));
    expect(later).toBe('Answers are shown when you have passed.');
    expect(rows).toHaveLength(0);
  });
});
