import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { serverCertificate } from '../../src/main/transports/certificate';
import { CONTENT_SECURITY_POLICY } from '../../src/main/transports/csp';
import {
  createMainWindow,
  isPinnedCertificate,
  isTrustedSender,
  registerAppScheme,
  START_URL,
  type PreventableEvent,
  type RequestLike,
  type WindowElectron,
} from '../../src/main/window';

/**
 * A stand-in for the parts of the electron module the window uses: plain objects that record what
 * the window code asked for, so the security settings are checked under Node (the Electron binary
 * cannot run here).
 */
type Listener = (event: PreventableEvent, url: string) => void;

function fakeElectron() {
  const calls = {
    windows: [] as BrowserWindowConstructorOptions[],
    listeners: new Map<string, Listener[]>(),
    windowOpenHandler: null as null | ((details: { url: string }) => { action: string }),
    permissionRequestHandler: null as null | ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void),
    permissionCheckHandler: null as null | ((wc: unknown, permission: string) => boolean),
    protocolHandlers: new Map<string, (request: RequestLike) => Promise<Response>>(),
    privileged: [] as Array<{ scheme: string; privileges?: Record<string, boolean | undefined> }>,
    loaded: [] as string[],
  };
  const session = {
    setPermissionRequestHandler: (h: typeof calls.permissionRequestHandler) => {
      calls.permissionRequestHandler = h;
    },
    setPermissionCheckHandler: (h: typeof calls.permissionCheckHandler) => {
      calls.permissionCheckHandler = h;
    },
  };
  const webContents = {
    session,
    on(event: string, listener: Listener) {
      calls.listeners.set(event, [...(calls.listeners.get(event) ?? []), listener]);
      return this;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      calls.windowOpenHandler = handler;
    },
  };
  class BrowserWindow {
    readonly webContents = webContents;
    constructor(options: BrowserWindowConstructorOptions) {
      calls.windows.push(options);
    }
    loadURL(url: string) {
      calls.loaded.push(url);
      return Promise.resolve();
    }
    once() {
      return this;
    }
    show() {}
  }
  const protocol = {
    registerSchemesAsPrivileged(schemes: typeof calls.privileged) {
      calls.privileged.push(...schemes);
    },
    handle(scheme: string, handler: (request: RequestLike) => Promise<Response>) {
      if (calls.protocolHandlers.has(scheme)) throw new Error(`${scheme} is already handled`);
      calls.protocolHandlers.set(scheme, handler);
    },
    isProtocolHandled(scheme: string) {
      return calls.protocolHandlers.has(scheme);
    },
  };
  const electron: WindowElectron = { BrowserWindow, protocol };
  return { electron, calls };
}

function navigate(calls: ReturnType<typeof fakeElectron>['calls'], event: string, url: string): boolean {
  let prevented = false;
  const e: PreventableEvent = { preventDefault: () => void (prevented = true) };
  const listeners = calls.listeners.get(event) ?? [];
  expect(listeners.length).toBeGreaterThan(0);
  for (const l of listeners) l(e, url);
  return prevented;
}

describe('the desktop window', () => {
  let folder: string;
  let rendererDir: string;
  let fake: ReturnType<typeof fakeElectron>;
  const preload = '/app/out/preload/index.js';

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'cw-window-'));
    rendererDir = join(folder, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Counselor Workstation</title>');
    writeFileSync(join(rendererDir, 'assets', 'index.js'), 'console.log("caseload")');
    // A file next to the renderer folder that the page must never be able to read.
    writeFileSync(join(folder, 'secret.txt'), 'guardian phone numbers');
    fake = fakeElectron();
    createMainWindow(fake.electron, { preload, rendererDir });
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('is created isolated, sandboxed, without Node, with web security and our preload', () => {
    expect(fake.calls.windows).toHaveLength(1);
    const prefs = fake.calls.windows[0]?.webPreferences;
    expect(prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload,
    });
  });

  it('loads the application from its own app://counselor origin, not from file://', () => {
    expect(fake.calls.loaded).toEqual([START_URL]);
    expect(new URL(START_URL).protocol).toBe('app:');
  });

  it('refuses to navigate away from the application', () => {
    expect(navigate(fake.calls, 'will-navigate', 'https://evil.example')).toBe(true);
    expect(navigate(fake.calls, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(fake.calls, 'will-navigate', 'http://127.0.0.1:8080/')).toBe(true);
    expect(navigate(fake.calls, 'will-navigate', 'app://other/index.html')).toBe(true);
    expect(navigate(fake.calls, 'will-redirect', 'https://evil.example')).toBe(true);
    expect(navigate(fake.calls, 'will-navigate', 'not a url')).toBe(true);
  });

  it('lets the application navigate within its own origin', () => {
    expect(navigate(fake.calls, 'will-navigate', 'app://counselor/index.html')).toBe(false);
    expect(navigate(fake.calls, 'will-navigate', 'app://counselor/index.html#/framework')).toBe(false);
  });

  it('denies window.open and webviews', () => {
    expect(fake.calls.windowOpenHandler?.({ url: 'https://evil.example' })).toEqual({ action: 'deny' });
    expect(fake.calls.windowOpenHandler?.({ url: 'app://counselor/index.html' })).toEqual({ action: 'deny' });
    let prevented = false;
    for (const l of fake.calls.listeners.get('will-attach-webview') ?? []) l({ preventDefault: () => void (prevented = true) }, '');
    expect(prevented).toBe(true);
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const answers: boolean[] = [];
      fake.calls.permissionRequestHandler?.({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
      expect(fake.calls.permissionCheckHandler?.({}, permission)).toBe(false);
    }
  });

  it('serves the renderer with the Content-Security-Policy', async () => {
    const serve = fake.calls.protocolHandlers.get('app');
    expect(serve).toBeDefined();
    const page = await serve!({ url: 'app://counselor/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('Counselor Workstation');

    const script = await serve!({ url: 'app://counselor/assets/index.js' });
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    const missing = await serve!({ url: 'app://counselor/nothing-here.js' });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never serves a file outside the renderer folder', async () => {
    const serve = fake.calls.protocolHandlers.get('app')!;
    for (const url of [
      'app://counselor/../../etc/passwd',
      'app://counselor/%2e%2e/%2e%2e/etc/passwd',
      'app://counselor/..%2f..%2f..%2fetc%2fpasswd',
      'app://counselor/..%2fsecret.txt',
      'app://counselor/%2e%2e%2fsecret.txt',
      'app://counselor/%2fetc%2fpasswd',
      'app://other/index.html',
    ]) {
      const response = await serve({ url });
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      const body = await response.text();
      expect(body, url).not.toContain('root:');
      expect(body, url).not.toContain('guardian phone numbers');
    }
  });

  it('handles the protocol once, however many windows are opened', () => {
    expect(() => createMainWindow(fake.electron, { preload, rendererDir })).not.toThrow();
    expect(fake.calls.windows).toHaveLength(2);
  });
});

describe('the app:// scheme', () => {
  it('is registered as a standard, secure scheme', () => {
    const { electron, calls } = fakeElectron();
    registerAppScheme(electron.protocol);
    expect(calls.privileged).toHaveLength(1);
    expect(calls.privileged[0]?.scheme).toBe('app');
    expect(calls.privileged[0]?.privileges).toMatchObject({ standard: true, secure: true });
    expect(calls.privileged[0]?.privileges?.bypassCSP).toBeFalsy();
  });
});

describe('isTrustedSender', () => {
  it("accepts only the application's own page", () => {
    expect(isTrustedSender(new URL('app://counselor/index.html'))).toBe(true);
    expect(isTrustedSender(new URL('app://counselor/'))).toBe(true);
  });

  it('rejects every other origin', () => {
    for (const url of [
      'http://127.0.0.1',
      'http://localhost:5173/',
      'https://counselor/index.html',
      'file:///',
      'file:///work/main/out/renderer/index.html',
      'app://other/',
      'app://counselor.evil.example/',
      'app://counselor:8080/',
      'about:blank',
    ]) {
      expect(isTrustedSender(new URL(url)), url).toBe(false);
    }
  });
});

describe('the window on a department server (Settings linked one)', () => {
  const origin = 'https://counsel.lincoln.k12.wi.us:8443';
  let fake: ReturnType<typeof fakeElectron>;
  beforeEach(() => {
    fake = fakeElectron();
    createMainWindow(fake.electron, { preload: '/app/out/preload/index.js', rendererDir: '/nowhere', departmentOrigin: origin });
  });

  it("loads the server's own page, without the preload: a page from the network never gets the IPC bridge", () => {
    expect(fake.calls.loaded).toEqual([`${origin}/`]);
    const prefs = fake.calls.windows[0]?.webPreferences;
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  });

  it('stays on that origin', () => {
    expect(navigate(fake.calls, 'will-navigate', `${origin}/#/caseload`)).toBe(false);
    expect(navigate(fake.calls, 'will-navigate', 'https://counsel.lincoln.k12.wi.us/')).toBe(true);
    expect(navigate(fake.calls, 'will-navigate', 'app://counselor/index.html')).toBe(true);
    expect(navigate(fake.calls, 'will-redirect', 'https://evil.example/')).toBe(true);
  });
});

describe('isPinnedCertificate', () => {
  it('trusts exactly the certificate pinned for that origin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-cert-'));
    try {
      const pinned = serverCertificate({ dataDir: join(dir, 'a') });
      const other = serverCertificate({ dataDir: join(dir, 'b') });
      const link = { origin: 'https://127.0.0.1:8443', fingerprint256: pinned.fingerprint256 };
      expect(isPinnedCertificate(link, 'https://127.0.0.1:8443/api/plans.get', pinned.cert)).toBe(true);
      expect(isPinnedCertificate(link, 'https://127.0.0.1:8443/', other.cert)).toBe(false);
      expect(isPinnedCertificate(link, 'https://127.0.0.1:9443/', pinned.cert)).toBe(false);
      expect(isPinnedCertificate(link, 'https://127.0.0.1:8443/', 'not a certificate')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
