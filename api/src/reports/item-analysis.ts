import { endPasses, type Course } from '@vt/courses';

/** Fewer attempts than this and the indices are marked uncertain. */
export const UNCERTAIN_BELOW = 20;
/** The classic Kelley split: upper and lower 27 % of attempts by score. */
export const GROUP_SHARE = 0.27;

export interface ItemRow {
  questionId: string;
  choice: string | null;
  n: number;
  sum: number;
  upperN: number;
  upperSum: number;
  lowerN: number;
  lowerSum: number;
}

/** Contract types (docs/api.md, Trainer workspace), defined once in the course model. */
export type { DistractorView, ItemView } from '@vt/courses';
import type { ItemView } from '@vt/courses';

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The cut-off whole-percent scores of the lower and upper 27 % from a histogram of attempts:
 * the lowest bucket reaching k attempts from the bottom, the highest reaching k from the top.
 */
export function cutoffs(histogram: { bucket: number; n: number }[]): { attempts: number; lower: number | null; upper: number | null } {
  const sorted = [...histogram].sort((a, b) => a.bucket - b.bucket);
  const attempts = sorted.reduce((sum, h) => sum + h.n, 0);
  if (attempts === 0) return { attempts, lower: null, upper: null };
  const k = Math.ceil(attempts * GROUP_SHARE);
  const reach = (list: typeof sorted) => {
    let seen = 0;
    for (const h of list) if ((seen += h.n) >= k) return h.bucket;
    return list[list.length - 1].bucket;
  };
  return { attempts, lower: reach(sorted), upper: reach([...sorted].reverse()) };
}

/** Turns per-(question, choice) sums from SQL into the per-question indices. */
export function toItemViews(course: Course | undefined, rows: ItemRow[]): ItemView[] {
  const byQuestion = new Map<string, ItemRow[]>();
  for (const row of rows) byQuestion.set(row.questionId, [...(byQuestion.get(row.questionId) ?? []), row]);
  const questions = new Map((course?.questions ?? []).map((q) => [q.id, q]));
  const order = [...(course?.questions.map((q) => q.id) ?? []), ...byQuestion.keys()];
  return [...new Set(order)]
    .filter((id) => byQuestion.has(id))
    .map((id) => {
      const group = byQuestion.get(id) ?? [];
      const total = (key: keyof Omit<ItemRow, 'questionId' | 'choice'>) => group.reduce((sum, row) => sum + Number(row[key]), 0);
      const n = total('n');
      const [upperN, lowerN] = [total('upperN'), total('lowerN')];
      const question = questions.get(id);
      const view: ItemView = {
        questionId: id,
        type: question?.type ?? 'unknown',
        attempts: n,
        facility: round(total('sum') / n),
        discrimination: upperN > 0 && lowerN > 0 ? round(total('upperSum') / upperN - total('lowerSum') / lowerN) : null,
        uncertain: n < UNCERTAIN_BELOW,
      };
      if (question && (question.type === 'single-choice' || question.type === 'multiple-choice' || question.type === 'true-false')) {
        const options = question.type === 'true-false' ? ['true', 'false'] : question.options;
        const correct = new Set(question.type === 'multiple-choice' ? question.correct : [String(question.correct)]);
        const chosen = new Map<string, number>();
        for (const row of group) for (const option of row.choice?.split(',') ?? []) chosen.set(option, (chosen.get(option) ?? 0) + Number(row.n));
        view.distractors = options.map((optionId) => ({ optionId, correct: correct.has(optionId), rate: round((chosen.get(optionId) ?? 0) / n) }));
      }
      // A decision by path: how often each end was reached (`correct`: a passing end); the rest never reached one.
      if (question?.type === 'decision') {
        const reached = (end: string) => group.filter((row) => row.choice === end).reduce((sum, row) => sum + Number(row.n), 0);
        view.distractors = question.ends.map((end) => ({ optionId: end.id, correct: endPasses(end), rate: round(reached(end.id) / n) }));
      }
      return view;
    });
}
