import { DOCUMENT } from '@angular/common';
import { Injectable, inject, signal } from '@angular/core';

/** One published signing key (GET /api/certificates/keys). */
export interface PublishedKey {
  kid: string;
  x: string;
  did: string;
  created: string;
}

export interface CachedStatusList {
  url: string;
  fetchedAt: string;
  encodedList: string;
}

const KEYS = 'vt.certificates.keys';
const LISTS = 'vt.certificates.status-lists';
/** Indexes per status list (the API's STATUS_LIST_SIZE). */
export const STATUS_LIST_SIZE = 131_072;
/** How long a saved key set is fresh enough not to ask again when the app opens. */
const FRESH_MS = 60 * 60 * 1000;

/**
 * The certificate signing keys and revocation lists, saved on this device so that the verify page
 * works with no connection once the app has been opened (decision 0015). Refreshed in the
 * background when the app starts (at most hourly) and whenever the verify page is online.
 */
@Injectable({ providedIn: 'root' })
export class CertificateKeysStore {
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly state = signal<{ fetchedAt: string; keys: PublishedKey[] } | undefined>(this.read(KEYS));
  readonly saved = this.state.asReadonly();

  /**
   * When the app starts: the same refresh a few seconds later, so that on a slow link the first
   * page's own requests go first.
   */
  refreshSoon(delayMs = 3000): void {
    setTimeout(() => void this.refresh(), delayMs);
  }

  /** Fetches the key set (and each key's first status list) unless a fresh copy is saved; never throws. */
  async refresh(force = false): Promise<boolean> {
    const saved = this.state();
    if (!force && saved && Date.now() - Date.parse(saved.fetchedAt) < FRESH_MS) return true;
    try {
      const res = await fetch('/api/certificates/keys');
      if (!res.ok) return false;
      const { keys } = (await res.json()) as { keys: PublishedKey[] };
      const value = { fetchedAt: new Date().toISOString(), keys: keys.map(({ kid, x, did, created }) => ({ kid, x, did, created })) };
      this.write(KEYS, value);
      this.state.set(value);
      await Promise.all(keys.map((key) => this.statusList(key.kid, 0, true)));
      return true;
    } catch {
      return false; // offline: keep what is saved
    }
  }

  key(kid: string): PublishedKey | undefined {
    return this.state()?.keys.find((key) => key.kid === kid);
  }

  isOurs(did: string): boolean {
    return !!this.state()?.keys.some((key) => key.did === did);
  }

  statusListUrl(kid: string, list: number): string {
    return `/api/certificates/status/${kid}-${list}`;
  }

  /** A key's status list: fetched when `online` and reachable, else the saved copy. */
  async statusList(kid: string, list: number, online: boolean): Promise<CachedStatusList | undefined> {
    const url = this.statusListUrl(kid, list);
    if (online) {
      try {
        const res = await fetch(url);
        if (res.ok) {
          const credential = (await res.json()) as { credentialSubject?: { encodedList?: string } };
          const encodedList = credential.credentialSubject?.encodedList;
          // Read, change and write in one go after the fetch: several lists are fetched at once.
          if (typeof encodedList === 'string') this.write(LISTS, { ...this.lists(), [url]: { url, fetchedAt: new Date().toISOString(), encodedList } });
        }
      } catch {
        /* offline after all: use the saved copy */
      }
    }
    return this.lists()[url];
  }

  private lists(): Record<string, CachedStatusList> {
    return this.read<Record<string, CachedStatusList>>(LISTS) ?? {};
  }

  private read<T>(name: string): T | undefined {
    try {
      const text = this.window?.localStorage.getItem(name);
      return text ? (JSON.parse(text) as T) : undefined;
    } catch {
      return undefined; // storage disabled or corrupted: as if nothing was saved
    }
  }

  private write(name: string, value: unknown): void {
    try {
      this.window?.localStorage.setItem(name, JSON.stringify(value));
    } catch {
      /* storage full or disabled: verification then needs a connection */
    }
  }
}
