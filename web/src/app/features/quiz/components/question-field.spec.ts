import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import type { LearnerQuestion, QuestionResponse } from '@vt/courses';
import { firstValueFrom } from 'rxjs';
import { provideTestTranslations } from '../../../../testing/translations';
import { QuestionField } from './question-field';

async function render(question: LearnerQuestion, response?: QuestionResponse) {
  TestBed.configureTestingModule({ providers: [provideTestTranslations()] });
  await firstValueFrom(TestBed.inject(TranslateService).use('en'));
  const fixture = TestBed.createComponent(QuestionField);
  fixture.componentRef.setInput('question', question);
  if (response !== undefined) fixture.componentRef.setInput('response', response);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return { fixture, element, current: () => fixture.componentInstance.response() };
}

describe('QuestionField', () => {
  it('labels a choice question with a fieldset legend and answers with native radios', async () => {
    const { element, current } = await render({
      id: 'q1',
      type: 'single-choice',
      text: 'Which?',
      points: 1,
      options: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
      ],
    });
    expect(element.querySelector('fieldset legend')?.textContent).toContain('Which?');
    const radios = element.querySelectorAll<HTMLInputElement>('input[type=radio]');
    expect(radios).toHaveLength(2);
    radios[1].click();
    expect(current()).toBe('b');
  });

  it('collects checkboxes into a list of option ids', async () => {
    const { element, current } = await render({
      id: 'q2',
      type: 'multiple-choice',
      text: 'Which ones?',
      points: 1,
      options: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
        { id: 'c', text: 'C' },
      ],
    });
    const boxes = element.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    boxes[0].click();
    boxes[2].click();
    boxes[0].click();
    expect(current()).toEqual(['c']);
  });

  it('matches with one labelled select per prompt', async () => {
    const { element, current } = await render({
      id: 'q3',
      type: 'matching',
      text: 'Match',
      points: 1,
      prompts: [{ id: 'm1', text: 'Deter' }],
      targets: [
        { id: 't1', text: 'Discourage' },
        { id: 't2', text: 'Notice' },
      ],
    });
    const select = element.querySelector<HTMLSelectElement>('select#q3-m1');
    expect(element.querySelector('label[for=q3-m1]')?.textContent).toContain('Deter');
    select!.value = 't2';
    select!.dispatchEvent(new Event('change'));
    expect(current()).toEqual({ m1: 't2' });
  });

  it('reorders with up and down buttons named after their item, and announces the new position', async () => {
    const { fixture, element, current } = await render(
      {
        id: 'q4',
        type: 'ordering',
        text: 'Order',
        points: 1,
        items: [
          { id: 's1', text: 'First' },
          { id: 's2', text: 'Second' },
        ],
      },
      ['s1', 's2'],
    );
    const up = element.querySelector<HTMLButtonElement>('#q4-s2-up');
    // The accessible name starts with the visible label (WCAG 2.5.3) and names the item moved.
    expect(up?.textContent?.replace(/\s+/g, ' ').trim()).toBe('↑ Up: Second');
    up!.click();
    await fixture.whenStable();
    expect(current()).toEqual(['s2', 's1']);
    expect(element.querySelector('[aria-live=polite]')?.textContent).toContain('“Second” is now at position 1.');
    expect([...element.querySelectorAll('.order .item')].map((li) => li.textContent)).toEqual(['Second', 'First']);
  });

  it('nests scenario parts and answers them under the scenario', async () => {
    const { element, current } = await render({
      id: 'q5',
      type: 'scenario',
      text: 'Stem',
      points: 2,
      parts: [
        { id: 'q5-a', type: 'true-false', text: 'Part', points: 1 },
        { id: 'q5-b', type: 'short-text', text: 'Name it', points: 1 },
      ],
    });
    expect(element.querySelectorAll('fieldset fieldset')).toHaveLength(2);
    element.querySelectorAll<HTMLInputElement>('input[name=q5-a]')[1].click();
    const text = element.querySelector<HTMLInputElement>('#q5-b-text')!;
    text.value = 'reconnaissance';
    text.dispatchEvent(new Event('input'));
    expect(current()).toEqual({ 'q5-a': false, 'q5-b': 'reconnaissance' });
  });
});
