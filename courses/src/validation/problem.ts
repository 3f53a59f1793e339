/** One thing wrong with a course, phrased for the author who has to fix it. */
export interface Problem {
  file?: string;
  line?: number;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.file ? `${problem.file}${problem.line ? `:${problem.line}` : ''} ` : '';
  return `${where}${problem.message}`;
}

export class CurriculumError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The curriculum has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'CurriculumError';
  }
}
