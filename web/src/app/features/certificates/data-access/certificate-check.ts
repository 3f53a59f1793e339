import { CertificateKeysStore, STATUS_LIST_SIZE } from './certificate-keys.store';
import { parseQrPayload, verifyQrSignature } from './qr-payload';
import { isRevoked } from './status-list';

/**
 * Loads the QR decoder and the credential verifier (lazy chunks) while there is a connection, so
 * that an image or a credential can still be checked after it is gone. Without this, the first
 * check made offline would fail to fetch its code.
 */
export function preloadVerifiers(): void {
  void import('jsqr').catch(() => undefined);
  void import('./credential-verifier').catch(() => undefined);
}

export type CheckStatus = 'valid' | 'expired' | 'revoked' | 'unknown';

/** What the verify page shows: the verdict, what the signed document says, and how much was checked. */
export interface CertificateCheck {
  status: CheckStatus;
  /** What was checked: a QR code's signed payload, a credential's proof, or a bare code (online only). */
  what: 'qr' | 'credential' | 'code';
  code?: string;
  learnerName?: string;
  courseTitle?: string;
  issued?: string;
  expires?: string;
  /** How revocation was known: from the server or a status list fetched now, a saved list (with its date), or not at all. */
  revocation: { source: 'online' } | { source: 'saved'; asOf: string } | { source: 'none' };
}

interface Signed {
  keyId: string;
  code?: string;
  statusIndex?: number;
  expires?: string;
}

const isExpired = (expires: string | undefined, now: Date): boolean => !!expires && new Date(expires.length === 10 ? `${expires}T23:59:59Z` : expires) < now;

/**
 * Revocation, as well as can be known: the server's verdict when it answers, else this key's
 * status list (fresh if reachable, else the copy saved on this device, with its date).
 */
async function revocation(store: CertificateKeysStore, signed: Signed, online: boolean): Promise<{ revoked: boolean; how: CertificateCheck['revocation'] }> {
  if (online && signed.code) {
    try {
      const res = await fetch(`/api/certificates/verify/${encodeURIComponent(signed.code)}`);
      if (res.ok) return { revoked: ((await res.json()) as { status: string }).status === 'revoked', how: { source: 'online' } };
    } catch {
      /* unreachable: fall through to the status list */
    }
  }
  if (signed.statusIndex !== undefined) {
    const asked = new Date().toISOString();
    const list = await store.statusList(signed.keyId, Math.floor(signed.statusIndex / STATUS_LIST_SIZE), online);
    if (list) {
      const revoked = await isRevoked(list.encodedList, signed.statusIndex % STATUS_LIST_SIZE);
      return { revoked, how: list.fetchedAt >= asked ? { source: 'online' } : { source: 'saved', asOf: list.fetchedAt } };
    }
  }
  return { revoked: false, how: { source: 'none' } };
}

/** Checks a QR code's text (or its payload) against the saved keys; undefined if it is not a QR payload. */
export async function checkQrText(text: string, store: CertificateKeysStore, online: boolean, now = new Date()): Promise<CertificateCheck | undefined> {
  const payload = parseQrPayload(text);
  if (!payload) return undefined;
  const key = store.key(payload.keyId);
  if (!key || !(await verifyQrSignature(payload, key.x))) return { status: 'unknown', what: 'qr', revocation: { source: 'none' } };
  const { revoked, how } = await revocation(store, payload, online);
  return {
    status: revoked ? 'revoked' : isExpired(payload.expires, now) ? 'expired' : 'valid',
    what: 'qr',
    code: payload.code,
    learnerName: payload.learnerName,
    courseTitle: payload.courseTitle,
    issued: payload.issued,
    ...(payload.expires ? { expires: payload.expires } : {}),
    revocation: how,
  };
}

interface OpenBadge {
  id?: string;
  issuer?: { id?: string } | string;
  validFrom?: string;
  validUntil?: string;
  credentialSubject?: { identifier?: { identityHash?: string }[]; achievement?: { name?: string } };
  credentialStatus?: { statusListCredential?: string; statusListIndex?: string };
}

/** Checks an Open Badges credential (JSON text); undefined if the text is not JSON with a proof. */
export async function checkCredentialText(text: string, store: CertificateKeysStore, online: boolean, now = new Date()): Promise<CertificateCheck | undefined> {
  let credential: OpenBadge & Record<string, unknown>;
  try {
    credential = JSON.parse(text) as OpenBadge & Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof credential !== 'object' || credential === null || !('proof' in credential)) return undefined;
  const unknown: CertificateCheck = { status: 'unknown', what: 'credential', revocation: { source: 'none' } };
  const issuer = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer?.id;
  const key = store.saved()?.keys.find((k) => k.did === issuer);
  if (!issuer || !key) return unknown;
  const { verifyProof } = await import('./credential-verifier');
  if (!(await verifyProof(credential)).verified) return unknown;
  // Our status list URL ends in /<kid>-<list>; the index within it is statusListIndex.
  const list = /\/(\d+)-(\d+)$/.exec(credential.credentialStatus?.statusListCredential ?? '');
  const index = Number(credential.credentialStatus?.statusListIndex);
  const code = credential.id?.split('/verify/')[1];
  const signed: Signed = {
    keyId: key.kid,
    ...(code ? { code: decodeURIComponent(code) } : {}),
    ...(list && Number.isInteger(index) ? { statusIndex: Number(list[2]) * STATUS_LIST_SIZE + index } : {}),
  };
  const { revoked, how } = await revocation(store, signed, online);
  return {
    status: revoked ? 'revoked' : isExpired(credential.validUntil, now) ? 'expired' : 'valid',
    what: 'credential',
    ...(signed.code ? { code: signed.code } : {}),
    learnerName: credential.credentialSubject?.identifier?.[0]?.identityHash,
    courseTitle: credential.credentialSubject?.achievement?.name,
    issued: credential.validFrom,
    ...(credential.validUntil ? { expires: credential.validUntil } : {}),
    revocation: how,
  };
}
