/**
 * Moodle 4.5's launches, modelled for the test LMS: from the CMI record the previous launch left,
 * the data the next launch starts with. What Moodle does (observed on Moodle 4.5.6 and in its
 * SCORM player):
 * - Every normal launch has `credit` = `credit` and mode `normal`; a first launch (or a new
 *   attempt) has entry `ab-initio` and no data but the manifest's (mastery score / scaled passing
 *   score).
 * - "Force new attempt: No" (the default): once an attempt has ended — 1.2 `lesson_status`
 *   completed, passed or failed; 2004 `completion_status` completed or `success_status` passed —
 *   the next launch is in **review** mode: `cmi.core.lesson_mode` / `cmi.mode` = `review`,
 *   `credit` = `no-credit`, `cmi.core.entry` = '' (1.2) / `cmi.entry` = `ab-initio` (2004), with
 *   the earlier suspend_data, location, status and score still readable, and whatever the SCO
 *   writes stored over them. The learner may also relaunch such an attempt in normal mode
 *   (`mode: 'normal'`): same data, entry ''/ab-initio, credit.
 * - After `exit` = `suspend` on an attempt that has not ended: a normal resume (entry `resume`).
 * - "Force new attempt: Always": a fresh attempt with empty data, whatever came before.
 * - SCORM 1.2 at LMSFinish, in normal mode with credit, a `score.raw` and a mastery score:
 *   `lesson_status` becomes passed/failed from raw ≥ mastery. scorm-again's `mastery_override`
 *   applies exactly that rule (normal mode, credit, both values present, at the terminate
 *   commit) — but only when `credit` is `credit`, which a launch must therefore set (see
 *   moodle.spec.ts, which checks the rule on the harness itself).
 */
import { launchDataFromManifest } from './lms-harness.js';
import type { Cmi, ScormRuntime } from './lms-browser.js';

export interface MoodleRelaunch {
  /** The activity's "Force new attempt" setting: `always` starts every launch afresh. */
  forceNewAttempt?: 'no' | 'always';
  /** The learner chose Normal rather than the Review mode Moodle opens an ended attempt in. */
  mode?: 'normal';
}

/** The manifest's launch data: 1.2 mastery score, 2004 scaled passing score. */
export const manifestData = (manifest: string, version: ScormRuntime): Cmi => launchDataFromManifest(manifest, version);

/** A first launch (or a forced new attempt): normal mode, credit, entry ab-initio, nothing else. */
export function moodleFirstLaunch(manifest: Cmi, version: ScormRuntime): Cmi {
  return version === '1.2'
    ? { ...manifest, core: { entry: 'ab-initio', lesson_mode: 'normal', credit: 'credit' } }
    : { ...manifest, entry: 'ab-initio', mode: 'normal', credit: 'credit' };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const obj = (value: unknown): Cmi => (typeof value === 'object' && value !== null ? (value as Cmi) : {});

/** Whether Moodle counts the attempt the record belongs to as ended (so it opens it in review mode). */
export function attemptEnded(record: Cmi, version: ScormRuntime): boolean {
  if (version === '1.2') return ['completed', 'passed', 'failed'].includes(text(obj(record.core).lesson_status));
  return text(record.completion_status) === 'completed' || text(record.success_status) === 'passed';
}

/** The data Moodle launches the SCO with next, from the CMI record the last launch left. */
export function moodleRelaunch(record: Cmi, manifest: Cmi, version: ScormRuntime, options: MoodleRelaunch = {}): Cmi {
  if (options.forceNewAttempt === 'always') return moodleFirstLaunch(manifest, version);
  const review = attemptEnded(record, version) && options.mode !== 'normal';
  const mode = review ? 'review' : 'normal';
  const credit = review ? 'no-credit' : 'credit';
  if (version === '1.2') {
    const core = obj(record.core);
    const score = obj(core.score);
    const resume = !review && text(core.exit) === 'suspend';
    return {
      ...manifest,
      suspend_data: text(record.suspend_data),
      core: {
        entry: resume ? 'resume' : '',
        lesson_mode: mode,
        credit,
        lesson_location: text(core.lesson_location),
        lesson_status: text(core.lesson_status),
        score: { raw: text(score.raw), min: text(score.min), max: text(score.max) },
      },
    };
  }
  const score = obj(record.score);
  const resume = !review && text(record.exit) === 'suspend';
  return {
    ...manifest,
    entry: resume ? 'resume' : 'ab-initio',
    mode,
    credit,
    location: text(record.location),
    suspend_data: text(record.suspend_data),
    completion_status: text(record.completion_status),
    success_status: text(record.success_status),
    score: { raw: text(score.raw), min: text(score.min), max: text(score.max), scaled: text(score.scaled) },
  };
}
