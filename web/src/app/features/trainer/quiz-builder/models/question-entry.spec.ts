import { addItem, addOption, addPair, addPart, blankQuestion, moveItem, nextId, removeOption, setCorrectOption } from './question-entry';

describe('question entries (builder edits in the course model’s shape)', () => {
  it('gives new options the first free id, never reusing one still in use', () => {
    expect(nextId(['a', 'b'])).toBe('c');
    expect(nextId(['a', 'c'])).toBe('b');
    expect(nextId(['m1', 'm2'], 'm')).toBe('m3');
    const entry = addOption(blankQuestion('single-choice', 'q-1'));
    expect(entry.question).toMatchObject({ options: ['a', 'b', 'c'] });
    expect(entry.text.options?.['c']).toEqual({ text: '', feedback: '' });
  });

  it('keeps the key valid when the keyed option is removed, and never goes below two options', () => {
    const single = setCorrectOption(addOption(blankQuestion('single-choice', 'q-1')), 'b', true);
    const removed = removeOption(single, 'b');
    expect(removed.question).toMatchObject({ options: ['a', 'c'], correct: 'a' });
    expect(removed.text.options?.['b']).toBeUndefined();
    expect(removeOption(removed, 'c')).toBe(removed);
    const multiple = setCorrectOption(blankQuestion('multiple-choice', 'q-2'), 'c', true);
    expect(multiple.question).toMatchObject({ correct: ['a', 'c'] });
    expect(removeOption(multiple, 'a').question).toMatchObject({ correct: ['c'] });
  });

  it('adds matching pairs with their own key and reorders ordering keys without touching item ids', () => {
    const pairs = addPair(blankQuestion('matching', 'q-3'));
    expect(pairs.question).toMatchObject({ prompts: ['m1', 'm2', 'm3'], targets: ['t1', 't2', 't3'], correct: { m3: 't3' } });
    const ordering = moveItem(addItem(blankQuestion('ordering', 'q-4')), 3, -1);
    expect(ordering.question).toMatchObject({ items: ['s1', 's2', 's3', 's4'], correct: ['s1', 's2', 's4', 's3'] });
    expect(moveItem(ordering, 0, -1)).toBe(ordering);
  });

  it('adds scenario parts with ids derived from the scenario id and their text beside them', () => {
    const scenario = addPart(blankQuestion('scenario', 'q-5'), 'true-false');
    expect(scenario.question).toMatchObject({ parts: [{ id: 'q-5-a' }, { id: 'q-5-b', type: 'true-false' }] });
    expect(scenario.text.parts?.['q-5-b']).toMatchObject({ feedback: { true: '', false: '' } });
  });
});
