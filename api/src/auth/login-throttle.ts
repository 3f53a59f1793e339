import { HttpException, HttpStatus, Injectable } from '@nestjs/common';

/** Failures allowed from one address on one account before each further one doubles a wait. */
export const FREE_FAILURES = 5;
/** The longest wait an address is made to keep between guesses on one account. */
export const MAX_BACKOFF_MS = 15 * 60_000;
/** Failures per account per hour, from addresses that never signed in to it, before those are refused. */
export const ACCOUNT_CEILING = 20;
const HOUR_MS = 60 * 60_000;
/** An address that signed in to an account stays known for this long. */
const KNOWN_FOR_MS = 30 * 24 * HOUR_MS;
const MAX_ENTRIES = 50_000;

export class TooManyAttempts extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super({ title: 'too many requests', message: 'Too many failed sign-ins; wait and try again.' }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

/**
 * Slows password guessing without letting an attacker lock the owner out (issue 14):
 * - per account and address, after FREE_FAILURES wrong passwords each further one must wait
 *   1 s, 2 s, 4 s … up to MAX_BACKOFF_MS (a typo costs nothing; a guesser gets a few an hour);
 * - per account, at most ACCOUNT_CEILING failures an hour from addresses spread over a botnet —
 *   but an address that has already signed in to the account is exempt, so its owner still can.
 * In process memory like the other limits (decision 0005); a success clears its address's count.
 */
@Injectable()
export class LoginThrottle {
  private readonly pairs = new Map<string, { failures: number; lastAt: number }>();
  private readonly accounts = new Map<string, { failures: number; windowEndsAt: number }>();
  private readonly known = new Map<string, number>();

  /** Throws TooManyAttempts when this address must wait before guessing this account's password again. */
  check(email: string, ip: string, now = Date.now()): void {
    const pair = this.pairs.get(`${email}|${ip}`);
    if (pair && pair.failures >= FREE_FAILURES) {
      const waitUntil = pair.lastAt + Math.min(1000 * 2 ** (pair.failures - FREE_FAILURES), MAX_BACKOFF_MS);
      if (waitUntil > now) throw new TooManyAttempts(Math.ceil((waitUntil - now) / 1000));
    }
    const account = this.accounts.get(email);
    if (account && account.windowEndsAt > now && account.failures >= ACCOUNT_CEILING && !this.isKnown(email, ip, now))
      throw new TooManyAttempts(Math.ceil((account.windowEndsAt - now) / 1000));
  }

  failed(email: string, ip: string, now = Date.now()): void {
    this.sweep(now);
    const key = `${email}|${ip}`;
    const pair = this.pairs.get(key);
    this.pairs.set(key, { failures: (pair?.failures ?? 0) + 1, lastAt: now });
    if (this.isKnown(email, ip, now)) return;
    const account = this.accounts.get(email);
    if (!account || account.windowEndsAt <= now) this.accounts.set(email, { failures: 1, windowEndsAt: now + HOUR_MS });
    else account.failures++;
  }

  succeeded(email: string, ip: string, now = Date.now()): void {
    this.pairs.delete(`${email}|${ip}`);
    this.known.set(`${email}|${ip}`, now + KNOWN_FOR_MS);
  }

  private isKnown(email: string, ip: string, now: number): boolean {
    return (this.known.get(`${email}|${ip}`) ?? 0) > now;
  }

  /** Bounded memory: past MAX_ENTRIES, entries whose waits are over are dropped. */
  private sweep(now: number): void {
    if (this.pairs.size > MAX_ENTRIES) for (const [key, pair] of this.pairs) if (pair.lastAt + MAX_BACKOFF_MS < now) this.pairs.delete(key);
    if (this.accounts.size > MAX_ENTRIES) for (const [key, account] of this.accounts) if (account.windowEndsAt <= now) this.accounts.delete(key);
    if (this.known.size > MAX_ENTRIES) for (const [key, until] of this.known) if (until <= now) this.known.delete(key);
  }
}
