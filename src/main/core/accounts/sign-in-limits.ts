import type { Clock } from './sessions';

/**
 * How many failed sign-ins are let through before refusing, in one place: `perName` failures for
 * one user name (someone guessing a counselor's password) or `perAddress` from one address (someone
 * trying many names) within `windowMs` close that name or address for `lockMs`. The address is
 * the connection's own: the server is reached directly on the school network, and a proxy's
 * X-Forwarded-For would be the guesser's to write.
 */
export const SIGN_IN_LIMITS = { perName: 5, perAddress: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 } as const;
export type SignInLimitRules = { perName: number; perAddress: number; windowMs: number; lockMs: number };

interface Tally {
  failures: number[];
  lockedUntil: number;
}

/** Beyond this many names and addresses counted, the ones with nothing recent are forgotten. */
const MAX_TALLIES = 10_000;

/**
 * Failed sign-ins counted per user name and per address, in memory (a restart forgets them, as it
 * forgets the sessions). A refused attempt is not checked and not counted; a success clears its
 * name's count, not its address's (one counselor signing in must not reopen a guesser's address).
 */
export class SignInLimits {
  readonly #names = new Map<string, Tally>();
  readonly #addresses = new Map<string, Tally>();
  readonly #rules: SignInLimitRules;
  readonly #now: Clock;

  constructor(rules: SignInLimitRules = SIGN_IN_LIMITS, now: Clock = Date.now) {
    this.#rules = rules;
    this.#now = now;
  }

  /** The sentence refusing this attempt, or null when it may be checked. */
  refusal(userName: string, address: string): string | null {
    const now = this.#now();
    const wait = `wait ${Math.ceil(this.#rules.lockMs / 60_000)} minutes or ask your lead to check the account.`;
    const name = nameKey(userName);
    if (locked(this.#names, name, now)) return `Too many sign-in attempts for ${name}; ${wait}`;
    if (locked(this.#addresses, address, now)) return `Too many sign-in attempts from this computer (${address}); ${wait}`;
    return null;
  }

  failed(userName: string, address: string): void {
    const now = this.#now();
    this.#count(this.#names, nameKey(userName), this.#rules.perName, now);
    this.#count(this.#addresses, address, this.#rules.perAddress, now);
  }

  succeeded(userName: string): void {
    this.#names.delete(nameKey(userName));
  }

  #count(tallies: Map<string, Tally>, key: string, limit: number, now: number): void {
    if (tallies.size >= MAX_TALLIES) this.#forgetOld(tallies, now);
    const tally = tallies.get(key) ?? { failures: [], lockedUntil: 0 };
    tally.failures = tally.failures.filter((at) => now - at < this.#rules.windowMs);
    tally.failures.push(now);
    if (tally.failures.length >= limit) {
      tally.lockedUntil = now + this.#rules.lockMs;
      tally.failures = [];
    }
    tallies.set(key, tally);
  }

  #forgetOld(tallies: Map<string, Tally>, now: number): void {
    for (const [key, t] of tallies) {
      if (t.lockedUntil <= now && t.failures.every((at) => now - at >= this.#rules.windowMs)) tallies.delete(key);
    }
  }
}

function locked(tallies: Map<string, Tally>, key: string, now: number): boolean {
  const tally = tallies.get(key);
  return tally !== undefined && tally.lockedUntil > now;
}

/** As user names are kept (accounts.ts userNameOf), without refusing: a malformed name is counted too. */
function nameKey(text: string): string {
  return text.trim().toLowerCase().slice(0, 64);
}
