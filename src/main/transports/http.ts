import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { dispatch, type Handlers } from '../core/dispatch';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * Browser mode: the same renderer and the same API, carried over HTTP on loopback only. Every API
 * call needs the per-run token in the X-Counselor-Token header. The page's own files (HTML, scripts,
 * styles, fonts) hold no student data and are served without it: the first page load carries the
 * token in its address, and the page keeps it in sessionStorage (so a reload works) and takes it
 * out of the address bar. No cookie is ever set: cookies ignore ports, so any other program
 * listening on 127.0.0.1 would receive it. A page load without a valid token in its address is
 * answered 401 (the page then looks for its token in sessionStorage, or says it needs one).
 * A Host header other than our loopback address and port is refused, which defeats DNS rebinding.
 * No CORS headers are ever sent.
 */
export interface HttpTransport {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface HttpTransportOptions {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  token?: string;
}

const MAX_BODY_BYTES = 200 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export async function startHttpTransport(options: HttpTransportOptions): Promise<HttpTransport> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('[counselor] browser mode request failed:', e);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Something went wrong; the details are in the log.');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      send(res, 403, 'text/plain; charset=utf-8', 'This address is not served here.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const path = decodePath(url.pathname);
    if (path === null) {
      const message = 'This address has a broken %-escape; check the link, or open the address printed where the application started.';
      if (url.pathname.startsWith('/api/')) sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message } });
      else send(res, 400, 'text/plain; charset=utf-8', message);
      return;
    }
    if (path.startsWith('/api/')) {
      await handleApi(req, res, path.slice('/api/'.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
      return;
    }
    const isPage = path === '/' || path === '/index.html';
    const status = isPage && !sameToken(url.searchParams.get('token'), token) ? 401 : 200;
    await serveFile(res, options.rendererDir, path, status);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    const headerToken = req.headers['x-counselor-token'];
    if (!sameToken(typeof headerToken === 'string' ? headerToken : null, token)) {
      sendJson(res, 401, { ok: false, error: { code: 'unauthorized', message: 'This request needs the access token of this run.' } });
      return;
    }
    if (req.method !== 'POST') {
      sendJson(res, 405, { ok: false, error: { code: 'invalid_input', message: 'API calls are POST requests.' } });
      return;
    }
    let input: unknown;
    try {
      input = JSON.parse((await readBody(req)) || '{}');
    } catch (e) {
      sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: `The request body is not valid JSON (${(e as Error).message}).` } });
      return;
    }
    sendJson(res, 200, await dispatch(options.handlers, method, input));
  }

  // An idle keep-alive connection is closed by the server after 5 s by default. A client that
  // reuses it at that moment (a busy machine fires timers late) gets ECONNRESET on a POST, which
  // nothing retries. Keep idle connections a minute: clients close theirs first (they read the
  // Keep-Alive hint), so the race is theirs to win. Headers must still arrive within that minute.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 61_000;
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function sameToken(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The decoded path, or null when a %-escape is broken (`/%E0%A4%A`, `/api/%ZZ`). */
function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('the request is larger than 200 MB'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function serveFile(res: ServerResponse, root: string, path: string, status: number): Promise<void> {
  const relative = path === '/' ? 'index.html' : path.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  if (!file.startsWith(normalize(root) + sep)) {
    send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
    return;
  }
  try {
    const body = await readFile(file);
    send(res, status, TYPES[extname(file)] ?? 'application/octet-stream', body);
  } catch {
    send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}
