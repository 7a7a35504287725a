import type { SampleRemoval } from '../../../shared/domain/sample';

/**
 * What the banner's status line says once the sample school is removed: what went, what was kept
 * and why, and where the backup taken first is. A department server takes none (backupPath null:
 * the department database's backups are the district's), so nothing is said of one there.
 */
export function removedSentence(r: SampleRemoval): string {
  const kept = [...r.kept.courses, ...r.kept.programs, ...r.kept.postsecondary];
  return [
    `Removed the sample school (${r.school}): ${r.removed.students} students with their plans, ${r.removed.courses} courses, ${r.removed.programs} programs of study.`,
    kept.length > 0 ? `Kept because something of yours still uses them: ${kept.join(', ')}.` : '',
    r.backupPath === null ? '' : `A backup was taken first: ${r.backupPath}`,
  ]
    .filter(Boolean)
    .join(' ');
}
