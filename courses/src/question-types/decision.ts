import { Type, type Static } from '@sinclair/typebox';
import type { LearnerQuestion, LearnerStep, PracticeDecisionView, QuestionResponse, QuestionText } from '../model/types.js';
import { Id } from '../schema/primitives.js';
import { questionSchema } from '../schema/question-base.js';
import { checkIds, isRecord, own } from './helpers.js';
import type { Path, Present, QuestionTypeDefinition, Report, TextPair } from './question-type.js';

/**
 * A decision scenario: a situation, then steps, each a prompt with 2–4 choices; a choice has a
 * consequence (text) and leads to another step or to an end; an end carries points (0–1) and/or a
 * pass flag. The learner sees each consequence as they choose; the path taken (step id → choice
 * id) is the response and the end it reaches is the score. The graph is settings (quiz.yaml); the
 * situation, prompts, choice labels, consequences and end texts are text (<lang>/quiz.yaml).
 * `practice: true` makes it a lesson's ungraded practice block, never drawn into an attempt.
 */

const ChoiceSchema = Type.Object(
  { id: Id, next: Type.String({ ...Id, description: 'The step or end this choice leads to.' }) },
  { additionalProperties: false },
);
const StepSchema = Type.Object(
  { id: Id, choices: Type.Array(ChoiceSchema, { minItems: 2, maxItems: 4, description: '2–4 choices.' }) },
  { additionalProperties: false },
);
const EndSchema = Type.Object(
  {
    id: Id,
    points: Type.Optional(
      Type.Number({ minimum: 0, maximum: 1, description: "Share of the question's points earned here, 0–1; default 1 with pass: true, else 0." }),
    ),
    pass: Type.Optional(Type.Boolean({ description: 'Whether reaching this end counts as answering right; default: points = 1.' })),
  },
  { additionalProperties: false },
);

/** At most 12 steps: a path stays short enough for a phone, and for SCORM 1.2's 255 characters. */
export const DECISION_LIMITS = { steps: 12, ends: 12 } as const;

export const DecisionQuestionSchema = questionSchema('decision', {
  practice: Type.Optional(
    Type.Boolean({ description: "A lesson's ungraded practice block (```decision <id>``` in a lesson); never drawn into a quiz attempt." }),
  ),
  steps: Type.Array(StepSchema, { minItems: 1, maxItems: DECISION_LIMITS.steps, description: 'The steps; the scenario starts at the first.' }),
  ends: Type.Array(EndSchema, { minItems: 1, maxItems: DECISION_LIMITS.ends, description: 'Where a path can end, with what it earns.' }),
});
export type DecisionQuestion = Static<typeof DecisionQuestionSchema>;
export type DecisionEnd = DecisionQuestion['ends'][number];

/** A lesson's practice block, not a quiz question. */
export function isPractice(question: { type: string; practice?: unknown }): boolean {
  return question.type === 'decision' && question.practice === true;
}

/** Share of the points an end earns: its points, else 1 for a pass and 0 otherwise. */
export const endPoints = (end: DecisionEnd): number => end.points ?? (end.pass === true ? 1 : 0);
/** Whether an end counts as answering right: its pass flag, else full points. */
export const endPasses = (end: DecisionEnd): boolean => end.pass ?? endPoints(end) === 1;

export interface DecisionWalk {
  /** The choices made, in order, as far as they follow the graph. */
  path: { step: string; choice: string }[];
  /** The end reached, if the path reaches one. */
  end?: DecisionEnd;
}

/**
 * Follows a response (step id → choice id, untrusted) from the first step: each step's choice must
 * be one of its own, and a step is never visited twice, so this ends whatever the graph or input.
 */
export function walkDecision(question: DecisionQuestion, response: QuestionResponse | undefined): DecisionWalk {
  const answers = (isRecord(response) ? response : {}) as Record<string, unknown>;
  const steps = new Map(question.steps.map((step) => [step.id, step]));
  const ends = new Map(question.ends.map((end) => [end.id, end]));
  const path: DecisionWalk['path'] = [];
  let step = question.steps[0];
  while (step && path.length < question.steps.length) {
    const chosen = own(answers, step.id);
    const choice = step.choices.find((each) => each.id === chosen);
    if (!choice) return { path };
    path.push({ step: step.id, choice: choice.id });
    const end = ends.get(choice.next);
    if (end) return { path, end };
    const next = steps.get(choice.next);
    if (!next || path.some((taken) => taken.step === next.id)) return { path };
    step = next;
  }
  return { path };
}

/** The path to the best end (most points, then fewest steps, then authored order); cycles count as no end. */
export function bestPath(question: DecisionQuestion): DecisionWalk {
  const steps = new Map(question.steps.map((step) => [step.id, step]));
  const ends = new Map(question.ends.map((end) => [end.id, end]));
  type Best = { points: number; path: DecisionWalk['path']; end?: DecisionEnd };
  const memo = new Map<string, Best>();
  const visiting = new Set<string>();
  const best = (id: string): Best => {
    const end = ends.get(id);
    if (end) return { points: endPoints(end), path: [], end };
    const step = steps.get(id);
    if (!step || visiting.has(id)) return { points: -1, path: [] };
    const known = memo.get(id);
    if (known) return known;
    visiting.add(id);
    let found: Best = { points: -1, path: [] };
    for (const choice of step.choices) {
      const after = best(choice.next);
      const better = after.points > found.points || (after.points === found.points && after.end && after.path.length + 1 < found.path.length);
      if (after.end && (better || !found.end)) found = { points: after.points, path: [{ step: id, choice: choice.id }, ...after.path], end: after.end };
    }
    visiting.delete(id);
    memo.set(id, found);
    return found;
  };
  const first = question.steps[0];
  const found = first ? best(first.id) : undefined;
  return found?.end ? { path: found.path, end: found.end } : { path: [] };
}

const asResponse = (walk: DecisionWalk): Record<string, string> => Object.fromEntries(walk.path.map(({ step, choice }) => [step, choice]));

/** Answer-key checks: ids, every `next` resolves, no step leads back to itself, nothing unreachable, full points reachable. */
function checkGraph(question: DecisionQuestion, name: string, path: Path, report: Report): void {
  const steps = question.steps ?? [];
  const ends = question.ends ?? [];
  checkIds(
    steps.map((step) => step.id),
    `step of ${name}:`,
    [...path, 'steps'],
    report,
  );
  checkIds(
    ends.map((end) => end.id),
    `end of ${name}:`,
    [...path, 'ends'],
    report,
  );
  const stepIds = new Set(steps.map((step) => step.id));
  const endIds = new Set(ends.map((end) => end.id));
  ends.forEach((end, index) => {
    const where = [...path, 'ends', index];
    if (stepIds.has(end.id)) report(`end "${end.id}" of ${name} has the id of one of its steps`, [...where, 'id']);
    if (end.points === undefined && end.pass === undefined) report(`end "${end.id}" of ${name} has neither points nor pass`, where);
    if (end.pass === true && end.points === 0) report(`end "${end.id}" of ${name} passes but earns 0 points`, where);
    if (end.pass === false && end.points === 1) report(`end "${end.id}" of ${name} earns full points but does not pass`, where);
  });
  steps.forEach((step, index) => {
    checkIds(
      (step.choices ?? []).map((choice) => choice.id),
      `choice of step "${step.id}" of ${name}:`,
      [...path, 'steps', index, 'choices'],
      report,
    );
    (step.choices ?? []).forEach((choice, c) => {
      if (!stepIds.has(choice.next) && !endIds.has(choice.next))
        report(`choice "${choice.id}" of step "${step.id}" of ${name} leads to "${choice.next}", which is neither a step nor an end`, [
          ...path,
          'steps',
          index,
          'choices',
          c,
          'next',
        ]);
    });
  });
  // A cycle: some path would never end. Depth-first, three colours.
  const byId = new Map(steps.map((step, index) => [step.id, { step, index }]));
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (id: string): boolean => {
    if (state.get(id) === 'done' || !byId.has(id)) return false;
    if (state.get(id) === 'open') {
      const loop = [...trail.slice(trail.indexOf(id)), id];
      report(`the steps of ${name} lead round in a circle (${loop.join(' → ')}): every path must reach an end`, [...path, 'steps', byId.get(id)!.index]);
      return true;
    }
    state.set(id, 'open');
    trail.push(id);
    const found = byId.get(id)!.step.choices.some((choice) => visit(choice.next));
    trail.pop();
    state.set(id, 'done');
    return found;
  };
  for (const step of steps) if (visit(step.id)) return;
  // Reachable from the first step.
  const reached = new Set<string>();
  const reach = (id: string): void => {
    if (reached.has(id)) return;
    reached.add(id);
    for (const choice of byId.get(id)?.step.choices ?? []) reach(choice.next);
  };
  if (steps[0]) reach(steps[0].id);
  steps.forEach((step, index) => {
    if (!reached.has(step.id)) report(`step "${step.id}" of ${name} cannot be reached from its first step`, [...path, 'steps', index]);
  });
  ends.forEach((end, index) => {
    if (!reached.has(end.id)) report(`end "${end.id}" of ${name} cannot be reached from its first step`, [...path, 'ends', index]);
  });
  if (!ends.some((end) => reached.has(end.id) && endPoints(end) === 1 && endPasses(end)))
    report(`no path of ${name} reaches an end worth full points`, [...path, 'ends']);
}

/** The text of a step or an end in the learner's language, else English. */
function stepText(pair: TextPair, step: string) {
  return { own: own(pair.text?.steps, step), fallback: own(pair.fallback?.steps, step) };
}
const endText = (pair: TextPair, end: string): string | undefined => own(pair.text?.ends, end) || own(pair.fallback?.ends, end) || undefined;

/**
 * What the learner may see: the steps with their prompts, choices and consequences, and where each
 * choice leads when that is another step — never an end, its points or its pass flag. `leadsTo`
 * names ends too (a practice block, which shows each end's text as soon as it is reached).
 */
function decisionView(
  question: DecisionQuestion,
  base: LearnerQuestion,
  pair: TextPair,
  order: (ids: string[]) => string[],
  leadsTo: 'steps' | 'ends too',
): LearnerQuestion & { steps: LearnerStep[] } {
  const stepIds = new Set(question.steps.map((step) => step.id));
  const steps: LearnerStep[] = question.steps.map((step) => {
    const { own: text, fallback } = stepText(pair, step.id);
    const byId = new Map(step.choices.map((choice) => [choice.id, choice]));
    return {
      id: step.id,
      text: text?.prompt || fallback?.prompt || '',
      choices: order(step.choices.map((choice) => choice.id)).map((id) => {
        const choice = byId.get(id)!;
        const label = own(text?.choices, id);
        const english = own(fallback?.choices, id);
        return {
          id,
          text: label?.text || english?.text || id,
          consequence: label?.consequence || english?.consequence || '',
          ...(leadsTo === 'ends too' || stepIds.has(choice.next) ? { next: choice.next } : {}),
        };
      }),
    };
  });
  return { ...base, steps };
}

/**
 * A practice block as a lesson shows it (ungraded, so nothing to hide but points and pass flags):
 * the whole graph, each end's text and the explanation; choices in authored order.
 */
export function toPracticeDecision(question: DecisionQuestion, text: QuestionText | undefined, fallback: QuestionText | undefined): PracticeDecisionView {
  const pair = { text, fallback };
  const base: LearnerQuestion = { id: question.id, type: 'decision', text: text?.text || fallback?.text || '', points: question.points ?? 1 };
  return {
    ...decisionView(question, base, pair, (ids) => ids, 'ends too'),
    ends: question.ends.map((end) => ({ id: end.id, text: endText(pair, end.id) ?? '' })),
    explanation: text?.explanation || fallback?.explanation || '',
  };
}

/**
 * Follows a response through a learner's view: the steps taken and whether the last choice ends
 * the scenario (a choice that leads to no step of the view ends it). Used to show the path so far.
 */
export function walkView(
  question: LearnerQuestion,
  response: QuestionResponse | undefined,
): { path: { step: LearnerStep; choice: LearnerStep['choices'][number] }[]; ended: boolean; end?: string } {
  const answers = (isRecord(response) ? response : {}) as Record<string, unknown>;
  const steps = new Map((question.steps ?? []).map((step) => [step.id, step]));
  const path: { step: LearnerStep; choice: LearnerStep['choices'][number] }[] = [];
  let step = question.steps?.[0];
  while (step && path.length < steps.size) {
    const chosen = own(answers, step.id);
    const choice = step.choices.find((each) => each.id === chosen);
    if (!choice) return { path, ended: false };
    path.push({ step, choice });
    const next = choice.next === undefined ? undefined : steps.get(choice.next);
    if (!next) return { path, ended: true, ...(choice.next !== undefined ? { end: choice.next } : {}) };
    if (path.some((taken) => taken.step.id === next.id)) return { path, ended: false };
    step = next;
  }
  return { path, ended: false };
}

export const decision: QuestionTypeDefinition<DecisionQuestion> = {
  type: 'decision',
  schema: DecisionQuestionSchema,
  textKeys(question, add) {
    for (const step of question.steps ?? []) {
      add(['steps', step.id, 'prompt'], `step "${step.id}" of `, 'prompt');
      for (const choice of step.choices ?? []) {
        add(['steps', step.id, 'choices', choice.id, 'text'], `choice "${choice.id}" of step "${step.id}" of `, 'text');
        add(['steps', step.id, 'choices', choice.id, 'consequence'], `choice "${choice.id}" of step "${step.id}" of `, 'consequence');
      }
    }
    for (const end of question.ends ?? []) add(['ends', end.id], `end "${end.id}" of `, 'text');
  },
  textIds: (question) => ({ steps: question.steps.map((step) => step.id), ends: question.ends.map((end) => end.id) }),
  checkText(question, text, name, report) {
    for (const step of question.steps) {
      const known = step.choices.map((choice) => choice.id);
      for (const id of Object.keys(own(text.steps, step.id)?.choices ?? {}))
        if (!known.includes(id)) report(['steps', step.id, 'choices', id], `${name} has text for choice "${id}" of step "${step.id}", which it does not have`);
    }
  },
  feedbackKeys: [],
  acceptsAnswers: false,
  checkKey: checkGraph,
  /** The points of the end reached; no end reached (an unfinished or invalid path) earns 0. */
  score(question, response, pair) {
    const { end } = walkDecision(question, response);
    if (!end) return { fraction: 0, correct: false, feedback: [] };
    const text = endText(pair, end.id);
    return { fraction: endPoints(end), correct: endPasses(end), feedback: text ? [text] : [] };
  },
  correctResponse: (question) => asResponse(bestPath(question)),
  learnerView: (question, base, pair, present: Present) => decisionView(question, base, pair, present.order, 'steps'),
  initialResponse: () => undefined,
  isAnswered: (question, response) => walkView(question, response).ended,
  scorm: { interactionType: 'performance', response: 'path of step and choice ids' },
};
