import { createServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import { isMethodName } from '../../shared/contract';
import type { ApiError } from '../../shared/errors';
import { checkSignIn, findAccount } from '../core/accounts/accounts';
import type { Actor } from '../core/accounts/actor';
import { mayCall, refusalOf } from '../core/accounts/method-roles';
import { keptSessionsIn } from '../core/accounts/session-rows';
import { SessionBook, SESSION_RULES, type Clock, type SessionRules } from '../core/accounts/sessions';
import { SIGN_IN_LIMITS, SignInLimits, type SignInLimitRules } from '../core/accounts/sign-in-limits';
import type { SomeHandlers } from '../core/api/department';
import { dispatch, type Handlers } from '../core/dispatch';
import type { StoreSchema } from '../core/store/store-schema';
import { answerFailure, closeServer, decodePath, keepIdleConnections, listen, readJsonBody, sendError, sendJson, sendText, serveFile } from './web-common';

/**
 * The department server's transport: the renderer and the API over HTTPS for the school network,
 * to counselors who sign in. The same contract and dispatch as browser mode (http.ts); what differs
 * is who may ask:
 *
 * - a session: POST /auth/sign-in {userName, password} sets a cookie holding a random session id
 *   (HttpOnly, so no script reads it; Secure; SameSite=Strict, so no other site's page sends it;
 *   the __Host- prefix, so no other host or path can set one in its place); GET /auth/session says
 *   who is signed in; POST /auth/sign-out ends it. Sessions expire (core/accounts/sessions.ts), are
 *   kept by the SHA-256 of their id so a restart signs no one out (migration 21), and
 *   sign-in attempts are limited (sign-in-limits.ts).
 * - every POST (API and sign-in/out) carries `X-Counselor-Request: 1` and, when the browser sends
 *   an Origin, our own: a header another site's page cannot add without a CORS preflight, which is
 *   never answered. Together with SameSite=Strict this is the CSRF defence; the sign-in needs it too
 *   (else another site could sign a counselor into an account of its own).
 * - the account is read on every request: a disabled one's sessions end there, a changed role
 *   counts at once; the signed-in counselor is the actor of every handler (never the request body).
 * - the role gate (method-roles.ts) refuses with 403 before any handler runs; a method not yet on
 *   PostgreSQL is answered 501 with a sentence.
 *
 * No Host check (browser mode's defence against DNS rebinding): the server is reached by whatever
 * name or address the school uses, and a rebound page gets no cookie. No HSTS either: with a
 * self-signed certificate it would forbid the browser's "proceed" after the fingerprint check.
 */
export interface DepartmentServer {
  port: number;
  host: string;
  sessions: SessionBook;
  close(): Promise<void>;
}

export interface DepartmentServerOptions {
  db: Kysely<StoreSchema>;
  /** The handlers for one signed-in counselor (core/api/department.ts). */
  handlersFor: (actor: Actor) => SomeHandlers;
  rendererDir: string;
  certificate: { cert: string; key: string };
  host?: string;
  port?: number;
  now?: Clock;
  sessionRules?: SessionRules;
  signInLimits?: SignInLimitRules;
}

export const SESSION_COOKIE = '__Host-counselor-session';
export const REQUEST_HEADER = 'x-counselor-request';
/** A sign-in is a user name and a password: nothing near the API's 200 MB. */
const SIGN_IN_BODY_BYTES = 16 * 1024;

const NOT_SIGNED_IN: ApiError = { code: 'unauthorized', message: 'You are not signed in, or your session has ended; sign in again.' };
const DISABLED: ApiError = { code: 'unauthorized', message: 'This account has been disabled; ask your lead if that is a mistake.' };
const WRONG_PASSWORD: ApiError = { code: 'unauthorized', message: 'The user name or password is not right; check them and try again.' };
const NOT_OURS: ApiError = { code: 'forbidden', message: 'This request did not come from the Counselor Workstation page; reload the page and try again.' };

export async function startDepartmentServer(options: DepartmentServerOptions): Promise<DepartmentServer> {
  const now = options.now ?? Date.now;
  const sessions = new SessionBook(options.sessionRules ?? SESSION_RULES, now, keptSessionsIn(options.db));
  const limits = new SignInLimits(options.signInLimits ?? SIGN_IN_LIMITS, now);
  const server = createServer({ cert: options.certificate.cert, key: options.certificate.key, minVersion: 'TLSv1.2' }, (req, res) => {
    handle(req, res).catch((e: unknown) => answerFailure(res, 'department server', e));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://department.invalid');
    const path = decodePath(url.pathname);
    if (path === null) {
      sendText(res, 400, 'This address has a broken %-escape; check the link.');
      return;
    }
    if (path.startsWith('/api/')) return handleApi(req, res, path.slice('/api/'.length));
    if (path === '/auth/sign-in') return onlyPost(req, res) && ours(req, res) && signIn(req, res);
    if (path === '/auth/sign-out') return onlyPost(req, res) && ours(req, res) && signOut(req, res);
    if (path === '/auth/session') {
      const who = await signedIn(req);
      if ('refusal' in who) sendError(res, 401, who.refusal);
      else sendJson(res, 200, { ok: true, value: who.actor });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed.');
      return;
    }
    // The page's own files hold no student data: served to anyone, who then signs in.
    await serveFile(res, options.rendererDir, path, 200);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (!onlyPost(req, res) || !ours(req, res)) return;
    const who = await signedIn(req);
    if ('refusal' in who) return sendError(res, 401, who.refusal);
    if (!isMethodName(method)) return sendError(res, 404, { code: 'unknown_method', message: `There is no method "${method}".` });
    const { actor } = who;
    if (!mayCall(actor.role, method)) return sendError(res, 403, { code: 'forbidden', message: refusalOf(actor.role, method) });
    const handlers = options.handlersFor(actor);
    if (!handlers[method]) {
      return sendError(res, 501, { code: 'not_on_server', message: `${method} is not on the department server yet; use a workstation for it.` });
    }
    const body = await readJsonBody(req, res);
    if (body) sendJson(res, 200, await dispatch(handlers as Handlers, method, body.value));
  }

  async function signIn(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJsonBody(req, res, SIGN_IN_BODY_BYTES);
    if (!body) return;
    const { userName, password } = (body.value ?? {}) as { userName?: unknown; password?: unknown };
    if (typeof userName !== 'string' || typeof password !== 'string' || userName.trim() === '' || password === '') {
      return sendError(res, 400, { code: 'invalid_input', message: 'Give your user name and your password.' });
    }
    const address = req.socket.remoteAddress ?? 'unknown';
    const refusal = limits.refusal(userName, address);
    if (refusal) return sendError(res, 429, { code: 'too_many_attempts', message: refusal });
    const account = await checkSignIn(options.db, userName, password);
    if (!account) {
      limits.failed(userName, address);
      return sendError(res, 401, WRONG_PASSWORD);
    }
    limits.succeeded(userName);
    const id = await sessions.start(account.userName);
    const value: Actor = { userName: account.userName, displayName: account.displayName, role: account.role };
    sendJson(res, 200, { ok: true, value }, { 'Set-Cookie': `${SESSION_COOKIE}=${id}; HttpOnly; Secure; SameSite=Strict; Path=/` });
  }

  async function signOut(req: IncomingMessage, res: ServerResponse): Promise<void> {
    await sessions.end(sessionIdOf(req));
    sendJson(res, 200, { ok: true, value: {} }, { 'Set-Cookie': `${SESSION_COOKIE}=; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age=0` });
  }

  /** The signed-in counselor as the account stands now, or why not. */
  async function signedIn(req: IncomingMessage): Promise<{ actor: Actor } | { refusal: ApiError }> {
    const userName = await sessions.find(sessionIdOf(req));
    if (userName === null) return { refusal: NOT_SIGNED_IN };
    const account = await findAccount(options.db, userName);
    if (!account || account.disabledAt !== null) {
      await sessions.endAllOf(userName);
      return { refusal: DISABLED };
    }
    return { actor: { userName: account.userName, displayName: account.displayName, role: account.role } };
  }

  keepIdleConnections(server);
  const host = options.host ?? '0.0.0.0';
  await listen(server, options.port ?? 0, host);
  return { port: (server.address() as AddressInfo).port, host, sessions, close: () => closeServer(server) };
}

function onlyPost(req: IncomingMessage, res: ServerResponse): true | undefined {
  if (req.method === 'POST') return true;
  sendError(res, 405, { code: 'invalid_input', message: 'This address takes POST requests only.' });
  return undefined;
}

/** The page's own request: our header, and our origin when the browser names one (see above). */
function ours(req: IncomingMessage, res: ServerResponse): true | undefined {
  const origin = req.headers.origin;
  if (req.headers[REQUEST_HEADER] === '1' && (origin === undefined || origin === `https://${req.headers.host ?? ''}`)) return true;
  sendError(res, 403, NOT_OURS);
  return undefined;
}

function sessionIdOf(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}
