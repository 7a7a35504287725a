import { useSyncExternalStore } from 'react';
import type { ImportReport, RosterPreview } from '../../../shared/domain/roster';
import { api } from '../client/api';
import { platform } from '../client/platform';
import { base64ToBytes, XLSX_TYPE } from '../shell/bytes';
import { messageOf } from '../shell/ErrorAlert';
import { fileToBase64 } from '../ui/FileInput';
import { cancelQuietly, pollJob, type JobEnd, type JobStatusOf, type RunningJob } from '../ui/job';
import { absentNeedsConfirmation, choicesChanged, countsSentence, initialState, sameStudentKey, type CheckedRequest, type ImportState } from './importState';
import { assignField, choicesOf, mappingFor, sameChoices } from './mapping';

/**
 * One roster import as the counselor walks through it: choose a file → match the columns →
 * check the preview → import → the report. Kept outside React so a long import goes on (and is
 * still shown) when the counselor looks at another page in the meantime. The work itself runs
 * as jobs on the Node side; this only starts them and polls for their progress (ui/job.ts).
 * The state it keeps, and what is read from it, is in importState.ts.
 */

/** The contract takes at most 280 MB of base64, i.e. a file of about 200 MB. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

const cancelJob = (jobId: string) => api['jobs.cancel']({ jobId });

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
    if (this.jobId) void cancelQuietly(cancelJob, this.jobId);
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
      base64 = await fileToBase64(file, reading.signal);
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

  /** Runs a job to its end (see pollJob); null when the counselor has moved on meanwhile. */
  private async runJob<R>(
    generation: number,
    start: () => Promise<{ jobId: string }>,
    status: (jobId: string) => Promise<JobStatusOf<R>>,
  ): Promise<JobEnd<R> | null> {
    let started: string | null = null;
    try {
      return await pollJob<R>(
        {
          start,
          status,
          live: () => generation === this.generation,
          onStarted: (jobId) => {
            started = jobId;
            this.jobId = jobId;
            // Cancel pressed before the job had an id: send it now.
            if (this.state.job?.cancelling) void this.sendCancel(jobId);
          },
          onProgress: (progress) => this.setJob({ progress }),
          silentEnd: 'The work stopped without saying why; the details are in the log.',
        },
        (jobId) => void cancelQuietly(cancelJob, jobId),
      );
    } finally {
      if (started !== null && this.jobId === started) this.jobId = null;
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
}

/** The import in progress in this window: one at a time, kept while the counselor visits other pages. */
export const importSession = new RosterImportSession();

export function useImportSession(): ImportState {
  return useSyncExternalStore(importSession.subscribe, importSession.getSnapshot);
}
