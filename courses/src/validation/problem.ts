/** One thing wrong with a course, phrased for the author who has to fix it. */
export interface Problem {
  file?: string;
  line?: number;
  message: string;
  /** Errors fail validation; warnings are printed and let it pass. Default: error. */
  severity?: 'error' | 'warning';
  /** Key path inside `file` (YAML), used by the loader to find the line. */
  path?: (string | number)[];
}

export function formatProblem(problem: Problem): string {
  const where = problem.file ? `${problem.file}${problem.line ? `:${problem.line}` : ''} ` : '';
  return `${problem.severity === 'warning' ? 'warning: ' : ''}${where}${problem.message}`;
}

export function isError(problem: Problem): boolean {
  return problem.severity !== 'warning';
}

export class CurriculumError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The curriculum has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'CurriculumError';
  }
}
