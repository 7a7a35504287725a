import type { ImportReport, RosterPreview } from '../../../shared/domain/roster';
import { initialFlow, type FlowState } from './importFlow';

/**
 * What the roster import page shows at each step (the state RosterImportSession keeps besides
 * ImportFlow's), and the sentences and counts read from it. Pure: no requests here.
 */

/** What the roster preview on screen was computed from; the import sends exactly this. */
export interface CheckedRequest {
  mapping: Record<string, string> | undefined;
  markAbsent: boolean;
}

export interface ImportState extends FlowState<RosterPreview, ImportReport, CheckedRequest> {
  markAbsent: boolean;
  /** The counselor ticked "mark these students" for more absent students than an import marks unasked. */
  confirmAbsent: boolean;
  /** "Same student, new number?" pairs accepted, by `sameStudentKey`. */
  renumberAccepted: Readonly<Record<string, boolean>>;
  /** The counselor chose the roster's values over those entered by hand (the preview lists both). */
  takeRosterValues: boolean;
}

export const initialState: ImportState = {
  ...initialFlow<RosterPreview, ImportReport, CheckedRequest>(),
  markAbsent: true,
  confirmAbsent: false,
  renumberAccepted: {},
  takeRosterValues: false,
};

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** The counts of a preview in one sentence, for the status line and the mapping step. */
export function countsSentence(counts: RosterPreview['counts']): string {
  return [
    `${counts.added.toLocaleString('en-US')} new`,
    `${counts.updated.toLocaleString('en-US')} changed`,
    `${counts.unchanged.toLocaleString('en-US')} unchanged`,
    `${plural(counts.rejected, 'row', 'rows')} rejected`,
    `${counts.absent.toLocaleString('en-US')} not in this roster`,
  ].join(', ');
}

/** Does the preview on screen mark more students absent than an import may without the counselor's say-so? */
export function absentNeedsConfirmation(state: ImportState): boolean {
  const { preview, checked } = state;
  return Boolean(preview && checked?.markAbsent && preview.counts.absent > preview.absentLimit);
}

export function sameStudentKey(pair: { previousNumber: string; studentNumber: string }): string {
  return `${pair.previousNumber}\u0000${pair.studentNumber}`;
}

/** Students the import takes in: every row that is not rejected. */
export function studentsToImport(preview: RosterPreview): number {
  return preview.counts.added + preview.counts.updated + preview.counts.unchanged;
}
