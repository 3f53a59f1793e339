/**
 * The learner's state as it travels in `cmi.suspend_data`: short keys, lessons as a bitmap string,
 * responses keyed by question id. SCORM 1.2 allows 4,096 characters; `encodeState` trims the
 * saved responses (never progress) rather than write more than the version allows.
 */
import type { QuestionResponse } from '@vt/courses';

export interface LearnerState {
  /** Lessons opened, by position in the course's reading order. */
  visited: boolean[];
  /** Attempts submitted. */
  attempts: number;
  /** Seed of the current attempt's draw, so a relaunch shows the same questions in the same order. */
  seed: string;
  /** Responses of the current attempt, by question id. */
  responses: Record<string, QuestionResponse>;
  /** Best score so far (percent) and whether the quiz has been passed. */
  best?: number;
  passed: boolean;
  /** Whether the current attempt has been submitted (its results are showing). */
  submitted: boolean;
}

interface Encoded {
  v: 1;
  l: string;
  a: number;
  s: string;
  r: Record<string, QuestionResponse>;
  b?: number;
  p?: 1;
  d?: 1;
}

export const SUSPEND_LIMIT = { '1.2': 4096, '2004': 64000 } as const;

export function encodeState(state: LearnerState, limit: number): string {
  const encoded: Encoded = { v: 1, l: state.visited.map((seen) => (seen ? '1' : '0')).join(''), a: state.attempts, s: state.seed, r: { ...state.responses } };
  if (state.best !== undefined) encoded.b = state.best;
  if (state.passed) encoded.p = 1;
  if (state.submitted) encoded.d = 1;
  let text = JSON.stringify(encoded);
  if (text.length > limit) {
    // Keep progress and attempts; drop responses from the last until it fits.
    const ids = Object.keys(state.responses);
    while (text.length > limit && ids.length > 0) {
      delete encoded.r[ids.pop() as string];
      text = JSON.stringify({ ...encoded, r: encoded.r });
    }
  }
  return text;
}

/** Reads saved state; anything unreadable starts afresh rather than break the launch. */
export function decodeState(text: string, lessonCount: number): LearnerState | undefined {
  try {
    const data = JSON.parse(text) as Partial<Encoded>;
    if (data.v !== 1 || typeof data.l !== 'string' || typeof data.s !== 'string') return undefined;
    const visited = Array.from({ length: lessonCount }, (_, i) => data.l?.[i] === '1');
    const responses = typeof data.r === 'object' && data.r !== null && !Array.isArray(data.r) ? data.r : {};
    return {
      visited,
      attempts: Number.isInteger(data.a) && (data.a as number) >= 0 ? (data.a as number) : 0,
      seed: data.s,
      responses,
      best: typeof data.b === 'number' ? data.b : undefined,
      passed: data.p === 1,
      submitted: data.d === 1,
    };
  } catch {
    return undefined;
  }
}
