import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel } from '../../src/shared/channels';
import { methodNames, type MethodName } from '../../src/shared/contract';
import type { Envelope } from '../../src/shared/errors';
import type { Handlers } from '../../src/main/core/dispatch';
import { registerIpc, type InvokeEventLike, type InvokeListener, type IpcMainLike } from '../../src/main/transports/ipc';
import { isTrustedSender } from '../../src/main/window';

/** A stand-in for Electron's ipcMain: records each channel's listener and refuses a channel twice, as Electron does. */
function fakeIpcMain() {
  const channels = new Map<string, InvokeListener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (channels.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      channels.set(channel, listener);
    },
  };
  return { ipcMain, channels };
}

/** Handlers that record which methods ran: the core itself is exercised by the integration tests. */
function recordingHandlers() {
  const ran: MethodName[] = [];
  const handlers = Object.fromEntries(
    methodNames.map((name) => [
      name,
      (input: unknown) => {
        ran.push(name);
        return { echoed: input };
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, ran };
}

const fromApp: InvokeEventLike = { senderFrame: { url: 'app://counselor/index.html' } };

function call(listener: InvokeListener | undefined, event: InvokeEventLike, input?: unknown): Promise<Envelope<unknown>> {
  if (!listener) throw new Error('no listener registered');
  return listener(event, input);
}

describe('the IPC transport', () => {
  // The stand-in handlers echo their input, outside the contract on purpose: this file tests the
  // transport, so dispatch is asked not to check answers (as in a production build).
  beforeEach(() => {
    vi.stubEnv('COUNSELOR_CHECK_OUTPUTS', '');
    vi.stubEnv('NODE_ENV', 'production');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('registers exactly one channel per contract method, and nothing else', () => {
    const { ipcMain, channels } = fakeIpcMain();
    registerIpc(ipcMain, recordingHandlers().handlers, isTrustedSender);
    expect([...channels.keys()].sort()).toEqual(methodNames.map(ipcChannel).sort());
    expect(channels.size).toBe(methodNames.length);
  });

  it('answers a page that is not the application with unauthorized, without running the method', async () => {
    const { ipcMain, channels } = fakeIpcMain();
    const { handlers, ran } = recordingHandlers();
    registerIpc(ipcMain, handlers, isTrustedSender);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const strangers: InvokeEventLike[] = [
      { senderFrame: { url: 'https://evil.example/' } },
      { senderFrame: { url: 'http://127.0.0.1:5173/' } },
      { senderFrame: { url: 'file:///work/main/out/renderer/index.html' } },
      { senderFrame: { url: 'app://other/index.html' } },
      { senderFrame: { url: 'not a url' } },
      { senderFrame: null }, // the frame navigated away or was destroyed
    ];
    for (const method of methodNames) {
      for (const event of strangers) {
        const envelope = await call(channels.get(ipcChannel(method)), event, {});
        expect(envelope.ok, `${method} from ${event.senderFrame?.url ?? 'no frame'}`).toBe(false);
        if (!envelope.ok) expect(envelope.error.code).toBe('unauthorized');
      }
    }
    expect(ran).toEqual([]);
    expect(warn).toHaveBeenCalled();
  });

  it('runs the method for the application itself', async () => {
    const { ipcMain, channels } = fakeIpcMain();
    const { handlers, ran } = recordingHandlers();
    registerIpc(ipcMain, handlers, isTrustedSender);
    const envelope = await call(channels.get(ipcChannel('store.info')), fromApp, {});
    expect(envelope).toEqual({ ok: true, value: { echoed: {} } });
    expect(ran).toEqual(['store.info']);
  });

  it('answers bad input with an invalid_input envelope instead of throwing', async () => {
    const { ipcMain, channels } = fakeIpcMain();
    const { handlers, ran } = recordingHandlers();
    registerIpc(ipcMain, handlers, isTrustedSender);
    const bad: unknown[] = [{ studentNumber: 42 }, { studentNumber: '' }, 'a string', 17, [], { extra: true }];
    for (const input of bad) {
      const envelope = await call(channels.get(ipcChannel('students.get')), fromApp, input);
      expect(envelope.ok, JSON.stringify(input)).toBe(false);
      if (!envelope.ok) {
        expect(envelope.error.code).toBe('invalid_input');
        expect(envelope.error.message).toContain('students.get');
      }
    }
    const extra = await call(channels.get(ipcChannel('store.info')), fromApp, { surprise: 1 });
    expect(extra.ok).toBe(false);
    if (!extra.ok) expect(extra.error.code).toBe('invalid_input');
    expect(ran).toEqual([]);
  });

  it('keeps the code of an error the core reports', async () => {
    const { ipcMain, channels } = fakeIpcMain();
    const { handlers } = recordingHandlers();
    const failing = {
      ...handlers,
      'students.get': () => {
        throw new Error('database is locked at a surprising moment');
      },
    } as Handlers;
    registerIpc(ipcMain, failing, isTrustedSender);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const envelope = await call(channels.get(ipcChannel('students.get')), fromApp, { studentNumber: '000123' });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('internal');
      expect(envelope.error.message).not.toContain('surprising');
    }
    expect(String(log.mock.calls[0]?.[1])).toContain('surprising');
  });
});
