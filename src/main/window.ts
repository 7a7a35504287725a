import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { CONTENT_SECURITY_POLICY } from './transports/csp';

/**
 * The desktop window and everything that keeps its page contained: an isolated, sandboxed renderer
 * without Node, served from the application's own origin (app://counselor/, never file://) with
 * the Content-Security-Policy, no navigation away, no new windows, no permissions. The electron
 * module is passed in (only index.ts imports it), so all of this runs under Node with a stand-in.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'counselor';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const START_URL = `${APP_ORIGIN}/index.html`;

/** The one page allowed to call the API over IPC: the application's own, served by our protocol. */
export function isTrustedSender(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

function isAppUrl(raw: string): boolean {
  try {
    return isTrustedSender(new URL(raw));
  } catch {
    return false;
  }
}

// The parts of Electron used here. Electron's own objects satisfy these (index.ts passes them in).

export interface PreventableEvent {
  preventDefault(): void;
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler: ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
  ): void;
  setPermissionCheckHandler(handler: ((webContents: unknown, permission: string) => boolean) | null): void;
}

export interface WebContentsLike {
  readonly session: SessionLike;
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface BrowserWindowLike {
  readonly webContents: WebContentsLike;
  loadURL(url: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
}

export interface RequestLike {
  readonly url: string;
}

export interface ProtocolLike {
  registerSchemesAsPrivileged(
    schemes: Array<{ scheme: string; privileges?: Record<string, boolean | undefined> }>,
  ): void;
  handle(scheme: string, handler: (request: RequestLike) => Promise<Response>): void;
  isProtocolHandled(scheme: string): boolean;
}

export interface WindowElectron {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowLike;
  protocol: ProtocolLike;
}

export interface MainWindowOptions {
  /** Absolute path of the built preload script (out/preload/index.js). */
  preload: string;
  /** The built renderer (out/renderer), served as app://counselor/. */
  rendererDir: string;
  /**
   * The department server this workstation opens instead of its own store (Settings): the window
   * loads the server's own page, without the preload (a page from the network never gets the IPC
   * bridge), and stays on that origin.
   */
  departmentOrigin?: string | undefined;
}

/**
 * Whether a certificate Chromium refused (a department server's is usually self-signed) is the one
 * the counselor compared and pinned in Settings: same origin, same SHA-256 fingerprint, computed
 * here from the certificate itself rather than from Electron's own fingerprint text.
 */
export function isPinnedCertificate(pinned: { origin: string; fingerprint256: string }, url: string, certificatePem: string): boolean {
  try {
    return new URL(url).origin === pinned.origin && new X509Certificate(certificatePem).fingerprint256 === pinned.fingerprint256;
  } catch {
    return false;
  }
}

function isOriginUrl(raw: string, origin: string): boolean {
  try {
    return new URL(raw).origin === origin;
  } catch {
    return false;
  }
}

/**
 * Must run before the app's 'ready' event, once: app:// becomes a standard (relative URLs,
 * storage, a real origin) and secure (a secure context, like https) scheme.
 */
export function registerAppScheme(protocol: Pick<ProtocolLike, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // supportFetchAPI and corsEnabled so the renderer's module scripts (Vite emits
      // <script type="module" crossorigin>) load over this scheme as they would over https.
      // No Access-Control-Allow-Origin is ever sent, so no other origin can read from it.
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * Serves the built renderer for app://counselor/. Only files inside rendererDir are ever read:
 * the decoded path is resolved and must stay inside the folder, whatever `..`, `%2e%2e` or `%2f`
 * it carries. Every response carries the CSP.
 */
export function rendererRequestHandler(rendererDir: string): (request: RequestLike) => Promise<Response> {
  const root = resolve(rendererDir);
  return async (request) => {
    let url: URL;
    let pathname: string;
    try {
      url = new URL(request.url);
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return refusal(400, 'Bad request.');
    }
    if (!isTrustedSender(url)) return refusal(404, 'Not found.');
    const file = resolve(root, '.' + (pathname === '/' ? '/index.html' : pathname));
    const inside = relative(root, file);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || pathname.includes('\0')) {
      return refusal(404, 'Not found.');
    }
    let body: Buffer;
    try {
      body = await readFile(join(root, inside));
    } catch {
      return refusal(404, 'Not found.');
    }
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: headers(TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'),
    });
  };
}

function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

function refusal(status: number, text: string): Response {
  return new Response(text, { status, headers: headers('text/plain; charset=utf-8') });
}

/**
 * Creates the main window. Call after 'ready' (and after registerAppScheme before it). The renderer
 * protocol is handled on first use, so a second window (macOS 'activate') reuses it.
 */
export function createMainWindow(electron: WindowElectron, options: MainWindowOptions): BrowserWindowLike {
  const department = options.departmentOrigin;
  if (!electron.protocol.isProtocolHandled(APP_SCHEME)) {
    electron.protocol.handle(APP_SCHEME, rendererRequestHandler(options.rendererDir));
  }

  const win = new electron.BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    title: 'Counselor Workstation',
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      ...(department ? {} : { preload: options.preload }),
    },
  });

  const contents = win.webContents;
  const stayInApp = (event: PreventableEvent, url: string) => {
    if (department ? !isOriginUrl(url, department) : !isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);

  win.once('ready-to-show', () => win.show());
  void win.loadURL(department ? `${department}/` : START_URL).catch((e: unknown) => {
    console.error('[counselor] the window could not load the application:', e);
  });
  return win;
}
