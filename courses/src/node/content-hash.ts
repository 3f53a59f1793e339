import { createHash } from 'node:crypto';
import type { Course } from '../model/types.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** JSON with keys sorted at every level, so the same content always gives the same bytes. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: Json) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.keys(item).sort().map((key) => [key, item[key]]))
      : item,
  );
}

/**
 * SHA-256 (hex) of the course's settings, questions and texts: the API versions attempts and
 * certificates by it. Where the course was loaded from does not count.
 */
export function courseContentHash(course: Course): string {
  const { settings, questions, texts } = course;
  return createHash('sha256').update(canonicalJson({ settings, questions, texts })).digest('hex');
}
