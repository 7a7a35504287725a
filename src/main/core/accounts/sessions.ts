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

/** A session as kept: whose, and the two instants (ms) it ends at, whichever comes first. */
export interface SessionRecord {
  userName: string;
  idleUntil: number;
  expiresAt: number;
}

/** Where sessions outlive the process (session-rows.ts: the counselor_session table, migration 21), by the SHA-256 of their id. */
export interface KeptSessions {
  save(key: string, session: SessionRecord): Promise<void>;
  load(key: string): Promise<SessionRecord | null>;
  remove(key: string): Promise<void>;
  removeAllOf(userName: string): Promise<void>;
  removeEnded(now: number): Promise<void>;
}

/**
 * A request moves a session's idle end on; it is written to the kept sessions only once it has
 * moved this far since last written, not on every request. After a restart a session may so end
 * up to this much sooner than it would have: early, never late.
 */
export const TOUCH_WRITE_MS = 60_000;

interface Live extends SessionRecord {
  savedIdleUntil: number;
}

/**
 * The signed-in sessions of one server: in memory for speed, and kept (when given `kept`) so a
 * restart signs no one out; a session the memory does not hold is looked up there. The cookie
 * holds a random 256-bit id; only its SHA-256 is kept, in memory and in the database, so a memory
 * dump, a log or a copy of the table cannot be replayed as a cookie.
 */
export class SessionBook {
  readonly #sessions = new Map<string, Live>();
  readonly #rules: SessionRules;
  readonly #now: Clock;
  readonly #kept: KeptSessions | null;

  constructor(rules: SessionRules = SESSION_RULES, now: Clock = Date.now, kept: KeptSessions | null = null) {
    this.#rules = rules;
    this.#now = now;
    this.#kept = kept;
  }

  /** A new session for this account; returns the id for the cookie (never kept here). */
  async start(userName: string): Promise<string> {
    const now = this.#now();
    this.#dropEnded(now);
    await this.#kept?.removeEnded(now);
    const id = randomBytes(32).toString('base64url');
    const session: SessionRecord = { userName, idleUntil: now + this.#rules.idleMs, expiresAt: now + this.#rules.absoluteMs };
    await this.#kept?.save(keyOf(id), session);
    this.#sessions.set(keyOf(id), { ...session, savedIdleUntil: session.idleUntil });
    return id;
  }

  /** The account of a live session (and the session is seen now), or null: unknown, idle too long, or too old. */
  async find(id: string | undefined): Promise<string | null> {
    if (!id) return null;
    const key = keyOf(id);
    const session = this.#sessions.get(key) ?? (await this.#recall(key));
    if (!session) return null;
    const now = this.#now();
    if (ended(session, now)) {
      this.#sessions.delete(key);
      await this.#kept?.remove(key);
      return null;
    }
    // Never past the absolute end: the idle end only matters before it.
    session.idleUntil = Math.min(now + this.#rules.idleMs, session.expiresAt);
    if (this.#kept && session.idleUntil - session.savedIdleUntil >= TOUCH_WRITE_MS) {
      await this.#kept.save(key, session);
      session.savedIdleUntil = session.idleUntil;
    }
    return session.userName;
  }

  async end(id: string | undefined): Promise<void> {
    if (!id) return;
    this.#sessions.delete(keyOf(id));
    await this.#kept?.remove(keyOf(id));
  }

  /** Every session of an account (it was disabled): the next request of each is refused. */
  async endAllOf(userName: string): Promise<void> {
    for (const [key, s] of this.#sessions) if (s.userName === userName) this.#sessions.delete(key);
    await this.#kept?.removeAllOf(userName);
  }

  /** Sessions held in memory (a kept one not yet seen since a restart is not counted). */
  get size(): number {
    return this.#sessions.size;
  }

  async #recall(key: string): Promise<Live | null> {
    const kept = await this.#kept?.load(key);
    if (!kept) return null;
    const live = { ...kept, savedIdleUntil: kept.idleUntil };
    this.#sessions.set(key, live);
    return live;
  }

  #dropEnded(now: number): void {
    for (const [key, s] of this.#sessions) if (ended(s, now)) this.#sessions.delete(key);
  }
}

function ended(s: SessionRecord, now: number): boolean {
  return now >= s.idleUntil || now >= s.expiresAt;
}

function keyOf(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}
