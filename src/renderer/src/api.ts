import type { CounselorBridge } from '../../shared/bridge';
import { createClient, type Carrier, type CounselorClient } from '../../shared/client';
import { methodNames } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';

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
      return failure(
        'internal',
        'Counselor Workstation is not reachable: it may have been stopped. Start it again and reload this page.',
      );
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

function defaultCarrier(): Carrier {
  const bridge = desktopBridge();
  return bridge ? desktopCarrier(bridge) : httpCarrier(tokenFromAddress(globalThis.location?.search ?? ''));
}

export const api: CounselorClient = createClient(defaultCarrier());
