/**
 * The curriculum's editorial checks (issue 18), run by `nx run courses:validate` after the model's
 * own validation: they judge how the content is written, not whether the model can use it, so the
 * API's loader does not run them. Each is pure; file names are relative to the content folder.
 */
import type { Course } from '../model/types.js';
import type { Problem } from '../validation/problem.js';
import { fixedTermProblems, fixedTermsFileProblems, type FixedTerms } from './fixed-terms.js';
import { frenchSpacingProblems } from './french-spacing.js';
import { legalStatementProblems } from './legal-statements.js';
import { lessonEchoProblems } from './lesson-echoes.js';
import { questionEchoProblems } from './question-echoes.js';

export { LEGAL_MARKERS, findLegalMarkers, legalMarkerAt, type LegalMarker } from './legal-marker.js';
export { TERMS_FOLDER, type FixedTerms } from './fixed-terms.js';
export { reviewRecordProblems, type DatedStatement, type ReviewTrail } from './review-records.js';

export function editorialProblems(courses: Course[], terms: FixedTerms): Problem[] {
  return [
    ...fixedTermsFileProblems(terms),
    ...courses.flatMap((course) => [
      ...legalStatementProblems(course),
      ...lessonEchoProblems(course),
      ...fixedTermProblems(course, terms),
      ...frenchSpacingProblems(course),
    ]),
    ...questionEchoProblems(courses),
  ];
}
