import type { Problem } from '../validation/problem.js';

/** The review trail: courses/REVIEW.md (the index) and one courses/review/<course id>.md per course. */
export interface ReviewTrail {
  /** The index's file name as problems should show it, and its text (undefined when missing). */
  indexFile: string;
  index: string | undefined;
  /** The records' folder as problems should show it, and each record's text by course id. */
  recordsFolder: string;
  records: Record<string, string>;
}

const LAST_REVIEW = /^Last subject review: \d{4}-\d{2}-\d{2}, scope: \S/m;

/** A dated legal statement of a course, as its English marker gives it. */
export interface DatedStatement {
  jurisdiction: string;
  date: string;
  where: string;
}

/**
 * Every course has a review record that dates its last subject review and says what it covered,
 * and the index links to it on a line that lists each of the course's legal statements as
 * "<jurisdiction>, as of <YYYY-MM>" (`statements`: the English markers, by course id); a record
 * for a course that does not exist is an error too.
 */
export function reviewRecordProblems(courseIds: string[], trail: ReviewTrail, statements: Record<string, DatedStatement[]> = {}): Problem[] {
  const problems: Problem[] = [];
  if (trail.index === undefined) problems.push({ file: trail.indexFile, message: 'is missing: it lists the review record of every course' });
  for (const id of courseIds) {
    const file = `${trail.recordsFolder}/${id}.md`;
    const record = trail.records[id];
    if (record === undefined) {
      problems.push({
        file,
        message: `is missing: course ${id} needs a review record (sources, the "as of" date of each legal statement, last subject review)`,
      });
      continue;
    }
    if (!LAST_REVIEW.test(record)) problems.push({ file, message: 'has no line "Last subject review: YYYY-MM-DD, scope: …"' });
    const line = trail.index?.split('\n').find((text) => text.includes(`review/${id}.md`));
    if (trail.index !== undefined && line === undefined) problems.push({ file: trail.indexFile, message: `does not list review/${id}.md` });
    for (const statement of statements[id] ?? []) {
      const dated = `${statement.jurisdiction}, as of ${statement.date}`;
      if (line !== undefined && !line.includes(dated)) {
        problems.push({ file: trail.indexFile, message: `the line of review/${id}.md does not list "${dated}" (the legal statement in ${statement.where})` });
      }
    }
  }
  for (const id of Object.keys(trail.records)) {
    if (!courseIds.includes(id)) problems.push({ file: `${trail.recordsFolder}/${id}.md`, message: `is the review record of ${id}, which is not a course` });
  }
  return problems;
}
