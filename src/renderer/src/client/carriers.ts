import type { CounselorBridge } from '../../../shared/bridge';
import type { Carrier } from '../../../shared/client';
import type { Envelope } from '../../../shared/errors';

/**
 * The ways a call reaches the Node side: IPC in the desktop window, HTTP in a browser (browser
 * mode's token, or the department server's session). No module-level access to window here, so
 * they can be tried outside a page.
 */

/** Browser mode, when the application no longer answers (stopped, or the computer restarted). */
export const UNREACHABLE = 'Counselor Workstation is not reachable: it may have been stopped. Start it again and reload this page.';

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
  if (!token) {
    return async () =>
      failure('unauthorized', 'This page was opened without its access token. Open the full address that was printed where Counselor Workstation started.');
  }
  return postCarrier({ 'x-counselor-token': token }, fetchImpl);
}

/**
 * The department server: the session cookie travels by itself (same origin, HttpOnly: no script
 * sees it), and every POST says it is the page's own with X-Counselor-Request, which another
 * site's page cannot send (transports/department.ts).
 */
export function departmentCarrier(fetchImpl: typeof fetch = fetch): Carrier {
  return postCarrier({ 'x-counselor-request': '1' }, fetchImpl);
}

/** Well under the browsers' 64 KiB for keepalive requests (a character may take up to 3 bytes). */
const KEEPALIVE_MAX_CHARS = 16_000;

function postCarrier(headers: Record<string, string>, fetchImpl: typeof fetch): Carrier {
  return async (method, input) => {
    let response: Response;
    try {
      const body = JSON.stringify(input ?? {});
      response = await fetchImpl(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        // A save sent as the page goes away (a reload, the tab closed: plan/useAutosave flushes on
        // pagehide) still reaches the application. Browsers allow it only for small bodies (64 KiB
        // in flight in all), which every plan change is; a file being imported is not, and needs none.
        keepalive: body.length < KEEPALIVE_MAX_CHARS,
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

