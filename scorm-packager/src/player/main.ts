/**
 * The SCO player: lessons, table of contents, progress and the quiz, tracked through the LMS.
 * Scoring, drawing and question presentation are the course model's own functions, bundled in.
 */
import {
  drawQuestions,
  isPractice,
  meetsCompletionRule,
  scoreAttempt,
  seededRandom,
  toLearnerQuestion,
  toPracticeDecision,
  type AttemptResult,
  type DecisionQuestion,
  type Question,
  type QuestionResponse,
} from '@vt/courses';
import { COURSE_DATA_ELEMENT, type PlayerCourse } from '../content/course-data.js';
import { h } from './dom.js';
import { LmsSession } from './lms.js';
import { renderDecision } from './decision-view.js';
import { questionView, readResponse, showResult, writeResponse } from './quiz-view.js';
import { report12, type Report12 } from './status12.js';
import { SUSPEND_LIMIT, decodeState, encodeState, type LearnerState } from './suspend-data.js';

const course = JSON.parse(document.getElementById(COURSE_DATA_ELEMENT)?.textContent ?? '{}') as PlayerCourse;
const t = course.strings;
const QUIZ = course.lessons.length;
const lms = LmsSession.connect(window, course.scormVersion);
const launch = lms.start();

const newSeed = (): string => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
/**
 * The learner's state, restored whenever there is one — on resume, and also when Moodle relaunches
 * an ended attempt (review mode, or normal with entry ''/ab-initio) with the earlier data readable.
 * What the LMS records wins where it says more: a recorded pass or completion is never forgotten.
 * Empty CMI data (a forced new attempt) is a fresh start.
 */
function restore(): LearnerState {
  const saved = decodeState(launch.suspendData, course.lessons.length) ?? {
    visited: course.lessons.map(() => false),
    attempts: 0,
    seed: newSeed(),
    responses: {},
    passed: false,
    submitted: false,
  };
  if (launch.recordedPassed && !saved.passed) {
    saved.passed = true;
    const recorded = launch.recordedScore === '' ? NaN : Number(launch.recordedScore);
    if (Number.isFinite(recorded)) saved.best = Math.max(saved.best ?? 0, recorded);
  }
  if (launch.recordedComplete) saved.visited = saved.visited.map(() => true);
  return saved;
}
let state: LearnerState = restore();

/** One run through the quiz: the recorded attempt (in `state`) or a practice attempt. */
interface QuizRun {
  seed: string;
  responses: Record<string, QuestionResponse>;
  submitted: boolean;
}
/**
 * A practice attempt, offered once no recorded attempt is possible (passed, no attempts left, or a
 * review launch): scored and shown here, never reported to the LMS nor kept in suspend_data, so
 * the recorded result — the pass — can never be lowered. Dropped when the learner leaves the quiz.
 */
let practice: QuizRun | undefined;
const bookmark = launch.location === 'quiz' ? QUIZ : course.lessons.findIndex((lesson) => lesson.id === launch.location);
let page = bookmark >= 0 ? bookmark : 0;

const attemptsAllowed = course.quiz.attempts === 'unlimited' ? Infinity : course.quiz.attempts;
const allRead = (): boolean => state.visited.every(Boolean);
const lessonIds = course.lessons.map((lesson) => lesson.id);
const complete = (): boolean =>
  meetsCompletionRule(course.completion, lessonIds, { lessonsDone: lessonIds.filter((_, i) => state.visited[i]), quizPassed: state.passed });

/** The SCORM 1.2 status the learner's progress calls for (status12.ts says why). */
function status12(): Report12 {
  return report12({
    lessonsRead: allRead(),
    quizRequired: course.completion.quizPassed,
    quizPassed: state.passed,
    quizAttempted: state.attempts > 0,
    attemptsLeft: state.attempts < attemptsAllowed,
    passedScore: state.passed ? state.best : undefined,
  });
}

/**
 * Saves the bookmark and state. Commits are batched: one per page change and per submit; answers
 * and Retry only set values (`commit` false), as does the save before Finish, which persists itself.
 */
function save(commit = true): void {
  const location = page === QUIZ ? 'quiz' : course.lessons[page].id;
  lms.saveProgress(location, encodeState(state, SUSPEND_LIMIT[course.scormVersion]), complete(), status12(), commit);
}

/** A run's questions, redrawn from its seed so a relaunch shows exactly the same quiz. */
function attemptQuestions(run: QuizRun): Question[] {
  return drawQuestions(course.quiz, course.questions, seededRandom(run.seed));
}

function score(questions: Question[], run: QuizRun): AttemptResult {
  const items = questions.map((question) => ({ question, text: course.texts[question.id], fallbackText: course.fallbackTexts[question.id] }));
  return scoreAttempt(items, run.responses, course.quiz.passMark);
}

/** No recorded attempt can be made: passed, out of attempts, or a review launch. */
const recordedAttemptsOver = (): boolean => state.passed || state.attempts >= attemptsAllowed || lms.isReadOnly;

const main = h('main', { id: 'content', tabindex: '-1' });
const toc = h('ol', {});
const progressText = h('span', {});
const progressBar = h('progress', { max: String(course.lessons.length), 'aria-hidden': 'true' });

function renderToc(): void {
  const entries = [...course.lessons.map((lesson) => lesson.title), t.quiz];
  toc.replaceChildren(
    ...entries.map((title, index) =>
      h(
        'li',
        { class: index < QUIZ && state.visited[index] ? 'read' : undefined },
        h('button', { type: 'button', 'aria-current': index === page ? 'page' : undefined, 'data-page': String(index) }, title),
      ),
    ),
  );
  const read = state.visited.filter(Boolean).length;
  progressText.textContent = `${read} / ${course.lessons.length} ${t.lessonsRead}`;
  progressBar.value = read;
}

function navButtons(): HTMLElement {
  const previous = h('button', { type: 'button', class: 'previous', disabled: page === 0 }, t.previous);
  previous.addEventListener('click', () => show(page - 1));
  const next = h('button', { type: 'button', class: 'next', disabled: page === QUIZ }, page === QUIZ - 1 ? t.quiz : t.next);
  next.addEventListener('click', () => show(page + 1));
  return h('nav', { class: 'pager', 'aria-label': `${t.previous} / ${t.next}` }, previous, next);
}

function renderLessonPage(): void {
  const lesson = course.lessons[page];
  const body = h('div', { class: 'lesson-body' });
  body.innerHTML = lesson.html; // sanitised at build time by the model's renderLesson
  // A practice decision's placeholder (renderLesson leaves one per ```decision block), filled as in the web app: ungraded, never reported.
  for (const host of body.querySelectorAll<HTMLElement>('.decision-block[data-decision]')) {
    const question = course.questions.find((each) => each.id === host.dataset.decision);
    if (question && isPractice(question)) renderDecision(host, toPracticeDecision(question as DecisionQuestion, course.texts[question.id], undefined), t, {});
  }
  main.replaceChildren(h('h1', {}, lesson.title), body, navButtons());
}

function renderQuizPage(): void {
  const run: QuizRun = practice ?? state;
  const questions = attemptQuestions(run);
  const used = `${t.attemptsUsed}: ${state.attempts} / ${attemptsAllowed === Infinity ? t.unlimited : attemptsAllowed}`;
  const views = questions.map((question, index) => {
    const learner = toLearnerQuestion(question, course.texts[question.id], course.fallbackTexts[question.id], {
      shuffleOptions: course.quiz.shuffleOptions,
      random: seededRandom(`${run.seed}:${question.id}`),
    });
    const view = questionView(learner, t, String(index + 1));
    writeResponse(view, run.responses[question.id], learner, t);
    return view;
  });
  const form = h('form', { class: 'quiz', novalidate: true }, ...views);
  const summary = h('div', { class: 'summary', role: 'status', tabindex: '-1' });
  const actions = h('div', { class: 'actions' });
  // Answers are set as they change but committed with the next page change, submit or leave.
  form.addEventListener('change', () => {
    run.responses = collect(questions, views);
    if (!practice) save(false);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (practice) {
      if (practice.submitted) return;
      practice.responses = collect(questions, views);
      practice.submitted = true;
      renderQuizPage();
      bringIntoView(main.querySelector('.summary'));
      return;
    }
    if (state.submitted || recordedAttemptsOver()) return;
    state.responses = collect(questions, views);
    const result = score(questions, state);
    state.attempts += 1;
    state.submitted = true;
    state.passed = state.passed || result.passed;
    state.best = Math.max(state.best ?? 0, result.score);
    lms.recordAttempt(
      {
        score: result.score,
        passed: result.passed,
        items: questions.map((question, i) => ({
          question,
          response: state.responses[question.id],
          result: result.results[i],
          text: course.texts[question.id],
        })),
      },
      status12(),
    );
    save();
    renderQuizPage();
    bringIntoView(main.querySelector('.summary')); // the summary just rendered, not the replaced one
  });
  main.replaceChildren(
    h('h1', {}, t.quiz),
    h('p', { class: 'quiz-info' }, `${t.passMark}: ${course.quiz.passMark}% · ${used}`),
    summary,
    actions,
    form,
    navButtons(),
  );

  const line = (passed: boolean, label: string, percent: number | undefined): HTMLElement =>
    h('p', { class: passed ? 'passed' : 'failed' }, `${label}: ${percent === undefined ? '' : `${percent}% — `}${passed ? t.passed : t.failed}`);
  // The recorded result first: the learner's own attempt, or the pass the LMS holds.
  if (state.submitted) {
    const result = score(attemptQuestions(state), state);
    summary.append(line(result.passed, practice ? t.recorded : t.score, result.score));
    if (!practice) questions.forEach((_, i) => showResult(views[i], result.results[i], t, course.quiz.feedback === 'after-submit'));
  } else if (state.passed) {
    summary.append(line(true, t.recorded, state.best));
  }
  if (practice) {
    summary.append(h('p', { class: 'practice-note' }, t.practiceNote));
    if (practice.submitted) {
      const result = score(questions, practice);
      questions.forEach((_, i) => showResult(views[i], result.results[i], t, course.quiz.feedback === 'after-submit'));
      summary.append(line(result.passed, t.practiceResult, result.score));
    }
  }

  const submittable = practice ? !practice.submitted : !state.submitted && !recordedAttemptsOver();
  if (submittable) form.append(h('button', { type: 'submit', class: 'submit' }, t.submit));
  if (!practice && state.submitted && !recordedAttemptsOver()) {
    const retry = h('button', { type: 'button', class: 'retry' }, t.retry);
    retry.addEventListener('click', () => {
      state = { ...state, seed: newSeed(), responses: {}, submitted: false };
      save(false);
      renderQuizPage();
    });
    actions.append(retry);
  } else if (!practice && !state.passed && state.attempts >= attemptsAllowed) {
    actions.append(h('p', {}, t.noAttemptsLeft));
  }
  if (recordedAttemptsOver() && (!practice || practice.submitted)) {
    const again = h('button', { type: 'button', class: 'practice' }, t.practice);
    again.addEventListener('click', () => {
      practice = { seed: newSeed(), responses: {}, submitted: false };
      renderQuizPage();
    });
    actions.append(again);
  }
}

function collect(questions: Question[], views: HTMLElement[]): Record<string, QuestionResponse> {
  const responses: Record<string, QuestionResponse> = {};
  questions.forEach((question, i) => {
    const response = readResponse(views[i]);
    if (response !== undefined) responses[question.id] = response;
  });
  return responses;
}

const header = h('header', {});

/**
 * Focus without letting the browser scroll (in an LMS frame that scrolls the header, progress and
 * Finish out of view), then scroll the frame's own document so the element's top sits just below
 * the sticky header. Only this document scrolls, never the LMS page around the frame.
 */
function bringIntoView(element: Element | null): void {
  if (!(element instanceof HTMLElement)) return;
  element.focus({ preventScroll: true });
  const top = element.getBoundingClientRect().top + window.scrollY - header.offsetHeight - 8;
  window.scrollTo(window.scrollX, Math.max(0, top));
}

function show(index: number, first = false): void {
  page = Math.max(0, Math.min(QUIZ, index));
  if (page !== QUIZ) practice = undefined;
  if (page < QUIZ) state.visited[page] = true;
  if (page === QUIZ) renderQuizPage();
  else renderLessonPage();
  renderToc();
  save();
  if (first) main.focus({ preventScroll: true });
  else bringIntoView(main);
}

function finish(): void {
  save(false);
  lms.finish();
  document.body.replaceChildren(h('main', { class: 'finished' }, h('p', { role: 'status' }, t.finished)));
}

const finishButton = h('button', { type: 'button', class: 'finish' }, t.finish);
finishButton.addEventListener('click', finish);
toc.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest('button[data-page]') as HTMLElement | null;
  if (target) show(Number(target.dataset.page));
});
header.append(h('p', { class: 'course-title' }, course.title), h('div', { class: 'progress' }, progressBar, progressText), finishButton);
document.body.append(
  header,
  lms.connected ? '' : h('p', { class: 'preview', role: 'note' }, t.preview),
  lms.isReadOnly ? h('p', { class: 'preview review', role: 'note' }, t.reviewNote) : '',
  h('div', { class: 'layout' }, h('nav', { class: 'toc', 'aria-label': t.contents }, h('h2', {}, t.contents), toc), main),
);
// The last chance to save: an unload may never come, pagehide does (also on mobile and bfcache).
window.addEventListener('pagehide', () => {
  if (!lms.isFinished) {
    save(false);
    lms.finish();
  }
});
// Exposed for tests and support staff: what the LMS refused, if anything.
(window as unknown as { vtScormErrors: string[] }).vtScormErrors = lms.errors;
show(page, true);
