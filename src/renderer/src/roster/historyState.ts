import type { SubjectArea } from '../../../shared/domain/catalog';
import type { HistoryImportReport, HistoryPreview } from '../../../shared/domain/history';
import { initialFlow, type FlowState } from './importFlow';

/**
 * What the course history import shows at each step (the state HistoryImportSession keeps
 * besides ImportFlow's), and the sentences and counts read from it. Pure: no requests here.
 */

/** What the history preview on screen was computed from; the import sends exactly this. */
export interface HistoryChecked {
  mapping: Record<string, string> | undefined;
  /** Credit type as the file writes it → the subject area the counselor chose for it. */
  creditTypes: Readonly<Record<string, SubjectArea>>;
}

export interface HistoryState extends FlowState<HistoryPreview, HistoryImportReport, HistoryChecked> {
  /**
   * The credit type areas as the selects show them: a choice shows at once, and is checked as soon
   * as the check before it ends (a keyboard user moving through a select's options makes several).
   */
  areaChoices: Readonly<Record<string, SubjectArea>>;
}

export const initialHistoryState: HistoryState = { ...initialFlow<HistoryPreview, HistoryImportReport, HistoryChecked>(), areaChoices: {} };

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** The counts of a history preview in one sentence, for the status line and the mapping step. */
export function historyCountsSentence(counts: HistoryPreview['counts']): string {
  return [
    plural(counts.students, 'student', 'students'),
    `${plural(counts.added, 'course row', 'course rows')} new`,
    `${counts.updated.toLocaleString('en-US')} changed`,
    `${counts.unchanged.toLocaleString('en-US')} unchanged`,
    `${counts.missing.toLocaleString('en-US')} no longer in the file (kept)`,
    `${plural(counts.rejected, 'row', 'rows')} rejected`,
  ].join(', ');
}

/** The counts in the same order for the preview and the report. */
export function historyCountItems(counts: HistoryPreview['counts'], done: boolean): { label: string; value: number }[] {
  return [
    { label: 'Students', value: counts.students },
    { label: done ? 'Course rows added' : 'New course rows', value: counts.added },
    { label: done ? 'Course rows updated' : 'Changed course rows', value: counts.updated },
    { label: 'Unchanged course rows', value: counts.unchanged },
    { label: 'Not in this file (kept, flagged)', value: counts.missing },
    { label: 'Rejected rows', value: counts.rejected },
  ];
}

/** Rows the import takes in: every row that is not rejected. */
export function rowsToImport(preview: HistoryPreview): number {
  return preview.counts.added + preview.counts.updated + preview.counts.unchanged;
}
