import type { CounselorBridge } from '../../../shared/bridge';
import { createClient, type Carrier, type CounselorClient } from '../../../shared/client';
import { methodNames } from '../../../shared/contract';
import type { Envelope } from '../../../shared/errors';

/** Browser mode, when the application no longer answers (stopped, or the computer restarted). */
export const UNREACHABLE = 'Counselor Workstation is not reachable: it may have been stopped. Start it again and reload this page.';

/**
 * The renderer's one way to reach the Node side. In the desktop the preload exposes
 * `window.counselor` (one function per contract method, each returning the envelope); in a
 * browser the same envelopes come over HTTP. Everything else in the renderer uses `api` and never
 * asks which of the two it runs on.
 */

/** The preload's bridge, when this page runs in the desktop window and it exposed every method. */
export function desktopBridge(): CounselorBridge | null {
  const bridge = window.counselor;
  if (!bridge) return null;
  return methodNames.every((name) => typeof bridge[name] === 'function') ? bridge : null;
}

function failure(code: 'internal' | 'unauthorized', message: string): Envelope<unknown> {
  return { ok: false, error: { code, message } };
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in value;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error.message === 'string';
}

export function desktopCarrier(bridge: CounselorBridge): Carrier {
  return async (method, input) => {
    // IPC rejects (instead of answering with an envelope) only when the main process is gone.
    try {
      const envelope = await bridge[method](input);
      return isEnvelope(envelope)
        ? envelope
        : failure('internal', `The application answered ${method} in a form the window does not understand.`);
    } catch (e) {
      console.error(`[counselor] ${method} over IPC failed:`, e);
      return failure('internal', 'The window lost contact with the application. Close it and start Counselor Workstation again.');
    }
  };
}

/** Browser mode: POST /api/<method> with the per-run token that came in the page address. */
export function httpCarrier(token: string | null, fetchImpl: typeof fetch = fetch): Carrier {
  return async (method, input) => {
    if (!token) {
      return failure(
        'unauthorized',
        'This page was opened without its access token. Open the full address that was printed where Counselor Workstation started.',
      );
    }
    let response: Response;
    try {
      response = await fetchImpl(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-counselor-token': token },
        body: JSON.stringify(input ?? {}),
      });
    } catch (e) {
      console.error(`[counselor] ${method} over HTTP failed:`, e);
      return failure('internal', UNREACHABLE);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure('internal', `The application answered ${method} with something that is not an API response (HTTP ${response.status}).`);
    }
    return isEnvelope(body)
      ? body
      : failure('internal', `The application answered ${method} in a form this page does not understand (HTTP ${response.status}).`);
  };
}

export function tokenFromAddress(search: string): string | null {
  const token = new URLSearchParams(search).get('token');
  return token && token.length > 0 ? token : null;
}

/** Where this tab keeps its browser-mode token: per tab, gone when the tab closes, never sent anywhere by itself. */
const TOKEN_KEY = 'counselor.token';

/**
 * Browser mode's token: the first page load carries it in the address; it is kept in this tab's
 * sessionStorage (so a reload works) and taken out of the address bar, so it is not left on screen,
 * in a copied link or in a bookmark. It travels only in the X-Counselor-Token header of API calls:
 * never in a cookie, which every program listening on 127.0.0.1 would receive whatever its port.
 */
export function takeToken(
  location: Pick<Location, 'search' | 'pathname' | 'hash'>,
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
  history: Pick<History, 'replaceState'> | null,
): string | null {
  const fromAddress = tokenFromAddress(location.search);
  if (fromAddress === null) return storage?.getItem(TOKEN_KEY) ?? null;
  try {
    storage?.setItem(TOKEN_KEY, fromAddress);
  } catch {
    // Storage refused (a privacy mode): this load still works; a reload will ask for the address again.
  }
  const params = new URLSearchParams(location.search);
  params.delete('token');
  const rest = params.toString();
  history?.replaceState(null, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
  return fromAddress;
}

function sessionStore(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** Null in the desktop window, and in a browser tab opened without its token. */
export const browserToken: string | null =
  desktopBridge() || !globalThis.location ? null : takeToken(globalThis.location, sessionStore(), globalThis.history ?? null);

/** True when this page runs in a browser and has no token: it must show no application, only how to get in. */
export const needsAccessToken = !desktopBridge() && browserToken === null;

function defaultCarrier(): Carrier {
  const bridge = desktopBridge();
  return bridge ? desktopCarrier(bridge) : httpCarrier(browserToken);
}

export const api: CounselorClient = createClient(defaultCarrier());
