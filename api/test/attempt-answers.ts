/** Answers in course-file ids turned into what the learner of an attempt sends (its tokens, by label): the model's test helper. */
export { inAttempt, tokensByLabel, type ShownAttempt } from '@vt/courses/testing';
