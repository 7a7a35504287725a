import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch, type Handlers } from '../core/dispatch';
import { answerFailure, closeServer, decodePath, keepIdleConnections, listen, readJsonBody, sendError, sendJson, sendText, serveFile } from './web-common';

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

export async function startHttpTransport(options: HttpTransportOptions): Promise<HttpTransport> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => answerFailure(res, 'browser mode', e));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      sendText(res, 403, 'This address is not served here.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const path = decodePath(url.pathname);
    if (path === null) {
      const message = 'This address has a broken %-escape; check the link, or open the address printed where the application started.';
      if (url.pathname.startsWith('/api/')) sendError(res, 400, { code: 'invalid_input', message });
      else sendText(res, 400, message);
      return;
    }
    if (path.startsWith('/api/')) {
      await handleApi(req, res, path.slice('/api/'.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed.');
      return;
    }
    const isPage = path === '/' || path === '/index.html';
    const status = isPage && !sameToken(url.searchParams.get('token'), token) ? 401 : 200;
    await serveFile(res, options.rendererDir, path, status);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    const headerToken = req.headers['x-counselor-token'];
    if (!sameToken(typeof headerToken === 'string' ? headerToken : null, token)) {
      sendError(res, 401, { code: 'unauthorized', message: 'This request needs the access token of this run.' });
      return;
    }
    if (req.method !== 'POST') {
      sendError(res, 405, { code: 'invalid_input', message: 'API calls are POST requests.' });
      return;
    }
    const body = await readJsonBody(req, res);
    if (body) sendJson(res, 200, await dispatch(options.handlers, method, body.value));
  }

  keepIdleConnections(server);
  await listen(server, options.port ?? 0, '127.0.0.1');
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () => closeServer(server),
  };
}

function sameToken(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
