import type { CounselorBridge } from '../../../shared/bridge';
import { createClient, type Carrier, type CounselorClient } from '../../../shared/client';
import { departmentCarrier, desktopCarrier, httpCarrier } from './carriers';
import { METHOD_NAMES } from '../../../shared/method-names';

export { UNREACHABLE } from './carriers';

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
  return METHOD_NAMES.every((name) => typeof bridge[name] === 'function') ? bridge : null;
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

/**
 * True when this page runs in a browser and has no token: it must show no application, only how to
 * get in (the token's address, or, on the department server, the sign-in form: main.tsx asks).
 */
export const needsAccessToken = !desktopBridge() && browserToken === null;

function defaultCarrier(): Carrier {
  const bridge = desktopBridge();
  if (bridge) return desktopCarrier(bridge);
  // No token in a browser: the department server, once signed in (or nothing: main.tsx shows why).
  return browserToken === null ? departmentCarrier() : httpCarrier(browserToken);
}

export const api: CounselorClient = createClient(defaultCarrier());
