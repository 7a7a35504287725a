import type { Guardian } from '../../../shared/domain/student';
import { GUARDIAN_PARTS } from './fields';
export type GuardianPart = (typeof GUARDIAN_PARTS)[number];
/** `guardian1Email` and the like: the guardian columns a roster has. */
export type GuardianColumn = `guardian${1 | 2}${GuardianPart}`;

const FIELD: Record<GuardianPart, keyof Guardian> = {
  Name: 'name',
  Relationship: 'relationship',
  Email: 'email',
  Phone: 'phone',
  Language: 'preferredLanguage',
};

/**
 * Guardians as the store should hold them after a roster that has only some guardian columns: a
 * file with just "Parent Email" updates the email and keeps the parent's name, phone and language
 * (the rows label a nameless guardian "Parent/guardian" only so it can be stored at all). A
 * guardian whose columns the file lacks entirely is kept as stored; one whose name column is
 * there but empty is gone from the roster.
 */
export function mergeGuardians(
  stored: readonly Guardian[],
  incoming: readonly Guardian[],
  columns: ReadonlySet<GuardianColumn>,
): Guardian[] {
  const merged: Guardian[] = [];
  for (const [slot, n] of [[0, 1], [1, 2]] as const) {
    const parts = GUARDIAN_PARTS.filter((p) => columns.has(`guardian${n}${p}`));
    const before = stored[slot];
    const after = incoming[slot];
    if (parts.length === 0 || !before) {
      const kept = parts.length === 0 ? before : after;
      if (kept) merged.push(kept);
      continue;
    }
    if (!after && parts.includes('Name')) continue;
    const guardian: Guardian = { ...before };
    for (const part of parts) {
      const field = FIELD[part];
      (guardian as unknown as Record<string, string | null>)[field] = after ? after[field] : null;
    }
    if (!guardian.name) guardian.name = before.name;
    merged.push(guardian);
  }
  return merged;
}
