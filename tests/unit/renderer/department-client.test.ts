import { describe, expect, it } from 'vitest';
import { departmentCarrier } from '../../../src/renderer/src/client/carriers';
import { departmentState, signIn } from '../../../src/renderer/src/client/department';

/** A fetch that answers as the server would and keeps what was asked. */
function serverLike(answers: Record<string, { status: number; type: string; body: string }>) {
  const asked: { url: string; init: RequestInit | undefined }[] = [];
  const fetchImpl = (async (url: string, init?: RequestInit) => {
    asked.push({ url, init });
    const a = answers[url] ?? { status: 404, type: 'text/plain; charset=utf-8', body: 'Not found.' };
    return new Response(a.body, { status: a.status, headers: { 'content-type': a.type } });
  }) as typeof fetch;
  return { fetchImpl, asked };
}
const json = (status: number, body: unknown) => ({ status, type: 'application/json; charset=utf-8', body: JSON.stringify(body) });
const who = { userName: 'malvarez', displayName: 'Ms. Alvarez', role: 'counselor' };

describe("the page's way into the department server", () => {
  it('tells a department server that wants a sign-in from one signed in and from browser mode (404 page)', async () => {
    expect(await departmentState(serverLike({ '/auth/session': json(401, { ok: false, error: { code: 'unauthorized', message: 'x' } }) }).fetchImpl)).toEqual({ kind: 'sign-in' });
    expect(await departmentState(serverLike({ '/auth/session': json(200, { ok: true, value: who }) }).fetchImpl)).toEqual({ kind: 'signed-in', who });
    expect(await departmentState(serverLike({}).fetchImpl)).toEqual({ kind: 'not-department' });
  });

  it("signs in with the page's header and shows the server's sentence when refused", async () => {
    const ok = serverLike({ '/auth/sign-in': json(200, { ok: true, value: who }) });
    expect(await signIn('malvarez', 'pw', ok.fetchImpl)).toEqual({ ok: true, who });
    expect(ok.asked[0]!.init).toMatchObject({ method: 'POST', headers: { 'x-counselor-request': '1' }, body: JSON.stringify({ userName: 'malvarez', password: 'pw' }) });
    const message = 'Too many sign-in attempts for malvarez; wait 15 minutes or ask your lead to check the account.';
    const refused = serverLike({ '/auth/sign-in': json(429, { ok: false, error: { code: 'too_many_attempts', message } }) });
    expect(await signIn('malvarez', 'pw', refused.fetchImpl)).toEqual({ ok: false, message });
  });

  it('sends every API call with the header and no token', async () => {
    const server = serverLike({ '/api/directory.list': json(200, { ok: true, value: { students: [] } }) });
    expect(await departmentCarrier(server.fetchImpl)('directory.list', {})).toEqual({ ok: true, value: { students: [] } });
    const headers = server.asked[0]!.init!.headers as Record<string, string>;
    expect(headers['x-counselor-request']).toBe('1');
    expect(headers).not.toHaveProperty('x-counselor-token');
  });
});
