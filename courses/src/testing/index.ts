/** Test data shared by the model's, the API's and the web app's tests (`@vt/courses/testing`); not for production code. */
export { MALFORMED_COURSES, type MalformedCourse } from './malformed-courses.js';
export { inAttempt, tokensByLabel, type ShownAttempt } from './attempt-answers.js';
export { fullPointsPath, rightResponse } from './right-responses.js';
