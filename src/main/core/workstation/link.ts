import { existsSync, readFileSync, rmSync } from 'node:fs';
import { CounselorError } from '../../../shared/errors';
import { DepartmentLink, type ProbedServer, type WorkstationView } from '../../../shared/domain/workstation';
import { writeWholeFile } from '../files/write-whole';

/**
 * The workstation's choice of store, kept in a small file beside the store ("counselor.db" →
 * "counselor.db.department.json"): present, the window opens the department server; absent, the
 * store on this computer. Beside the store and not in it, because it decides which store is
 * opened; the local store is never touched by connecting or disconnecting.
 */
export function linkFileFor(storePath: string): string {
  return `${storePath}.department.json`;
}

/** The saved link, or null for "this computer's store". A damaged file is one sentence, never a guess. */
export function readLink(storePath: string): DepartmentLink | null {
  const file = linkFileFor(storePath);
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    parsed = undefined;
  }
  const link = DepartmentLink.safeParse(parsed);
  if (!link.success) {
    throw new CounselorError('store_damaged', `The department server setting in ${file} cannot be read. Delete that file to use the store on this computer, then connect again from Settings.`);
  }
  return link.data;
}

export function saveLink(storePath: string, link: DepartmentLink | null): void {
  const file = linkFileFor(storePath);
  if (link === null) rmSync(file, { force: true });
  else writeWholeFile(file, Buffer.from(`${JSON.stringify(link, null, 2)}\n`, 'utf8'));
}

export function workstationView(storePath: string): WorkstationView {
  return { storePath, department: readLink(storePath) };
}

/**
 * Saves the link to a server only when it presents exactly the certificate the counselor compared
 * (probed again now: a certificate that changed between "Check" and "Connect" is refused).
 */
export async function connectDepartment(
  storePath: string,
  wanted: { origin: string; fingerprint256: string },
  probe: (address: string) => Promise<ProbedServer>,
  now = new Date(),
): Promise<WorkstationView> {
  const found = await probe(wanted.origin);
  if (found.fingerprint256 !== wanted.fingerprint256) {
    throw new CounselorError(
      'conflict',
      `The server at ${found.origin} now presents a different certificate (fingerprint ${found.fingerprint256}); nothing was changed. Check the fingerprint with IT before connecting.`,
    );
  }
  saveLink(storePath, { origin: found.origin, fingerprint256: found.fingerprint256, connectedAt: now.toISOString() });
  return workstationView(storePath);
}
