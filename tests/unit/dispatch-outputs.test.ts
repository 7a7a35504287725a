import { afterEach, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../src/shared/contract';
import { checksOutputs, dispatch, type Handlers } from '../../src/main/core/dispatch';

/** Handlers that all answer `answer`: a stand-in for a handler that drifted from the contract. */
function answering(answer: unknown): Handlers {
  return Object.fromEntries(methodNames.map((name) => [name, () => answer])) as unknown as Handlers;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('dispatch checks answers against the contract outside production', () => {
  it('checks in tests and development, not in a production build unless asked', () => {
    vi.stubEnv('COUNSELOR_CHECK_OUTPUTS', '');
    vi.stubEnv('NODE_ENV', 'test');
    expect(checksOutputs()).toBe(true);
    vi.stubEnv('NODE_ENV', 'development');
    expect(checksOutputs()).toBe(true);
    vi.stubEnv('NODE_ENV', 'production');
    expect(checksOutputs()).toBe(false);
    vi.stubEnv('COUNSELOR_CHECK_OUTPUTS', '1');
    expect(checksOutputs()).toBe(true);
  });

  it('reports an answer outside the contract as internal, with the mismatch in the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const envelope = await dispatch(answering({ students: [{ studentNumber: 42 }] }), 'students.list', {});
    expect(envelope).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong in students.list; the details are in the log.' } });
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0]![0])).toContain('students.list answered outside its contract');
    expect(String(log.mock.calls[0]![1])).toContain('students');
  });

  it('sends a checked answer exactly as the handler made it (checking never strips or changes it)', async () => {
    const answer = { path: '/tmp/s.db', schemaVersion: 7, studentCount: 0, extra: 'kept' };
    expect(await dispatch(answering(answer), 'store.info', {})).toEqual({ ok: true, value: answer });
  });

  it('passes any answer through when not checking (production)', async () => {
    const envelope = await dispatch(answering({ students: 'not a list' }), 'students.list', {}, false);
    expect(envelope).toEqual({ ok: true, value: { students: 'not a list' } });
  });
});
