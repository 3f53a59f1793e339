/**
 * How our questions and results are written into the CMI data model of each SCORM version
 * (formats from ADL's run-time books; every value is checked against its element's type in
 * lms.spec.ts, with the table the test LMS applies as Moodle does: test/cmi-types.ts).
 * Pure functions: unit-tested in Node and bundled into the player.
 */
import { walkDecision, type DecisionQuestion, type Question, type QuestionResponse, type QuestionResult, type QuestionText } from '@vt/courses';
import { code12 } from '../content/response-codes.js';

export type ScormVersion = '1.2' | '2004';

/** One `cmi.interactions.n` record; absent fields are not written. */
export interface InteractionRecord {
  id: string;
  type: 'choice' | 'true-false' | 'matching' | 'sequencing' | 'fill-in' | 'performance';
  weighting: number;
  learnerResponse?: string;
  result: string;
  correctPattern?: string;
  /** 2004 only: the question's text, as a localized_string_type within its 250 characters. */
  description?: string;
}

function strings(value: QuestionResponse | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function pairs(value: QuestionResponse | undefined): [string, string][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

/** Free text as a CMI string: no delimiters that the LMS would parse, within the version's length. */
function freeText(text: string, version: ScormFormatLimit): string {
  return text
    .replace(/\[[,.:]\]/g, ' ')
    .replace(/[{}]/g, '')
    .trim()
    .slice(0, version === '1.2' ? 255 : 250);
}
type ScormFormatLimit = ScormVersion;

/** 2004 `description` (localized_string_type, SPM 250): the question text on one line, shortened with an ellipsis. */
export function description2004(text: string): string {
  const line = freeText(text.replace(/\s+/g, ' '), '2004');
  return [...text.replace(/\s+/g, ' ').trim()].length > 250 ? `${[...line].slice(0, 249).join('').trimEnd()}…` : line;
}

/**
 * 2004 short_identifier_type as Moodle checks it (`[\w.]{1,250}`: no `-`), for every identifier a
 * response or pattern carries (choices, matching pairs, sequencing items, decision steps): our ids
 * (`[a-z0-9-]`) with `-` written `_`, which they never hold, so LMS reports still read
 * `evacuate_hall` for `evacuate-hall`.
 */
const shortIdentifier = (id: string): string => id.replace(/-/g, '_');

/**
 * A decision's path, as far as it follows the graph. 2004 performance: `step[.]choice` pairs joined
 * by `[,]`, each id a short identifier. 1.2 performance (CMIFeedback, 255 characters): `step.choice`
 * pairs joined by `,`, or, when the ids would not fit, step and choice by authored position
 * (`1.0,2.2`: step number, choice coded as 1.2 codes a list) — at most 12 steps fit either way.
 */
function formatPath(question: DecisionQuestion, value: QuestionResponse | undefined, version: ScormVersion): string {
  const { path } = walkDecision(question, value);
  if (version === '2004') return path.map(({ step, choice }) => `${shortIdentifier(step)}[.]${shortIdentifier(choice)}`).join('[,]');
  const byId = path.map(({ step, choice }) => `${step}.${choice}`).join(',');
  if (byId.length <= 255) return byId;
  return path
    .map(({ step, choice }) => {
      const index = question.steps.findIndex((each) => each.id === step);
      return `${index + 1}.${code12(
        question.steps[index].choices.map((each) => each.id),
        choice,
      )}`;
    })
    .join(',');
}

/** The response in the version's syntax, or undefined when there is nothing (unanswered). */
export function formatResponse(
  question: Exclude<Question, { type: 'scenario' }>,
  value: QuestionResponse | undefined,
  version: ScormVersion,
): string | undefined {
  const list = version === '1.2' ? ',' : '[,]';
  let text: string;
  switch (question.type) {
    case 'single-choice':
      if (typeof value !== 'string' || !question.options.includes(value)) return undefined;
      text = version === '1.2' ? code12(question.options, value) : shortIdentifier(value);
      break;
    case 'multiple-choice': {
      // 2004 refuses repeated identifiers in a choice response.
      const chosen = [...new Set(strings(value))].filter((id) => question.options.includes(id));
      text = chosen.map((id) => (version === '1.2' ? code12(question.options, id) : shortIdentifier(id))).join(list);
      break;
    }
    case 'true-false':
      if (typeof value !== 'boolean') return undefined;
      text = version === '1.2' ? (value ? 't' : 'f') : String(value);
      break;
    case 'matching':
      text = pairs(value)
        .filter(([prompt, target]) => question.prompts.includes(prompt) && question.targets.includes(target))
        .map(([prompt, target]) =>
          version === '1.2'
            ? `${code12(question.prompts, prompt)}.${code12(question.targets, target)}`
            : `${shortIdentifier(prompt)}[.]${shortIdentifier(target)}`,
        )
        .join(list);
      break;
    case 'ordering':
      text = strings(value)
        .filter((id) => question.items.includes(id))
        .map((id) => (version === '1.2' ? code12(question.items, id) : shortIdentifier(id)))
        .join(list);
      break;
    case 'short-text':
      text = typeof value === 'string' ? freeText(value, version) : '';
      break;
    case 'decision':
      text = formatPath(question, value, version);
      break;
  }
  return text === '' ? undefined : text;
}

const INTERACTION_TYPE: Record<Exclude<Question['type'], 'scenario'>, InteractionRecord['type']> = {
  'single-choice': 'choice',
  'multiple-choice': 'choice',
  'true-false': 'true-false',
  matching: 'matching',
  ordering: 'sequencing',
  'short-text': 'fill-in',
  decision: 'performance',
};

/**
 * The interactions of one scored question: one record, or one per part for a scenario (each part
 * has its own stable question id, so partners see per-part results). Ids are question ids, never
 * positions, so they match the API's results.
 */
export function interactionRecords(
  question: Question,
  response: QuestionResponse | undefined,
  result: QuestionResult,
  version: ScormVersion,
  text?: QuestionText,
): InteractionRecord[] {
  if (question.type === 'scenario') {
    const answers = typeof response === 'object' && response !== null && !Array.isArray(response) ? response : {};
    return question.parts.flatMap((part) => {
      const partResult = result.parts?.find((each) => each.questionId === part.id);
      const answer = Object.hasOwn(answers, part.id) ? (answers[part.id] as QuestionResponse) : undefined;
      return partResult ? interactionRecords(part, answer, partResult, version, text?.parts?.[part.id]) : [];
    });
  }
  return [
    {
      id: question.id,
      type: INTERACTION_TYPE[question.type],
      weighting: question.points ?? 1,
      learnerResponse: formatResponse(question, response, version),
      result: result.correct ? 'correct' : version === '1.2' ? 'wrong' : 'incorrect',
      correctPattern: formatResponse(question, result.correctResponse, version),
      description: version === '2004' && text?.text ? description2004(text.text) : undefined,
    },
  ];
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 1.2 CMITimespan `HHHH:MM:SS.SS` (hours 2–4 digits; capped at 9999 h). */
export function sessionTime12(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360000));
  const minutes = Math.floor(centis / 6000) % 60;
  const seconds = (centis % 6000) / 100;
  return `${pad(hours)}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** 2004 ISO 8601 duration with at most two decimals on the seconds (`PT1H2M3.45S`). */
export function sessionTime2004(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor(centis / 6000) % 60;
  const seconds = (centis % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${Number(seconds.toFixed(2))}S`;
}

/** 1.2 interaction `time` (CMITime `HH:MM:SS`, time of day). */
export function timeOfDay12(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/**
 * 2004 interaction `timestamp`: time(second,10,2) allows at most two decimals of a second, and
 * Moodle refuses `toISOString()`'s three (406). Rounded to hundredths, UTC.
 */
export function timestamp2004(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 10) * 10).toISOString(); // …SS.ss0Z
  return rounded.replace(/(\.\d{2})\dZ$/, '$1Z');
}

/** 2004 `score.scaled`: a plain decimal in [-1, 1] (`0.5`, never `.5` or `5e-1`). */
export function scaledScore(percent: number): string {
  const scaled = Math.min(1, Math.max(0, percent / 100));
  return String(Number(scaled.toFixed(4)));
}
