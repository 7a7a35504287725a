import { useSyncExternalStore } from 'react';
import type { JobProgress } from '../../../shared/domain/job';
import type { ImportReport, RosterPreview } from '../../../shared/domain/roster';
import { api } from '../api';
import { platform } from '../platform';
import { base64ToBytes, bytesToBase64, XLSX_TYPE } from '../shell/bytes';
import { messageOf } from '../shell/ErrorAlert';
import { assignField, choicesOf, mappingFor, sameChoices, type ColumnChoices } from './mapping';

/**
 * One roster import as the counselor walks through it: choose a file → match the columns →
 * check the preview → import → the report. Kept outside React so a long import goes on (and is
 * still shown) when the counselor looks at another page in the meantime. The work itself runs
 * as jobs on the Node side; this only starts them and polls for their progress.
 */

export type ImportStep = 'choose' | 'mapping' | 'preview' | 'importing' | 'report';

export interface LoadedFile {
  fileName: string;
  base64: string;
  size: number;
}

export interface RunningJob {
  kind: 'read' | 'preview' | 'import';
  fileName: string;
  progress: JobProgress;
  /** Cancel was pressed and not yet answered by the job ending. */
  cancelling: boolean;
  /** The core refused to cancel (an import that is already writing); the job runs to its end. */
  cancelRefused: boolean;
}

/** What the preview on screen was computed from; the import sends exactly this. */
export interface CheckedRequest {
  mapping: Record<string, string> | undefined;
  markAbsent: boolean;
}

export interface ShownError {
  title: string;
  message: string;
}

export interface ImportState {
  step: ImportStep;
  file: LoadedFile | null;
  job: RunningJob | null;
  preview: RosterPreview | null;
  checked: CheckedRequest | null;
  choices: ColumnChoices;
  markAbsent: boolean;
  report: ImportReport | null;
  error: ShownError | null;
  /** A sentence for the status line: what just happened that is not a failure. */
  notice: string | null;
  savingReport: boolean;
  /** The counselor ticked "mark these students" for more absent students than an import marks unasked. */
  confirmAbsent: boolean;
  /** "Same student, new number?" pairs accepted, by `sameStudentKey`. */
  renumberAccepted: Readonly<Record<string, boolean>>;
}

/** How often a running job is asked for its progress. */
export const POLL_MS = 150;
/** The contract takes at most 280 MB of base64, i.e. a file of about 200 MB. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

const initialState: ImportState = {
  step: 'choose',
  file: null,
  job: null,
  preview: null,
  checked: null,
  choices: {},
  markAbsent: true,
  report: null,
  error: null,
  notice: null,
  savingReport: false,
  confirmAbsent: false,
  renumberAccepted: {},
};

interface JobStatusOf<R> {
  state: 'running' | 'done' | 'failed' | 'cancelled';
  progress: JobProgress;
  result: R | null;
  error: { message: string } | null;
}

type JobEnd<R> = { state: 'done'; result: R } | { state: 'failed' | 'cancelled'; message: string };

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

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

/** Have the selects or the checkbox moved since the preview on screen was computed? */
export function choicesChanged(state: ImportState): boolean {
  if (!state.preview || !state.checked) return false;
  return !sameChoices(state.preview, state.choices, choicesOf(state.preview)) || state.markAbsent !== state.checked.markAbsent;
}

export class RosterImportSession {
  private state: ImportState = initialState;
  private readonly listeners = new Set<() => void>();
  /** Bumped whenever the counselor starts over or starts new work: older work stops touching the state. */
  private generation = 0;
  private jobId: string | null = null;
  private reading: AbortController | null = null;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ImportState => this.state;

  private set(patch: Partial<ImportState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private setJob(patch: Partial<RunningJob>): void {
    if (this.state.job) this.set({ job: { ...this.state.job, ...patch } });
  }

  /** Back to the first step, forgetting the file (running work is abandoned; a running job is asked to stop). */
  reset(): void {
    this.generation++;
    this.reading?.abort();
    if (this.jobId) void this.cancelQuietly(this.jobId);
    this.jobId = null;
    this.set(initialState);
  }

  async chooseFile(file: File): Promise<void> {
    if (this.state.job) return;
    const generation = ++this.generation;
    if (file.size > MAX_FILE_BYTES) {
      this.set({
        ...initialState,
        error: {
          title: 'This file cannot be imported.',
          message: `${file.name} is ${Math.round(file.size / (1024 * 1024))} MB; a roster file can be at most 200 MB. Export fewer columns, or one school at a time.`,
        },
      });
      return;
    }
    this.set({
      ...initialState,
      step: 'mapping',
      job: {
        kind: 'read',
        fileName: file.name,
        progress: { phase: 'Reading the file', done: 0, total: null },
        cancelling: false,
        cancelRefused: false,
      },
    });

    const reading = new AbortController();
    this.reading = reading;
    let base64: string;
    try {
      base64 = await bytesToBase64(new Uint8Array(await file.arrayBuffer()), reading.signal);
    } catch (e) {
      if (generation !== this.generation) return;
      this.set({
        ...initialState,
        error: {
          title: 'This file cannot be imported.',
          message: `${file.name} could not be read from the disk (${messageOf(e)}). Check that it is still there and choose it again.`,
        },
      });
      return;
    } finally {
      if (this.reading === reading) this.reading = null;
    }
    if (generation !== this.generation) return;
    this.set({ file: { fileName: file.name, base64, size: file.size } });
    await this.runPreview(generation, { mapping: undefined, markAbsent: true }, 'mapping', true);
  }

  chooseColumnField(columnIndex: number, field: string): void {
    const { preview } = this.state;
    if (!preview || this.state.job) return;
    const { choices, displaced } = assignField(this.state.choices, columnIndex, field);
    let notice: string | null = null;
    if (displaced !== null) {
      const from = preview.columns.find((c) => c.index === displaced);
      const to = preview.columns.find((c) => c.index === columnIndex);
      const label = preview.fields.find((f) => f.field === field)?.label ?? field;
      notice = `${label} now comes from column ${to?.letter ?? '?'}; column ${from?.letter ?? '?'} is no longer imported.`;
    }
    this.set({ choices, notice, error: null });
  }

  setMarkAbsent(markAbsent: boolean): void {
    if (this.state.job) return;
    this.set({ markAbsent });
  }

  setConfirmAbsent(confirmAbsent: boolean): void {
    if (this.state.job) return;
    this.set({ confirmAbsent });
  }

  setSameStudent(key: string, accepted: boolean): void {
    if (this.state.job) return;
    this.set({ renumberAccepted: { ...this.state.renumberAccepted, [key]: accepted } });
  }

  /** Runs the preview again with the counselor's choices, then shows `then`. */
  async checkAgain(then: 'mapping' | 'preview' = 'mapping'): Promise<void> {
    const { preview, checked, choices, markAbsent, job } = this.state;
    if (!preview || !checked || job) return;
    const unchanged = sameChoices(preview, choices, choicesOf(preview));
    const mapping = unchanged ? checked.mapping : mappingFor(preview, choices);
    await this.runPreview(++this.generation, { mapping, markAbsent }, then, false);
  }

  /** The Preview step: straight there when the preview on screen is current, after a new check otherwise. */
  async showPreview(): Promise<void> {
    if (this.state.job || !this.state.preview) return;
    if (choicesChanged(this.state)) {
      await this.checkAgain('preview');
      return;
    }
    if (this.state.preview.mappingProblem) return;
    this.set({ step: 'preview', error: null, notice: null });
  }

  backToMapping(): void {
    if (this.state.job) return;
    this.set({ step: 'mapping', error: null, notice: null });
  }

  async startImport(): Promise<void> {
    const { file, checked, job, preview } = this.state;
    if (!file || !checked || job || !preview) return;
    if (absentNeedsConfirmation(this.state) && !this.state.confirmAbsent) return;
    const renumber = preview.sameStudent
      .filter((pair) => this.state.renumberAccepted[sameStudentKey(pair)])
      .map((pair) => ({ from: pair.previousNumber, to: pair.studentNumber }));
    const generation = ++this.generation;
    this.set({
      step: 'importing',
      error: null,
      notice: null,
      job: {
        kind: 'import',
        fileName: file.fileName,
        progress: { phase: 'Starting the import', done: 0, total: null },
        cancelling: false,
        cancelRefused: false,
      },
    });
    const request = {
      fileName: file.fileName,
      base64: file.base64,
      mapping: checked.mapping,
      markAbsent: checked.markAbsent,
      allowAbsent: this.state.confirmAbsent,
      renumber,
    };
    const end = await this.runJob<ImportReport>(
      generation,
      () => api['roster.import'](request),
      (jobId) => api['roster.importStatus']({ jobId }),
    );
    if (!end) return;
    const cancelWasAsked = this.state.job?.cancelling === true;
    if (end.state === 'done') {
      this.set({
        step: 'report',
        job: null,
        report: end.result,
        notice: cancelWasAsked ? 'The import had already begun writing when Cancel was pressed, so it was completed.' : null,
      });
    } else if (end.state === 'cancelled') {
      this.set({ step: 'preview', job: null, notice: end.message });
    } else {
      this.set({ step: 'preview', job: null, error: { title: 'The roster was not imported.', message: end.message } });
    }
  }

  async cancel(): Promise<void> {
    const { job } = this.state;
    if (!job || job.cancelling || job.cancelRefused) return;
    if (job.kind === 'read') {
      this.generation++;
      this.reading?.abort();
      this.set({ ...initialState, notice: `Reading ${job.fileName} was cancelled. Nothing was imported.` });
      return;
    }
    this.setJob({ cancelling: true });
    // Before the job has an id, runJob sends the cancel as soon as it has one.
    if (this.jobId) await this.sendCancel(this.jobId);
  }

  async saveReport(): Promise<void> {
    const { report, savingReport } = this.state;
    if (!report || savingReport) return;
    this.set({ savingReport: true, error: null, notice: null });
    try {
      const file = await api['roster.reportXlsx']({ importId: report.importId });
      await platform.saveFile(file.fileName, base64ToBytes(file.base64), XLSX_TYPE);
      this.set({ notice: `Saved the report as ${file.fileName}.` });
    } catch (e) {
      this.set({ error: { title: 'The report was not saved.', message: messageOf(e) } });
    } finally {
      this.set({ savingReport: false });
    }
  }

  private async runPreview(
    generation: number,
    request: CheckedRequest,
    then: 'mapping' | 'preview',
    first: boolean,
  ): Promise<void> {
    const file = this.state.file;
    if (!file) return;
    this.set({
      error: null,
      notice: null,
      job: {
        kind: 'preview',
        fileName: file.fileName,
        progress: { phase: first ? 'Reading the file' : 'Checking the rows again', done: 0, total: null },
        cancelling: false,
        cancelRefused: false,
      },
    });
    const input = { fileName: file.fileName, base64: file.base64, markAbsent: request.markAbsent, ...(request.mapping ? { mapping: request.mapping } : {}) };
    const end = await this.runJob<RosterPreview>(
      generation,
      () => api['roster.preview'](input),
      (jobId) => api['roster.previewStatus']({ jobId }),
    );
    if (!end) return;
    if (end.state === 'done') {
      this.set({
        // Columns that cannot make a student keep the counselor on the mapping screen to choose them.
        step: end.result.mappingProblem ? 'mapping' : then,
        job: null,
        preview: end.result,
        checked: request,
        choices: choicesOf(end.result),
        markAbsent: request.markAbsent,
        // A new check is new numbers to look at: nothing is confirmed for the counselor in advance.
        confirmAbsent: false,
        renumberAccepted: {},
        notice: first ? null : `Checked again: ${countsSentence(end.result.counts)}.`,
      });
    } else if (first) {
      this.set({
        ...initialState,
        ...(end.state === 'cancelled'
          ? { notice: `Reading ${file.fileName} was cancelled. Nothing was imported.` }
          : { error: { title: 'This file cannot be imported.', message: end.message } }),
      });
    } else {
      this.set({
        step: 'mapping',
        job: null,
        ...(end.state === 'cancelled'
          ? { notice: 'The check was cancelled; the counts shown are from the check before.' }
          : { error: { title: 'The columns could not be checked.', message: end.message } }),
      });
    }
  }

  /**
   * Starts a job and polls it every POLL_MS until it ends: one request at a time, a timer in
   * between, so the window stays free. Returns null when the counselor has moved on meanwhile.
   */
  private async runJob<R>(
    generation: number,
    start: () => Promise<{ jobId: string }>,
    status: (jobId: string) => Promise<JobStatusOf<R>>,
  ): Promise<JobEnd<R> | null> {
    let jobId: string;
    try {
      ({ jobId } = await start());
    } catch (e) {
      return generation === this.generation ? { state: 'failed', message: messageOf(e) } : null;
    }
    if (generation !== this.generation) {
      void this.cancelQuietly(jobId);
      return null;
    }
    this.jobId = jobId;
    try {
      if (this.state.job?.cancelling) void this.sendCancel(jobId);
      for (;;) {
        await sleep(POLL_MS);
        if (generation !== this.generation) return null;
        let current: JobStatusOf<R>;
        try {
          current = await status(jobId);
        } catch (e) {
          if (generation !== this.generation) return null;
          return { state: 'failed', message: messageOf(e) };
        }
        if (generation !== this.generation) return null;
        if (current.state === 'running') {
          this.setJob({ progress: current.progress });
          continue;
        }
        if (current.state === 'done' && current.result !== null) return { state: 'done', result: current.result };
        return {
          state: current.state === 'cancelled' ? 'cancelled' : 'failed',
          message: current.error?.message ?? 'The work stopped without saying why; the details are in the log.',
        };
      }
    } finally {
      if (this.jobId === jobId) this.jobId = null;
    }
  }

  private async sendCancel(jobId: string): Promise<void> {
    try {
      await api['jobs.cancel']({ jobId });
    } catch (e) {
      if (this.jobId !== jobId) return;
      this.setJob({ cancelling: false, cancelRefused: true });
      this.set({ error: { title: 'The import could not be cancelled.', message: messageOf(e) } });
    }
  }

  private async cancelQuietly(jobId: string): Promise<void> {
    try {
      await api['jobs.cancel']({ jobId });
    } catch {
      // Abandoned work: an import already writing finishes on its own, all or nothing.
    }
  }
}

/** The import in progress in this window: one at a time, kept while the counselor visits other pages. */
export const importSession = new RosterImportSession();

export function useImportSession(): ImportState {
  return useSyncExternalStore(importSession.subscribe, importSession.getSnapshot);
}
