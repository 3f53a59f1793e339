import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import type { LearnerQuestion, PracticeDecisionView, QuestionResponse } from '@vt/courses';
import { firstValueFrom } from 'rxjs';
import { provideTestTranslations } from '../../../../testing/translations';
import { DecisionField } from './decision-field';

const quiz: LearnerQuestion = {
  id: 'q-d',
  type: 'decision',
  text: 'A bag under a bench',
  points: 2,
  steps: [
    {
      id: 'found',
      text: 'What first?',
      choices: [
        { id: 'cordon', text: 'Move people back', consequence: 'The crowd steps back.', next: 'caller' },
        { id: 'lift', text: 'Pick it up', consequence: 'It is heavier than it looks.' },
      ],
    },
    {
      id: 'caller',
      text: 'The phone rings.',
      choices: [
        { id: 'keep-talking', text: 'Keep them talking', consequence: 'You note every word.' },
        { id: 'hang-up', text: 'Hang up', consequence: 'The line goes dead.' },
      ],
    },
  ],
};

async function render(question: LearnerQuestion | PracticeDecisionView, response?: QuestionResponse) {
  TestBed.configureTestingModule({ providers: [provideTestTranslations()] });
  await firstValueFrom(TestBed.inject(TranslateService).use('en'));
  const fixture = TestBed.createComponent(DecisionField);
  fixture.componentRef.setInput('question', question);
  if (response !== undefined) fixture.componentRef.setInput('response', response);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const radios = () => [...element.querySelectorAll<HTMLInputElement>('.step input[type=radio]')];
  const button = () => element.querySelector<HTMLButtonElement>('.step button.decide')!;
  return { fixture, element, stable, radios, button, current: () => fixture.componentInstance.response() };
}

describe('DecisionField', () => {
  it('shows one step at a time: choose, confirm, read the consequence, go on; the path is the response', async () => {
    const { element, stable, radios, button, current } = await render(quiz);
    expect(element.querySelector('.step legend')?.textContent).toContain('What first?');
    expect(button().disabled).toBe(true);
    radios()[0].click();
    await stable();
    expect(current()).toBeUndefined();
    button().click();
    await stable();
    expect(current()).toEqual({ found: 'cordon' });
    const live = element.querySelector('.step .consequence')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('The crowd steps back.');
    expect(radios().every((r) => r.disabled)).toBe(true);
    expect(button().textContent).toContain('Next decision');
    button().click();
    await stable();
    expect(element.querySelector('.step legend')?.textContent).toContain('The phone rings.');
    expect(element.querySelector('.taken')?.textContent).toContain('The crowd steps back.');
    radios()[1].click();
    await stable();
    button().click();
    await stable();
    expect(current()).toEqual({ found: 'cordon', caller: 'hang-up' });
    expect(button().textContent).toContain('Continue');
    button().click();
    await stable();
    expect(element.querySelector('.step')).toBeNull();
    expect(element.querySelector('.end')?.textContent).toContain('You have reached the end');
  });

  it('restores a saved path: the steps taken listed, the next step to decide', async () => {
    const { element } = await render(quiz, { found: 'cordon' });
    expect(element.querySelector('.taken')?.textContent).toContain('Move people back');
    expect(element.querySelector('.step legend')?.textContent).toContain('The phone rings.');
  });

  it('in a lesson, shows the end’s text and the explanation at once, and can start again', async () => {
    const practice: PracticeDecisionView = {
      ...quiz,
      steps: quiz.steps!.map((step) => ({ ...step, choices: step.choices.map((c) => ({ ...c, next: c.next ?? (c.id === 'lift' ? 'hurt' : 'safe') })) })),
      ends: [
        { id: 'safe', text: 'Contained.' },
        { id: 'hurt', text: 'Someone is hurt.' },
      ],
      explanation: 'Cordon first.',
    };
    const { element, stable, radios, button, current } = await render(practice);
    expect(element.querySelector('.situation')?.textContent).toContain('A bag under a bench');
    radios()[1].click();
    await stable();
    button().click();
    await stable();
    button().click();
    await stable();
    expect(element.querySelector('.end')?.textContent).toContain('Someone is hurt.');
    expect(element.querySelector('.end')?.textContent).toContain('Cordon first.');
    element.querySelector<HTMLButtonElement>('.end button.again')!.click();
    await stable();
    expect(current()).toBeUndefined();
    expect(element.querySelector('.step legend')?.textContent).toContain('What first?');
  });
});
