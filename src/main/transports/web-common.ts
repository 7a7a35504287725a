import { readFile } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Server as TlsServer } from 'node:https';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiError } from '../../shared/errors';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * What browser mode (http.ts, loopback) and the department server (department.ts, HTTPS) do alike:
 * the renderer's files, the headers every answer carries, the request body's limit, the API's
 * error envelope. Each transport keeps only who may ask.
 */

export const MAX_BODY_BYTES = 200 * 1024 * 1024;
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
const TEXT = 'text/plain; charset=utf-8';

/** The decoded path, or null when a %-escape is broken (`/%E0%A4%A`, `/api/%ZZ`). */
export function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new Error(`the request is larger than ${limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${Math.round(limit / 1024)} KB`}`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A JSON body, or a 400 answered here (and undefined returned) when it is not JSON. */
export async function readJsonBody(req: IncomingMessage, res: ServerResponse, limit = MAX_BODY_BYTES): Promise<{ value: unknown } | undefined> {
  try {
    return { value: JSON.parse((await readBody(req, limit)) || '{}') as unknown };
  } catch (e) {
    sendError(res, 400, { code: 'invalid_input', message: `The request body is not valid JSON (${(e as Error).message}).` });
    return undefined;
  }
}

/** GET/HEAD of the renderer's own files (no student data in them); a path outside `root` is not found. */
export async function serveFile(res: ServerResponse, root: string, path: string, status: number, extraHeaders: Record<string, string> = {}): Promise<void> {
  const relative = path === '/' ? 'index.html' : path.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  if (!file.startsWith(normalize(root) + sep)) {
    send(res, 404, TEXT, 'Not found.', extraHeaders);
    return;
  }
  try {
    const body = await readFile(file);
    send(res, status, TYPES[extname(file)] ?? 'application/octet-stream', body, extraHeaders);
  } catch {
    send(res, 404, TEXT, 'Not found.', extraHeaders);
  }
}

export function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extraHeaders: Record<string, string | string[]> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(body);
}

export function sendText(res: ServerResponse, status: number, text: string, extraHeaders: Record<string, string | string[]> = {}): void {
  send(res, status, TEXT, text, extraHeaders);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string | string[]> = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), extraHeaders);
}

/** An API refusal in the envelope every method answers with, so the client reads it the same way. */
export function sendError(res: ServerResponse, status: number, error: ApiError, extraHeaders: Record<string, string | string[]> = {}): void {
  sendJson(res, status, { ok: false, error }, extraHeaders);
}

/** A request that failed outside every handler: logged in full, one sentence to the browser. */
export function answerFailure(res: ServerResponse, what: string, e: unknown): void {
  console.error(`[counselor] ${what} request failed:`, e);
  if (!res.headersSent) sendText(res, 500, 'Something went wrong; the details are in the log.');
  else res.destroy();
}

/**
 * An idle keep-alive connection is closed by the server after 5 s by default. A client that
 * reuses it at that moment (a busy machine fires timers late) gets ECONNRESET on a POST, which
 * nothing retries. Keep idle connections a minute: clients close theirs first (they read the
 * Keep-Alive hint), so the race is theirs to win. Headers must still arrive within that minute.
 */
export function keepIdleConnections(server: Server | TlsServer): void {
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 61_000;
}

export function listen(server: Server | TlsServer, port: number, host: string): Promise<void> {
  return new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
}

export function closeServer(server: Server | TlsServer): Promise<void> {
  return new Promise<void>((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
}
