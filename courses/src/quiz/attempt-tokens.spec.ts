import fc from 'fast-check';
import { createHmac } from 'node:crypto';
import type { LearnerQuestion, QuestionResponse } from '../model/types.js';
import { scoreQuestion } from '../scoring/score-question.js';
import { rightResponse, sampleQuestions } from '../../test/builders.js';
import { fromTokens, questionTokens, tokeniseResult, tokeniseView, toTokens, type TokenOf } from './attempt-tokens.js';
import { toLearnerQuestion } from './learner-question.js';
import { seededRandom } from './seeded-random.js';

const { questions, text } = sampleQuestions();
/** A keyed hash, as the API makes its tokens (test data: the model takes any TokenOf). */
const tokensOf =
  (secret: string): TokenOf =>
  (scope, id) =>
    `k${createHmac('sha256', secret).update(`${scope}\n${id}`).digest('hex').slice(0, 15)}`;
const view = (id: string, tokenOf: TokenOf): LearnerQuestion =>
  tokeniseView(
    toLearnerQuestion(
      questions.find((q) => q.id === id)!,
      text[id],
      undefined,
      { shuffleOptions: true, random: seededRandom(id) },
    ),
    tokenOf,
  );
const shownIds = (q: LearnerQuestion): string[] => [
  ...[...(q.options ?? []), ...(q.prompts ?? []), ...(q.targets ?? []), ...(q.items ?? [])].map((entry) => entry.id),
  ...(q.parts ?? []).flatMap(shownIds),
];

describe('per-attempt tokens', () => {
  it('a view shows tokens only: no course-file id of an option, prompt, target or item; question and part ids stay', () => {
    const tokenOf = tokensOf('attempt-1');
    for (const question of questions) {
      const shown = view(question.id, tokenOf);
      expect(shown.id).toBe(question.id);
      for (const id of shownIds(shown)) expect(id).toMatch(/^k[0-9a-f]{15}$/);
      expect(shown.parts?.map((part) => part.id)).toEqual(question.type === 'scenario' ? question.parts.map((part) => part.id) : undefined);
    }
  });

  it('two attempts show different tokens for the same ids; labels stay', () => {
    const [one, two] = [view('q-match', tokensOf('attempt-1')), view('q-match', tokensOf('attempt-2'))];
    expect(shownIds(one).filter((id) => shownIds(two).includes(id))).toEqual([]);
    expect(one.prompts?.map((p) => p.text)).toEqual(two.prompts?.map((p) => p.text));
  });

  it('a right answer given in the attempt’s tokens maps back and scores full marks; the same answer in course-file ids is refused', () => {
    const tokenOf = tokensOf('attempt-1');
    for (const question of questions) {
      const right = rightResponse(question, text[question.id]);
      const inTokens = toTokens(question, right, tokenOf);
      const back = fromTokens(question, inTokens, questionTokens(question, tokenOf));
      expect(back).toEqual(right);
      expect(scoreQuestion(question, back, text[question.id]).fraction).toBe(1);
      // Only a question whose answer names ids can be answered with the wrong ones.
      if (JSON.stringify(inTokens) !== JSON.stringify(right)) expect(fromTokens(question, right, questionTokens(question, tokenOf))).toBeUndefined();
    }
  });

  it('another attempt’s tokens and made-up ones are refused; blanks stay blank', () => {
    const question = questions.find((q) => q.id === 'q-single')!;
    const [mine, theirs] = [tokensOf('attempt-1'), tokensOf('attempt-2')];
    expect(fromTokens(question, toTokens(question, 'b', theirs), questionTokens(question, mine))).toBeUndefined();
    expect(fromTokens(question, 'k000000000000000', questionTokens(question, mine))).toBeUndefined();
    expect(fromTokens(question, '', questionTokens(question, mine))).toBe('');
    const matching = questions.find((q) => q.id === 'q-match')!;
    expect(fromTokens(matching, { constructor: toTokens(matching, 't1', mine) as string }, questionTokens(matching, mine))).toBeUndefined();
    expect(
      fromTokens(matching, { [toTokens(matching, ['m1'], mine) as unknown as string]: ['t1'] } as unknown as QuestionResponse, questionTokens(matching, mine)),
    ).toBeUndefined();
  });

  it('maps any response built from the shown tokens back to the same response in course-file ids (property)', () => {
    const ordering = questions.find((q) => q.id === 'q-order')!;
    fc.assert(
      fc.property(fc.string(), fc.shuffledSubarray(['s1', 's2', 's3']), (secret, order) => {
        const tokenOf = tokensOf(secret);
        expect(fromTokens(ordering, toTokens(ordering, order, tokenOf), questionTokens(ordering, tokenOf))).toEqual(order);
      }),
    );
  });

  it('the index a view fills while it is tokenised is the one the question alone gives', () => {
    const tokenOf = tokensOf('attempt-1');
    for (const question of questions) {
      const index = new Map<string, string>();
      tokeniseView(toLearnerQuestion(question, text[question.id], undefined, { shuffleOptions: true, random: seededRandom('x') }), tokenOf, index);
      expect(new Map([...index].sort())).toEqual(new Map([...questionTokens(question, tokenOf)].sort()));
    }
  });

  it('a revealed result names the right answer in the attempt’s tokens, parts included', () => {
    const tokenOf = tokensOf('attempt-1');
    const scenario = questions.find((q) => q.id === 'q-scen')!;
    const result = tokeniseResult(scenario, scoreQuestion(scenario, undefined, text['q-scen']), tokenOf);
    const shown = view('q-scen', tokenOf);
    expect(shown.parts?.[0].options?.map((o) => o.id)).toContain(result.parts?.[0].correctResponse);
    expect(result.correctResponse).toEqual({ 'q-scen-a': result.parts?.[0].correctResponse, 'q-scen-b': true });
  });
});
