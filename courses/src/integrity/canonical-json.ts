import canonicalize from 'canonicalize';

/**
 * JSON with keys sorted at every level (RFC 8785, JSON Canonicalization Scheme), so that the
 * same value always gives the same bytes. Course versions are hashed over it and certificate
 * payloads are signed over it: `canonical-json.spec.ts` pins the bytes, because a change here
 * would make every course a new version and every signature unverifiable.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('canonicalJson: the value has no JSON form');
  return text;
}
