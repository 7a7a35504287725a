import type { RosterPreview } from '../../../shared/domain/roster';

/** The five roster counts, in the same order for the preview and the report; only the absent line's words differ. */
export function rosterCountItems(counts: RosterPreview['counts'], absentLabel: string): { label: string; value: number }[] {
  return [
    { label: 'New students', value: counts.added },
    { label: 'Changed students', value: counts.updated },
    { label: 'Unchanged students', value: counts.unchanged },
    { label: 'Rejected rows', value: counts.rejected },
    { label: absentLabel, value: counts.absent },
    // Only when the file lists students who graduated: they stay graduated, unchanged.
    ...(counts.keptGraduated ? [{ label: 'Graduated students listed, kept as graduated', value: counts.keptGraduated }] : []),
  ];
}
