/**
 * The SCO's side of the SCORM run-time: finds the LMS's API object, and speaks SCORM 1.2 or 2004 in
 * the player's own terms (start, save, record an attempt, finish). With no API it runs as a preview.
 */
import {
  interactionRecords,
  scaledScore,
  sessionTime12,
  sessionTime2004,
  timeOfDay12,
  timestamp2004,
  type InteractionRecord,
  type ScormVersion,
} from './cmi-format.js';
import type { Question, QuestionResponse, QuestionResult, QuestionText } from '@vt/courses';
import type { Report12 } from './status12.js';

interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetLastError(): string;
}
interface Api2004 {
  Initialize(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  Terminate(arg: ''): string;
  GetLastError(): string;
}
type ApiWindow = Window & { API?: Api12; API_1484_11?: Api2004 };

/** ADL's discovery: up the parent chain (at most 500 frames), then the opener's chain. */
export function findApi<K extends 'API' | 'API_1484_11'>(start: Window, name: K): ApiWindow[K] | undefined {
  const search = (from: Window | null): ApiWindow[K] | undefined => {
    let win = from as ApiWindow | null;
    for (let depth = 0; win && depth < 500; depth++) {
      try {
        if (win[name]) return win[name];
      } catch {
        return undefined; // a cross-origin frame: the API cannot be beyond it
      }
      if (win.parent === win) break;
      win = win.parent as ApiWindow;
    }
    return undefined;
  };
  let opener: Window | null = null;
  try {
    opener = start.top?.opener ?? start.opener;
  } catch {
    opener = null;
  }
  return search(start) ?? search(opener);
}

/** How the LMS launched the SCO: `normal` records; `review` and `browse` must change nothing. */
export type LaunchMode = 'normal' | 'review' | 'browse';

/** What a launch found: the mode, the state to restore, and what the LMS already records. */
export interface Launch {
  mode: LaunchMode;
  /** The LMS said resume (the last session ended with exit=suspend). */
  resume: boolean;
  location: string;
  suspendData: string;
  /** The LMS records the quiz as passed (1.2 lesson_status passed; 2004 success_status passed). */
  recordedPassed: boolean;
  /** The LMS records the course as complete (1.2 passed/completed; 2004 completion_status completed). */
  recordedComplete: boolean;
  /** The recorded score.raw, '' when none. */
  recordedScore: string;
}

export interface AttemptRecord {
  score: number;
  passed: boolean;
  items: { question: Question; response: QuestionResponse | undefined; result: QuestionResult; text?: QuestionText }[];
}

interface Elements {
  entry: string;
  mode: string;
  location: string;
  exit: string;
  sessionTime: string;
  scoreRaw: string;
  scoreMin: string;
  scoreMax: string;
  interactions: string;
  response: string;
  time: string;
}

const ELEMENTS: Record<ScormVersion, Elements> = {
  '1.2': {
    entry: 'cmi.core.entry',
    mode: 'cmi.core.lesson_mode',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    scoreRaw: 'cmi.core.score.raw',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    interactions: 'cmi.interactions',
    response: 'student_response',
    time: 'time',
  },
  '2004': {
    entry: 'cmi.entry',
    mode: 'cmi.mode',
    location: 'cmi.location',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    scoreRaw: 'cmi.score.raw',
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    interactions: 'cmi.interactions',
    response: 'learner_response',
    time: 'timestamp',
  },
};

export class LmsSession {
  readonly errors: string[] = [];
  private finished = false;
  private readOnly = false;
  private readonly startedAt = Date.now();
  private readonly el: Elements;
  /** What the LMS holds for 1.2 status and score.raw, so that only changes are written. */
  private held12 = { status: '', scoreRaw: '' };

  private constructor(
    readonly version: ScormVersion | 'none',
    private readonly api12?: Api12,
    private readonly api2004?: Api2004,
  ) {
    this.el = ELEMENTS[version === '2004' ? '2004' : '1.2'];
  }

  /** Finds the API the package's format calls for; without one, a preview session that records nothing. */
  static connect(win: Window, version: ScormVersion): LmsSession {
    if (version === '2004') {
      const api = findApi(win, 'API_1484_11');
      return api ? new LmsSession('2004', undefined, api) : new LmsSession('none');
    }
    const api = findApi(win, 'API');
    return api ? new LmsSession('1.2', api) : new LmsSession('none');
  }

  get connected(): boolean {
    return this.version !== 'none';
  }

  /**
   * Initialize (once), then read what every launch must read: entry, mode, the recorded status and
   * score, the bookmark and suspend_data. Moodle relaunches an ended attempt in review mode with
   * entry ''/ab-initio and the earlier data still readable, so the state is read whatever the entry
   * says (a new attempt answers '' or 403, which is not an error here). In review/browse mode the
   * session is read-only: nothing is written, and Finish only terminates.
   */
  start(): Launch {
    const none: Launch = { mode: 'normal', resume: false, location: '', suspendData: '', recordedPassed: false, recordedComplete: false, recordedScore: '' };
    if (!this.connected) return none;
    this.call(() => (this.api12 ? this.api12.LMSInitialize('') : (this.api2004 as Api2004).Initialize('')), 'Initialize');
    const resume = this.get(this.el.entry) === 'resume';
    const modeValue = this.get(this.el.mode);
    const mode: LaunchMode = modeValue === 'review' || modeValue === 'browse' ? modeValue : 'normal';
    this.readOnly = mode !== 'normal';
    const status = this.version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
    const statusValue = this.get(status);
    const success = this.version === '2004' ? this.get('cmi.success_status') : statusValue;
    const recordedScore = this.get(this.el.scoreRaw);
    if (!this.readOnly && ['not attempted', 'unknown', ''].includes(statusValue)) this.set(status, 'incomplete');
    if (this.version === '1.2') this.held12 = { status: this.get(status), scoreRaw: recordedScore };
    return {
      mode,
      resume,
      location: this.get(this.el.location),
      suspendData: this.get('cmi.suspend_data'),
      recordedPassed: success === 'passed',
      recordedComplete: this.version === '1.2' ? ['passed', 'completed'].includes(statusValue) : statusValue === 'completed',
      recordedScore,
    };
  }

  /** Review or browse mode: the session reads the record and writes nothing. */
  get isReadOnly(): boolean {
    return this.readOnly;
  }

  /**
   * Bookmark and state; `complete` ends the suspended attempt at Finish (exit normal). In 1.2,
   * `report` is the status the course's progress calls for (it changes when the last lesson is read).
   */
  saveProgress(location: string, suspendData: string, complete: boolean, report: Report12, commit = true): void {
    if (!this.connected || this.finished || this.readOnly) return;
    this.set(this.el.location, location);
    this.set('cmi.suspend_data', suspendData);
    if (this.version === '2004') this.set('cmi.completion_status', complete ? 'completed' : 'incomplete');
    else this.write12(report);
    this.set(this.el.exit, complete ? (this.version === '1.2' ? '' : 'normal') : 'suspend');
    if (commit) this.commit();
  }

  /**
   * Score, pass/fail and one interaction per question (per part for scenarios); the caller commits
   * (once per submit, with the progress saved after it). In 1.2
   * the status and score.raw are `report`'s (a pass with lessons unread holds the score back).
   */
  recordAttempt(attempt: AttemptRecord, report: Report12): void {
    if (!this.connected || this.finished || this.readOnly) return;
    const version = this.version as ScormVersion;
    this.set(this.el.scoreMin, '0');
    this.set(this.el.scoreMax, '100');
    if (version === '1.2') {
      this.write12({ status: report.status, scoreRaw: report.scoreRaw ?? String(attempt.score) });
    } else {
      this.set(this.el.scoreRaw, String(attempt.score));
      this.set('cmi.score.scaled', scaledScore(attempt.score));
      this.set('cmi.success_status', attempt.passed ? 'passed' : 'failed');
    }
    const now = new Date();
    for (const item of attempt.items) {
      for (const record of interactionRecords(item.question, item.response, item.result, version, item.text)) this.writeInteraction(record, now);
    }
  }

  /** 1.2 score.raw before lesson_status: an LMS applying the mastery score reads both at once. */
  private write12(report: Report12): void {
    if (report.scoreRaw !== undefined && report.scoreRaw !== this.held12.scoreRaw) {
      this.set(this.el.scoreRaw, report.scoreRaw);
      this.held12.scoreRaw = report.scoreRaw;
    }
    if (report.status !== this.held12.status) {
      this.set('cmi.core.lesson_status', report.status);
      this.held12.status = report.status;
    }
  }

  private writeInteraction(record: InteractionRecord, now: Date): void {
    // A new record goes at index _count, and `id` must be written before anything else (351/408).
    const n = Number(this.get(`${this.el.interactions}._count`)) || 0;
    const base = `${this.el.interactions}.${n}`;
    this.set(`${base}.id`, record.id);
    this.set(`${base}.type`, record.type);
    this.set(`${base}.${this.el.time}`, this.version === '1.2' ? timeOfDay12(now) : timestamp2004(now));
    if (record.description !== undefined) this.set(`${base}.description`, record.description);
    this.set(`${base}.weighting`, String(record.weighting));
    if (record.correctPattern !== undefined) this.set(`${base}.correct_responses.0.pattern`, record.correctPattern);
    if (record.learnerResponse !== undefined) this.set(`${base}.${this.el.response}`, record.learnerResponse);
    this.set(`${base}.result`, record.result);
  }

  commit(): void {
    if (!this.connected || this.finished || this.readOnly) return;
    this.call(() => (this.api12 ? this.api12.LMSCommit('') : (this.api2004 as Api2004).Commit('')), 'Commit');
  }

  /**
   * Session time, then Terminate/LMSFinish exactly once (Finish button or `pagehide`). No Commit
   * first: Finish itself persists everything, and during page dismissal browsers refuse the
   * synchronous request an LMS's Commit makes (LMSs send the final commit by beacon instead).
   */
  finish(): void {
    if (!this.connected || this.finished) return;
    const elapsed = Date.now() - this.startedAt;
    if (!this.readOnly) this.set(this.el.sessionTime, this.version === '1.2' ? sessionTime12(elapsed) : sessionTime2004(elapsed));
    this.finished = true;
    this.call(() => (this.api12 ? this.api12.LMSFinish('') : (this.api2004 as Api2004).Terminate('')), 'Terminate');
  }

  get isFinished(): boolean {
    return this.finished;
  }

  private get(element: string): string {
    const value = this.api12 ? this.api12.LMSGetValue(element) : (this.api2004 as Api2004).GetValue(element);
    this.checkError(`GetValue(${element})`, true);
    return String(value ?? '');
  }

  private set(element: string, value: string): void {
    this.call(() => (this.api12 ? this.api12.LMSSetValue(element, value) : (this.api2004 as Api2004).SetValue(element, value)), `SetValue(${element})`);
  }

  private call(action: () => string, label: string): void {
    const ok = String(action());
    if (ok !== 'true') this.checkError(label, false);
  }

  /** Keeps LMS errors for the console and tests; "not initialized"/"not set" reads are expected. */
  private checkError(label: string, isRead: boolean): void {
    const code = this.api12 ? this.api12.LMSGetLastError() : (this.api2004 as Api2004).GetLastError();
    if (code && code !== '0' && !(isRead && code === '403')) {
      this.errors.push(`${label}: ${code}`);
      console.warn(`SCORM ${label} failed with error ${code}`);
    }
  }
}
