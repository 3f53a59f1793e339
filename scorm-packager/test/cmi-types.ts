/**
 * The SCORM data-model type of every element a SCO may write, as Moodle 4.5 checks them (ADL's
 * run-time books: SCORM 1.2 RTE 3.4, SCORM 2004 4th Ed. RTE 4.2). scorm-again checks most of
 * these itself but lets some through that Moodle refuses — 2004 timestamps with three decimals of
 * a second, strings beyond their smallest permitted maximum — so the test LMS applies this table
 * before scorm-again (lms-harness.ts), and the unit specs check every value the player writes
 * against it. Plain data (pattern sources, limits) so that the harness page can take it as JSON.
 */
export interface CmiType {
  /** The element, as a regular expression source over its dotted name (`n` for any index). */
  element: string;
  /** SCORM type, for messages and the README's table. */
  type: string;
  /** The whole value must match (regular expression source). */
  pattern?: string;
  /** Longest value in characters. */
  max?: number;
  /** Numeric range (after the pattern matched). */
  range?: [number, number];
  /** `[,]`-separated list whose items may not repeat (2004 choice and sequencing responses). */
  unique?: boolean;
  /** Only for an interaction of this `cmi.interactions.n.type` (the LMS checks responses by the type set before them). */
  interaction?: string;
  /**
   * `[,]`-separated records of two `[.]`-separated fields (2004 matching and performance): at most
   * `max` records, each field matching its pattern source; `prefix` may open the value.
   */
  records?: { max: number; first: string; second: string; prefix?: string };
}

const DECIMAL = '-?\\d+(\\.\\d+)?';
/** Moodle's short_identifier_type (mod/scorm/datamodels/scorm_13.js): word characters and dots, no hyphen. */
const SHORT_ID_MOODLE = '[\\w.]{1,250}';
const N = '\\d+';

export const CMI_TYPES_12: CmiType[] = [
  { element: 'cmi\\.core\\.lesson_location', type: 'CMIString255', max: 255 },
  { element: 'cmi\\.core\\.lesson_status', type: 'CMIVocabulary (Status)', pattern: '(passed|completed|failed|incomplete|browsed)' },
  { element: 'cmi\\.core\\.exit', type: 'CMIVocabulary (Exit)', pattern: '(time-out|suspend|logout|)' },
  { element: 'cmi\\.core\\.session_time', type: 'CMITimespan', pattern: '\\d{2,4}:\\d{2}:\\d{2}(\\.\\d{1,2})?' },
  { element: 'cmi\\.core\\.score\\.(raw|min|max)', type: 'CMIDecimal or CMIBlank, 0–100', pattern: `(${DECIMAL})?`, range: [0, 100] },
  { element: 'cmi\\.suspend_data', type: 'CMIString4096', max: 4096 },
  { element: `cmi\\.interactions\\.${N}\\.id`, type: 'CMIIdentifier', pattern: '[\\x21-\\x7E]{1,255}' },
  {
    element: `cmi\\.interactions\\.${N}\\.type`,
    type: 'CMIVocabulary (Interaction)',
    pattern: '(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)',
  },
  { element: `cmi\\.interactions\\.${N}\\.time`, type: 'CMITime', pattern: '\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,2})?' },
  { element: `cmi\\.interactions\\.${N}\\.weighting`, type: 'CMIDecimal', pattern: DECIMAL },
  { element: `cmi\\.interactions\\.${N}\\.(student_response|correct_responses\\.${N}\\.pattern)`, type: 'CMIFeedback', max: 255 },
  {
    element: `cmi\\.interactions\\.${N}\\.(student_response|correct_responses\\.${N}\\.pattern)`,
    type: 'CMIFeedback (performance: free form, 255 characters)',
    interaction: 'performance',
    max: 255,
  },
  { element: `cmi\\.interactions\\.${N}\\.result`, type: 'CMIVocabulary (Result) or CMIDecimal', pattern: `(correct|wrong|unanticipated|neutral|${DECIMAL})` },
];

export const CMI_TYPES_2004: CmiType[] = [
  { element: 'cmi\\.location', type: 'characterstring (SPM 1000)', max: 1000 },
  {
    element: 'cmi\\.completion_status',
    type: 'state (completed, incomplete, not attempted, unknown)',
    pattern: '(completed|incomplete|not attempted|unknown)',
  },
  { element: 'cmi\\.success_status', type: 'state (passed, failed, unknown)', pattern: '(passed|failed|unknown)' },
  { element: 'cmi\\.exit', type: 'state (time-out, suspend, logout, normal, "")', pattern: '(time-out|suspend|logout|normal|)' },
  {
    element: 'cmi\\.session_time',
    type: 'timeinterval (second,10,2)',
    pattern: 'P(?!$)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,2})?S)?)?',
  },
  { element: 'cmi\\.score\\.scaled', type: 'real (10,7) in [-1, 1], plain decimal', pattern: '-?\\d(\\.\\d{1,7})?', range: [-1, 1] },
  { element: 'cmi\\.score\\.(raw|min|max)', type: 'real (10,7)', pattern: '-?\\d{1,10}(\\.\\d{1,7})?' },
  { element: 'cmi\\.suspend_data', type: 'characterstring (SPM 64000)', max: 64000 },
  { element: `cmi\\.interactions\\.${N}\\.id`, type: 'long_identifier_type (SPM 4000)', pattern: '[^\\s\\[\\]]{1,4000}' },
  {
    element: `cmi\\.interactions\\.${N}\\.type`,
    type: 'state (interaction types)',
    pattern: '(true-false|choice|fill-in|long-fill-in|matching|performance|sequencing|likert|numeric|other)',
  },
  {
    element: `cmi\\.interactions\\.${N}\\.timestamp`,
    type: 'time (second,10,2)',
    pattern: '\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2}(\\.\\d{1,2})?)?)?)?)?)?(Z|[+-]\\d{2}(:\\d{2})?)?',
  },
  { element: `cmi\\.interactions\\.${N}\\.weighting`, type: 'real (10,7)', pattern: '-?\\d{1,10}(\\.\\d{1,7})?' },
  { element: `cmi\\.interactions\\.${N}\\.description`, type: 'localized_string_type (SPM 250)', max: 250 },
  {
    element: `cmi\\.interactions\\.${N}\\.(learner_response|correct_responses\\.${N}\\.pattern)`,
    type: 'characterstring per interaction type: short_identifier_type (SPM 250) lists, [,] / [.] delimited; true|false',
    max: 4000,
    unique: true,
  },
  {
    element: `cmi\\.interactions\\.${N}\\.(learner_response|correct_responses\\.${N}\\.pattern)`,
    type: 'choice: short identifiers (Moodle: word characters and dots) joined by [,], at most 36',
    interaction: 'choice',
    pattern: `${SHORT_ID_MOODLE}(\\[,\\]${SHORT_ID_MOODLE}){0,35}`,
  },
  {
    element: `cmi\\.interactions\\.${N}\\.(learner_response|correct_responses\\.${N}\\.pattern)`,
    type: 'sequencing: short identifiers (Moodle: word characters and dots) joined by [,], at most 36',
    interaction: 'sequencing',
    pattern: `${SHORT_ID_MOODLE}(\\[,\\]${SHORT_ID_MOODLE}){0,35}`,
  },
  {
    element: `cmi\\.interactions\\.${N}\\.(learner_response|correct_responses\\.${N}\\.pattern)`,
    type: 'matching: source[.]target records of short identifiers (Moodle: word characters and dots) joined by [,], at most 36',
    interaction: 'matching',
    records: { max: 36, first: SHORT_ID_MOODLE, second: SHORT_ID_MOODLE },
  },
  {
    element: `cmi\\.interactions\\.${N}\\.(learner_response|correct_responses\\.${N}\\.pattern)`,
    type: 'performance: step_name[.]step_answer records joined by [,] (≤ 250); name a short identifier or empty, answer a short identifier, a decimal or empty',
    interaction: 'performance',
    records: {
      max: 250,
      first: `(${SHORT_ID_MOODLE})?`,
      second: `(-?\\d{1,5}(\\.\\d{1,18})?|${SHORT_ID_MOODLE})?`,
      prefix: '\\{order_matters=(true|false)\\}',
    },
  },
  {
    element: `cmi\\.interactions\\.${N}\\.result`,
    type: 'state (correct, incorrect, unanticipated, neutral) or real (10,7)',
    pattern: `(correct|incorrect|unanticipated|neutral|${DECIMAL})`,
  },
];

/**
 * 1.2 refuses a wrong type with 405 (incorrect data type); 2004 with 406 (type mismatch), out of
 * range 407. `interaction` is the type already set for the element's interaction, which decides
 * how a response is read. Self-contained (no closure) so that the harness page can run its source text.
 */
export function checkCmiWith(table: CmiType[], version: '1.2' | '2004', element: string, value: string, interaction?: string): string | undefined {
  const mismatch = version === '1.2' ? '405' : '406';
  const rules = table.filter((each) => new RegExp(`^${each.element}$`).test(element) && (each.interaction === undefined || each.interaction === interaction));
  for (const rule of rules) {
    if (rule.max !== undefined && [...value].length > rule.max) return mismatch;
    if (rule.pattern !== undefined && !new RegExp(`^(?:${rule.pattern})$`).test(value)) return mismatch;
    if (rule.range && value !== '' && (Number(value) < rule.range[0] || Number(value) > rule.range[1])) return version === '1.2' ? '405' : '407';
    if (rule.unique && value.includes('[,]')) {
      const items = value.split('[,]');
      if (new Set(items).size !== items.length) return mismatch;
    }
    if (rule.records) {
      const { max, first, second, prefix } = rule.records;
      const body = prefix ? value.replace(new RegExp(`^${prefix}`), '') : value;
      const records = body.split('[,]');
      if (records.length > max) return mismatch;
      for (const record of records) {
        const fields = record.split('[.]');
        if (fields.length !== 2 || !new RegExp(`^(?:${first})$`).test(fields[0]) || !new RegExp(`^(?:${second})$`).test(fields[1])) return mismatch;
      }
    }
  }
  return undefined;
}

export const checkCmi = (version: '1.2' | '2004', element: string, value: string, interaction?: string): string | undefined =>
  checkCmiWith(version === '1.2' ? CMI_TYPES_12 : CMI_TYPES_2004, version, element, value, interaction);

/** The page script defining `checkCmi(version, element, value, interaction)` for the test LMS. */
export const CMI_CHECK_SCRIPT = `const CMI_TYPES = ${JSON.stringify({ '1.2': CMI_TYPES_12, '2004': CMI_TYPES_2004 })};
const checkCmiWith = ${checkCmiWith.toString()};
const checkCmi = (version, element, value, interaction) => checkCmiWith(CMI_TYPES[version], version, element, value, interaction);`;

/** The rule an element falls under (undefined: no rule — the spec lists what the player writes). */
export const cmiTypeOf = (version: '1.2' | '2004', element: string): CmiType | undefined =>
  (version === '1.2' ? CMI_TYPES_12 : CMI_TYPES_2004).find((each) => new RegExp(`^${each.element}$`).test(element));
