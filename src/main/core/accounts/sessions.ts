import { createHash, randomBytes } from 'node:crypto';

/**
 * How long a department server session lives, in one place: it ends after `idleMs` without a
 * request (a counselor who walked away from a shared computer), and `absoluteMs` after sign-in
 * whatever happens (a school day), so a stolen cookie is worth a day at most.
 */
export const SESSION_RULES = { idleMs: 30 * 60_000, absoluteMs: 10 * 60 * 60_000 } as const;
export type SessionRules = { idleMs: number; absoluteMs: number };

/** A clock in milliseconds: Date.now in use, a hand-turned one in tests. */
export type Clock = () => number;

interface Session {
  userName: string;
  startedAt: number;
  seenAt: number;
}

/**
 * The signed-in sessions of one server, in memory: a restart signs everyone out, which is the
 * price of keeping no session table yet (one server process per department). The cookie holds a
 * random 256-bit id; only its SHA-256 is kept, so a memory dump or a log of this map cannot be
 * replayed as a cookie.
 */
export class SessionBook {
  readonly #sessions = new Map<string, Session>();
  readonly #rules: SessionRules;
  readonly #now: Clock;

  constructor(rules: SessionRules = SESSION_RULES, now: Clock = Date.now) {
    this.#rules = rules;
    this.#now = now;
  }

  /** A new session for this account; returns the id for the cookie (never kept here). */
  start(userName: string): string {
    this.#dropExpired();
    const id = randomBytes(32).toString('base64url');
    const now = this.#now();
    this.#sessions.set(keyOf(id), { userName, startedAt: now, seenAt: now });
    return id;
  }

  /** The account of a live session (and the session is seen now), or null: unknown, idle too long, or too old. */
  find(id: string | undefined): string | null {
    if (!id) return null;
    const key = keyOf(id);
    const session = this.#sessions.get(key);
    if (!session) return null;
    const now = this.#now();
    if (this.#expired(session, now)) {
      this.#sessions.delete(key);
      return null;
    }
    session.seenAt = now;
    return session.userName;
  }

  end(id: string | undefined): void {
    if (id) this.#sessions.delete(keyOf(id));
  }

  /** Every session of an account (it was disabled): the next request of each is refused. */
  endAllOf(userName: string): void {
    for (const [key, s] of this.#sessions) if (s.userName === userName) this.#sessions.delete(key);
  }

  get size(): number {
    return this.#sessions.size;
  }

  #expired(s: Session, now: number): boolean {
    return now - s.seenAt >= this.#rules.idleMs || now - s.startedAt >= this.#rules.absoluteMs;
  }

  #dropExpired(): void {
    const now = this.#now();
    for (const [key, s] of this.#sessions) if (this.#expired(s, now)) this.#sessions.delete(key);
  }
}

function keyOf(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}
