import { createHash } from 'node:crypto';
import { canonicalJson } from '../integrity/canonical-json.js';
import type { Course } from '../model/types.js';

/**
 * SHA-256 (hex) of the course's settings, questions and texts: the API versions attempts and
 * certificates by it. Where the course was loaded from does not count.
 */
export function courseContentHash(course: Course): string {
  const { settings, questions, texts } = course;
  return createHash('sha256').update(canonicalJson({ settings, questions, texts })).digest('hex');
}
