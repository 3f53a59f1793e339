import type { LearnerQuestion, Question, QuestionResponse, QuestionResult } from '../model/types.js';
import { isRecord } from '../question-types/helpers.js';
import { toLearnerQuestion } from './learner-question.js';

/**
 * Per-attempt tokens (decision 0018). Course-file ids are chosen by authors and often give the key
 * away — ordering items `s1…s4` sort into the right order, matching prompt `m2` goes with target
 * `t2` — so a learner never receives them: each id an attempt shows (options, prompts, targets,
 * items, a decision's steps and choices) is replaced by a token that the attempt alone maps back.
 * Question and part ids stay as they are: they are the API's and SCORM's question ids and say
 * nothing of the answer. Files, reports and packages keep the course-file ids.
 *
 * The model only says which ids are tokens and how responses and results carry them; making the
 * tokens is the caller's `TokenOf` (the API: a keyed hash of the attempt's secret seed, the
 * question and the id, so tokens look random, order nothing and differ from attempt to attempt).
 */

/** The token one attempt shows for the id `id` of the question or part `scope` (`<question id>/<part id>`). */
export type TokenOf = (scope: string, id: string) => string;

type Labelled = { id: string; text: string }[] | undefined;
/** A decision's steps as a view carries them: choices lead to another step by its id (`next`). */
type Steps = { id: string; choices: { id: string; next?: string }[] }[];
type WithSteps = LearnerQuestion & { steps?: Steps };

const partScope = (scope: string, partId: string): string => `${scope}/${partId}`;

/** Where an attempt's tokens lead: `<scope>\n<token>` → course-file id, filled by `tokeniseView`. */
export type TokenIndex = ReadonlyMap<string, string>;

/**
 * The learner view of one question with each id it shows replaced by its token; `index`, when
 * given, learns where each token leads (to map a response back without making tokens again).
 */
export function tokeniseView(view: LearnerQuestion, tokenOf: TokenOf, index?: Map<string, string>): LearnerQuestion {
  return tokenised(view, tokenOf, index, view.id);
}

function tokenised(view: LearnerQuestion, tokenOf: TokenOf, index: Map<string, string> | undefined, scope: string): LearnerQuestion {
  if (view.parts) return { ...view, parts: view.parts.map((part) => tokenised(part, tokenOf, index, partScope(scope, part.id))) };
  const token = (id: string): string => {
    const made = tokenOf(scope, id);
    index?.set(`${scope}\n${made}`, id);
    return made;
  };
  const list = (entries: Labelled) => entries?.map((entry) => ({ ...entry, id: token(entry.id) }));
  const { steps } = view as WithSteps;
  return {
    ...view,
    ...(view.options ? { options: list(view.options) } : {}),
    ...(view.prompts ? { prompts: list(view.prompts) } : {}),
    ...(view.targets ? { targets: list(view.targets) } : {}),
    ...(view.items ? { items: list(view.items) } : {}),
    ...(steps
      ? {
          steps: steps.map((step) => ({
            ...step,
            id: token(step.id),
            choices: step.choices.map((choice) => ({ ...choice, id: token(choice.id), ...(choice.next === undefined ? {} : { next: token(choice.next) }) })),
          })),
        }
      : {}),
  };
}

/** Where the tokens of one question lead, made from the question alone (when the attempt's views are not at hand). */
export function questionTokens(question: Question, tokenOf: TokenOf): TokenIndex {
  const index = new Map<string, string>();
  tokeniseView(toLearnerQuestion(question, undefined, undefined, { shuffleOptions: false, random: () => 0 }), tokenOf, index);
  return index;
}

/**
 * A response's ids passed through `map`: a short text is text and a true-false answer a boolean;
 * a scenario maps each part's response in the part's scope (answers to ids that are not its parts
 * are dropped, as scoring ignores them); any other string, list entry, key or value is an id. An
 * empty string (a choice left blank) stays blank. Undefined when `map` knows an id not.
 */
function mapResponse(
  question: Question,
  response: QuestionResponse,
  map: (scope: string, id: string) => string | undefined,
  scope: string,
): QuestionResponse | undefined {
  if (question.type === 'short-text' || typeof response === 'boolean') return response;
  if (question.type === 'scenario') {
    if (!isRecord(response)) return undefined;
    const mapped: Record<string, QuestionResponse> = {};
    for (const part of question.parts) {
      if (!Object.hasOwn(response, part.id)) continue;
      const answer = mapResponse(part, response[part.id], map, partScope(scope, part.id));
      if (answer === undefined) return undefined;
      mapped[part.id] = answer;
    }
    return mapped;
  }
  const value = (id: string): string | undefined => (id === '' ? '' : map(scope, id));
  if (typeof response === 'string') return value(response);
  if (Array.isArray(response)) {
    const ids = response.map(value);
    return ids.every((id): id is string => id !== undefined) ? ids : undefined;
  }
  const mapped: Record<string, string> = {};
  for (const [key, target] of Object.entries(response)) {
    const id = map(scope, key);
    const to = typeof target === 'string' ? value(target) : undefined;
    if (id === undefined || to === undefined) return undefined;
    mapped[id] = to;
  }
  return mapped;
}

/**
 * A learner's response to one question, from the attempt's tokens back to course-file ids; undefined
 * when it names anything that is not one of this attempt's tokens for the question (a course-file
 * id, another attempt's token, a made-up one). `index`: the attempt's, filled by `tokeniseView`, or
 * the question's (`questionTokens`). Never throws on untrusted input.
 */
export function fromTokens(question: Question, response: QuestionResponse, index: TokenIndex): QuestionResponse | undefined {
  return mapResponse(question, response, (scope, token) => index.get(`${scope}\n${token}`), question.id);
}

/** A response in course-file ids (a right answer) as the attempt shows it: in its tokens. */
export function toTokens(question: Question, response: QuestionResponse, tokenOf: TokenOf, scope = question.id): QuestionResponse {
  return mapResponse(question, response, tokenOf, scope) ?? response;
}

/** A question's result as the attempt shows it: its right answer, and its parts', in the attempt's tokens. */
export function tokeniseResult(question: Question, result: QuestionResult, tokenOf: TokenOf, scope = question.id): QuestionResult {
  const parts = question.type === 'scenario' ? question.parts : [];
  return {
    ...result,
    correctResponse: toTokens(question, result.correctResponse, tokenOf, scope),
    ...(result.parts
      ? {
          parts: result.parts.map((partResult) => {
            const part = parts.find((each) => each.id === partResult.questionId);
            return part ? tokeniseResult(part, partResult, tokenOf, partScope(scope, part.id)) : partResult;
          }),
        }
      : {}),
  };
}
