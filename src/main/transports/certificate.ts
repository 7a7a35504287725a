import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { CounselorError } from '../../shared/errors';
import { writeWholeFile } from '../core/files/write-whole';
import { makeSelfSigned } from './self-signed';

/** The certificate the department server presents, and its SHA-256 fingerprint ("AB:CD:…"). */
export interface ServerCertificate {
  cert: string;
  key: string;
  fingerprint256: string;
  /** Where it came from: the files given, or the data folder's own (made now or kept from before). */
  source: 'given' | 'kept' | 'made';
  /** Set when a kept certificate had expired and a new one was made: its fingerprint changed. */
  replacedExpired?: boolean;
}

export const CERT_FILE = 'server-certificate.pem';
export const KEY_FILE = 'server-key.pem';

/**
 * The files given with --tls-cert/--tls-key; otherwise the self-signed certificate kept in the
 * server's data folder, made on first start. Kept, so its fingerprint stays the same across
 * restarts (counselors check it once); both files 0600, the folder 0700. One that has expired (or
 * will within a day) is replaced, and the caller says so: counselors must check the new one.
 */
export function serverCertificate(options: { certFile?: string; keyFile?: string; dataDir: string; names?: readonly string[]; now?: Date }): ServerCertificate {
  const now = options.now ?? new Date();
  if (options.certFile !== undefined || options.keyFile !== undefined) {
    if (!options.certFile || !options.keyFile) throw new CounselorError('invalid_input', 'Give both --tls-cert and --tls-key, or neither to use a certificate this server makes for itself.');
    return { ...readPair(options.certFile, options.keyFile), source: 'given' };
  }
  const certFile = join(options.dataDir, CERT_FILE);
  const keyFile = join(options.dataDir, KEY_FILE);
  let replacedExpired = false;
  if (existsSync(certFile) && existsSync(keyFile)) {
    const kept = readPair(certFile, keyFile);
    if (new Date(new X509Certificate(kept.cert).validTo).getTime() - now.getTime() > 24 * 60 * 60_000) return { ...kept, source: 'kept' };
    replacedExpired = true;
  }
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const made = makeSelfSigned(options.names ?? serverNames(), now);
  // The key first: a crash between the two leaves a key without its certificate, which is made again.
  writeWholeFile(keyFile, Buffer.from(made.keyPem));
  writeWholeFile(certFile, Buffer.from(made.certPem));
  return { cert: made.certPem, key: made.keyPem, fingerprint256: new X509Certificate(made.certPem).fingerprint256, source: 'made', ...(replacedExpired ? { replacedExpired } : {}) };
}

function readPair(certFile: string, keyFile: string): { cert: string; key: string; fingerprint256: string } {
  const cert = readText(certFile, 'certificate');
  const key = readText(keyFile, 'private key');
  let x509: X509Certificate;
  let privateKey: KeyObject;
  try {
    x509 = new X509Certificate(cert);
  } catch {
    throw new CounselorError('invalid_input', `${certFile} is not a PEM certificate; give the server's certificate with --tls-cert.`);
  }
  try {
    privateKey = createPrivateKey(key);
  } catch {
    throw new CounselorError('invalid_input', `${keyFile} is not an unencrypted PEM private key; give the certificate's key with --tls-key.`);
  }
  if (!x509.checkPrivateKey(privateKey)) throw new CounselorError('invalid_input', `${keyFile} is not the private key of ${certFile}; give the pair that belong together.`);
  return { cert, key, fingerprint256: x509.fingerprint256 };
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new CounselorError('store_unavailable', `The ${what} ${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check the path and that this account may read it.`);
  }
}

/** The names a counselor's browser may use for this computer: its host name, its addresses, loopback. */
export function serverNames(): string[] {
  const names = new Set<string>([hostname(), 'localhost', '127.0.0.1', '::1']);
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      // A link-local IPv6 address carries a zone (%eth0) no certificate can name.
      if (!a.internal && !(a.family === 'IPv6' && a.scopeid)) names.add(a.address);
    }
  }
  return [...names];
}
