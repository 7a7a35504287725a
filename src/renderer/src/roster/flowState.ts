import type { RosterPreview } from '../../../shared/domain/roster';
import type { JobStatusOf, RunningJob } from '../ui/job';
import type { ColumnChoices } from './mapping';

/** The state an import in steps keeps (ImportFlow), whatever the file holds. Pure: no requests here. */

export type ImportStep = 'choose' | 'mapping' | 'preview' | 'importing' | 'report';

export interface LoadedFile {
  fileName: string;
  base64: string;
  size: number;
}

export interface ShownError {
  title: string;
  message: string;
}

/** What the mapping screen needs of any preview. */
export type FlowPreview = Pick<RosterPreview, 'fileName' | 'sheetName' | 'headerRow' | 'columns' | 'fields' | 'mappingRemembered' | 'mappingProblem'>;

/** What a preview was computed from: the column mapping, and whatever else the kind of file sends. */
export interface FlowRequest {
  mapping: Record<string, string> | undefined;
}

export interface FlowState<P extends FlowPreview, R, C extends FlowRequest> {
  step: ImportStep;
  file: LoadedFile | null;
  job: RunningJob | null;
  /** The running job re-checks the preview on screen for a choice made on it: the preview stays, focus stays put. */
  inlineCheck: boolean;
  preview: P | null;
  /** What the preview on screen was computed from; the import sends exactly this. */
  checked: C | null;
  choices: ColumnChoices;
  report: R | null;
  error: ShownError | null;
  /** A sentence for the status line: what just happened that is not a failure. */
  notice: string | null;
  savingReport: boolean;
}

export function initialFlow<P extends FlowPreview, R, C extends FlowRequest>(): FlowState<P, R, C> {
  return { step: 'choose', file: null, job: null, inlineCheck: false, preview: null, checked: null, choices: {}, report: null, error: null, notice: null, savingReport: false };
}

/** A job's two methods: the one that starts it and the one that says how it goes. */
export interface JobCalls<R> {
  start: () => Promise<{ jobId: string }>;
  status: (jobId: string) => Promise<JobStatusOf<R>>;
}
