import { CounselorError } from '../../../shared/errors';
import type { Actor } from '../accounts/actor';

/**
 * A job on the department server is its starter's: another counselor asking for it by id is told
 * it is not known, as any id that names no job (one sentence, so a guessed id learns nothing).
 */
export function jobOwners() {
  const owners = new Map<string, string | null>();
  const who = (actor: Actor | null) => actor?.userName ?? null;
  return {
    started(actor: Actor | null, jobId: string): void {
      owners.set(jobId, who(actor));
    },
    owns(actor: Actor | null, jobId: string): boolean {
      return owners.has(jobId) && owners.get(jobId) === who(actor);
    },
    check(actor: Actor | null, jobId: string): void {
      if (!this.owns(actor, jobId)) throw new CounselorError('not_found', 'That job is not known (it may have finished long ago); start it again.');
    },
  };
}
