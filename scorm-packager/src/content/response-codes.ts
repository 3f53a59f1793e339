const SINGLE = /^[0-9a-z]$/;
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * SCORM 1.2 choice/matching/sequencing responses are single characters `0-9a-z`. Option ids that
 * are single characters are used as they are; a list with a longer id is coded by authored position,
 * which is stable for a question version (shuffling changes display order, never this list). The
 * player writes these codes and the trainer's report key (report-key.ts) decodes them.
 */
export function code12(ids: string[], id: string): string {
  if (ids.every((each) => SINGLE.test(each))) return id;
  const index = ids.indexOf(id);
  return index >= 0 && index < BASE36.length ? BASE36[index] : '';
}
