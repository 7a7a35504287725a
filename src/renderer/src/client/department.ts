import type { ApiError, Envelope } from '../../../shared/errors';

/** Who is signed in to the department server (its GET /auth/session). */
export interface SignedIn {
  userName: string;
  displayName: string;
  role: 'counselor' | 'lead' | 'admin';
}

/**
 * Where this page stands on the department server: signed in, asked to sign in, or not on a
 * department server at all (browser mode answers /auth/session with its 404 page, not JSON).
 */
export type DepartmentState = { kind: 'signed-in'; who: SignedIn } | { kind: 'sign-in' } | { kind: 'not-department' };

export async function departmentState(fetchImpl: typeof fetch = fetch): Promise<DepartmentState> {
  let response: Response;
  try {
    response = await fetchImpl('/auth/session', { method: 'GET', headers: { accept: 'application/json' } });
  } catch {
    return { kind: 'not-department' };
  }
  if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) return { kind: 'not-department' };
  if (response.status === 401) return { kind: 'sign-in' };
  const body = (await response.json().catch(() => null)) as Envelope<SignedIn> | null;
  return body?.ok ? { kind: 'signed-in', who: body.value } : { kind: 'not-department' };
}

/** Signs in: who, or the server's one sentence (wrong password, too many attempts …). */
export async function signIn(userName: string, password: string, fetchImpl: typeof fetch = fetch): Promise<{ ok: true; who: SignedIn } | { ok: false; message: string }> {
  let response: Response;
  try {
    response = await fetchImpl('/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-counselor-request': '1' },
      body: JSON.stringify({ userName, password }),
    });
  } catch {
    return { ok: false, message: 'The department server is not reachable; check the network and try again.' };
  }
  const body = (await response.json().catch(() => null)) as { ok: true; value: SignedIn } | { ok: false; error: ApiError } | null;
  if (body?.ok === true) return { ok: true, who: body.value };
  if (body?.ok === false && typeof body.error?.message === 'string') return { ok: false, message: body.error.message };
  return { ok: false, message: `The department server answered in a form this page does not understand (HTTP ${response.status}); reload the page and try again.` };
}
