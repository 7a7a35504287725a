import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { CounselorError } from '../../../shared/errors';
import type { ProbedServer } from '../../../shared/domain/workstation';

/**
 * Reaches a department server the way the window will (HTTPS) and reads the certificate it
 * presents. The certificate is not checked against any authority here: a department server
 * usually has a self-signed one, and the counselor compares its fingerprint with the one the
 * server printed for IT (trust on first use, then pinned). What proves the far end is a
 * department server is its answer to GET /auth/session: JSON, 401 (sign in) or 200 (signed in).
 */

const WAIT_MS = 5_000;
const MAX_BODY = 64 * 1024;

/** "host", "host:8443" or "https://host:8443/anything" → "https://host:8443"; plain http is refused. */
export function departmentOrigin(address: string): string {
  const text = address.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new CounselorError('invalid_input', `"${text}" is not a server address; type it as IT gave it, for example counsel.lincoln.k12.wi.us:8443.`);
  }
  if (url.protocol !== 'https:') {
    throw new CounselorError('invalid_input', `The department server is reached over HTTPS only: use the address without "${url.protocol}//" or with https://.`);
  }
  if (url.username || url.password) throw new CounselorError('invalid_input', 'Leave the user name and password out of the address; you sign in on the server.');
  return url.origin;
}

export function probeDepartment(address: string, waitMs = WAIT_MS): Promise<ProbedServer> {
  const origin = departmentOrigin(address);
  const url = new URL(origin);
  const where = url.host;
  return new Promise<ProbedServer>((resolve, reject) => {
    let fingerprint256: string | null = null;
    const req = request(
      { host: url.hostname, port: url.port || 443, path: '/auth/session', method: 'GET', headers: { accept: 'application/json' }, rejectUnauthorized: false, timeout: waitMs },
      (res) => {
        fingerprint256 = (res.socket as TLSSocket).getPeerCertificate().fingerprint256 ?? null;
        let size = 0;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_BODY) chunks.push(chunk);
        });
        res.on('end', () => {
          const json = (res.headers['content-type'] ?? '').startsWith('application/json');
          let body: unknown = null;
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            body = null;
          }
          const answered = json && (res.statusCode === 401 || res.statusCode === 200) && typeof body === 'object' && body !== null && 'ok' in body;
          if (!answered) {
            reject(new CounselorError('not_found', `${where} answered, but it is not a Counselor Workstation department server; check the address with IT.`));
            return;
          }
          if (!fingerprint256) {
            reject(new CounselorError('internal', `${where} presented no certificate; ask IT to check the department server.`));
            return;
          }
          resolve({ origin, fingerprint256 });
        });
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.on('error', (e: NodeJS.ErrnoException) => reject(new CounselorError('store_unavailable', unreachable(where, e, waitMs))));
    req.end();
  });
}

/** Why a server could not be reached, in words a counselor can act on. */
function unreachable(where: string, e: NodeJS.ErrnoException, waitMs: number): string {
  const host = where.replace(/:\d+$/, '');
  switch (e.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `No computer named ${host} was found on the network; check the address.`;
    case 'ECONNREFUSED':
      return `Nothing answers at ${where}; check the address and port, and that the department server is running.`;
    case 'ETIMEDOUT':
      return `${where} did not answer within ${waitMs / 1000} seconds; check the address and the network.`;
    default:
      // A plain-HTTP server answering a TLS hello ends up here (wrong version number).
      if (/wrong version number|EPROTO|ERR_SSL/i.test(`${e.code ?? ''} ${e.message}`)) return `${where} does not answer over HTTPS; check the port with IT.`;
      return `${where} could not be reached (${e.message}); check the address and the network.`;
  }
}
