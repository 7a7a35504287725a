import { useSyncExternalStore } from 'react';
import { api } from '../client/api';
import { platform } from '../client/platform';
import { base64ToBytes, XLSX_TYPE } from '../shell/bytes';
import { messageOf } from '../shell/ErrorAlert';
import { fileToBase64 } from '../ui/FileInput';
import { cancelQuietly, pollJob, type JobEnd, type RunningJob } from '../ui/job';
import type { FlowPreview, FlowRequest, FlowState, JobCalls, LoadedFile } from './flowState';
import { assignField, choicesOf, mappingFor, sameChoices } from './mapping';

export type { FlowPreview, FlowRequest, FlowState, ImportStep, JobCalls, LoadedFile } from './flowState';
export { initialFlow } from './flowState';

/**
 * The steps every import from a student information system walks through — choose a file →
 * match the columns → check the preview → import → the report — whatever the file holds (a
 * roster, a course history). Kept outside React so a long import goes on (and is still shown)
 * when the counselor looks at another page in the meantime. The work itself runs as jobs on the
 * Node side; this only starts them and polls for their progress (ui/job.ts). What differs per
 * kind of file (the requests, the counts, the extra choices) is in its subclass:
 * RosterImportSession (importSession.ts), HistoryImportSession (historySession.ts).
 */

/** The contract takes at most 280 MB of base64, i.e. a file of about 200 MB. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

const cancelJob = (jobId: string) => api['jobs.cancel']({ jobId });

export abstract class ImportFlow<P extends FlowPreview, R extends { importId: number }, C extends FlowRequest, S extends FlowState<P, R, C>> {
  protected state: S;
  private readonly listeners = new Set<() => void>();
  /** Bumped whenever the counselor starts over or starts new work: older work stops touching the state. */
  protected generation = 0;
  private jobId: string | null = null;
  private reading: AbortController | null = null;

  /** "roster", "course history": the words of the messages. */
  protected abstract readonly noun: string;
  protected abstract initial(): S;
  /** The request of the first check of a new file: the core maps the columns itself. */
  protected abstract firstRequest(): C;
  /** The request for a new check with this mapping and the choices on screen. */
  protected abstract requestWith(mapping: Record<string, string> | undefined): C;
  protected abstract previewCalls(file: LoadedFile, request: C): JobCalls<P>;
  /** What a finished check sets besides the preview (choices the new numbers reset, ...). */
  protected abstract afterCheck(preview: P, request: C): Partial<S>;
  protected abstract countsSentence(preview: P): string;
  protected abstract reportFile(report: R): Promise<{ fileName: string; base64: string }>;
  /** Called once a finished check is on screen: a choice made meanwhile may need a check of its own. */
  protected checked(): void {}
  /** Choices made on the mapping screen besides the columns (the roster's "whole roster" box). */
  protected extraChoicesChanged(): boolean {
    return false;
  }

  constructor(initial: S) {
    this.state = initial;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): S => this.state;

  protected set(patch: Partial<S>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private setJob(patch: Partial<RunningJob>): void {
    if (this.state.job) this.set({ job: { ...this.state.job, ...patch } } as Partial<S>);
  }

  /** Have the selects (or other choices) moved since the preview on screen was computed? */
  choicesChanged(): boolean {
    const { preview, checked, choices } = this.state;
    if (!preview || !checked) return false;
    return !sameChoices(preview, choices, choicesOf(preview)) || this.extraChoicesChanged();
  }

  /** Back to the first step, forgetting the file (running work is abandoned; a running job is asked to stop). */
  reset(): void {
    this.generation++;
    this.reading?.abort();
    if (this.jobId) void cancelQuietly(cancelJob, this.jobId);
    this.jobId = null;
    this.set(this.initial());
  }

  async chooseFile(file: File): Promise<void> {
    if (this.state.job) return;
    const generation = ++this.generation;
    const refused = (message: string) => this.set({ ...this.initial(), error: { title: 'This file cannot be imported.', message } });
    if (file.size > MAX_FILE_BYTES) {
      refused(`${file.name} is ${Math.round(file.size / (1024 * 1024))} MB; a ${this.noun} file can be at most 200 MB. Export fewer columns, or one school at a time.`);
      return;
    }
    this.set({
      ...this.initial(),
      step: 'mapping',
      job: { kind: 'read', fileName: file.name, progress: { phase: 'Reading the file', done: 0, total: null }, cancelling: false, cancelRefused: false },
    });
    const reading = new AbortController();
    this.reading = reading;
    let base64: string;
    try {
      base64 = await fileToBase64(file, reading.signal);
    } catch (e) {
      if (generation === this.generation) refused(`${file.name} could not be read from the disk (${messageOf(e)}). Check that it is still there and choose it again.`);
      return;
    } finally {
      if (this.reading === reading) this.reading = null;
    }
    if (generation !== this.generation) return;
    this.set({ file: { fileName: file.name, base64, size: file.size } } as Partial<S>);
    await this.runPreview(generation, this.firstRequest(), 'mapping', 'first');
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
    this.set({ choices, notice, error: null } as Partial<S>);
  }

  /** Runs the preview again with the counselor's choices, then shows `then`. */
  async checkAgain(then: 'mapping' | 'preview' = 'mapping'): Promise<void> {
    const { preview, checked, choices, job } = this.state;
    if (!preview || !checked || job) return;
    const unchanged = sameChoices(preview, choices, choicesOf(preview));
    const mapping = unchanged ? checked.mapping : mappingFor(preview, choices);
    await this.runPreview(++this.generation, this.requestWith(mapping), then, 'again');
  }

  /** A new check for a choice made on the preview itself: the preview stays on screen meanwhile. */
  protected async checkInline(request: C): Promise<void> {
    if (this.state.job || !this.state.preview) return;
    await this.runPreview(++this.generation, request, 'preview', 'inline');
  }

  /** The Preview step: straight there when the preview on screen is current, after a new check otherwise. */
  async showPreview(): Promise<void> {
    if (this.state.job || !this.state.preview) return;
    if (this.choicesChanged()) {
      await this.checkAgain('preview');
      return;
    }
    if (this.state.preview.mappingProblem) return;
    this.set({ step: 'preview', error: null, notice: null } as Partial<S>);
  }

  backToMapping(): void {
    if (this.state.job) return;
    this.set({ step: 'mapping', error: null, notice: null } as Partial<S>);
  }

  /** Runs the import job; the report step on success, the preview with the sentence otherwise. */
  protected async runImport(calls: JobCalls<R>): Promise<void> {
    const { file } = this.state;
    if (!file) return;
    const generation = ++this.generation;
    this.set({
      step: 'importing',
      error: null,
      notice: null,
      job: { kind: 'import', fileName: file.fileName, progress: { phase: 'Starting the import', done: 0, total: null }, cancelling: false, cancelRefused: false },
    } as Partial<S>);
    const end = await this.runJob<R>(generation, calls);
    if (!end) return;
    const cancelWasAsked = this.state.job?.cancelling === true;
    if (end.state === 'done') {
      const notice = cancelWasAsked ? 'The import had already begun writing when Cancel was pressed, so it was completed.' : null;
      this.set({ step: 'report', job: null, report: end.result, notice } as Partial<S>);
    } else if (end.state === 'cancelled') {
      this.set({ step: 'preview', job: null, notice: end.message } as Partial<S>);
    } else {
      this.set({ step: 'preview', job: null, error: { title: `The ${this.noun} was not imported.`, message: end.message } } as Partial<S>);
    }
  }

  async cancel(): Promise<void> {
    const { job } = this.state;
    if (!job || job.cancelling || job.cancelRefused) return;
    if (job.kind === 'read') {
      this.generation++;
      this.reading?.abort();
      this.set({ ...this.initial(), notice: `Reading ${job.fileName} was cancelled. Nothing was imported.` });
      return;
    }
    this.setJob({ cancelling: true });
    // Before the job has an id, runJob sends the cancel as soon as it has one.
    if (this.jobId) await this.sendCancel(this.jobId);
  }

  async saveReport(): Promise<void> {
    const { report, savingReport } = this.state;
    if (!report || savingReport) return;
    this.set({ savingReport: true, error: null, notice: null } as Partial<S>);
    try {
      const file = await this.reportFile(report);
      await platform.saveFile(file.fileName, base64ToBytes(file.base64), XLSX_TYPE);
      this.set({ notice: `Saved the report as ${file.fileName}.` } as Partial<S>);
    } catch (e) {
      this.set({ error: { title: 'The report was not saved.', message: messageOf(e) } } as Partial<S>);
    } finally {
      this.set({ savingReport: false } as Partial<S>);
    }
  }

  private async runPreview(generation: number, request: C, then: 'mapping' | 'preview', how: 'first' | 'again' | 'inline'): Promise<void> {
    const file = this.state.file;
    if (!file) return;
    const phase = how === 'first' ? 'Reading the file' : 'Checking the rows again';
    this.set({
      error: null,
      notice: null,
      inlineCheck: how === 'inline',
      job: { kind: 'preview', fileName: file.fileName, progress: { phase, done: 0, total: null }, cancelling: false, cancelRefused: false },
    } as Partial<S>);
    const end = await this.runJob<P>(generation, this.previewCalls(file, request));
    if (!end) return;
    if (end.state === 'done') {
      this.set({
        // Columns that cannot make a row keep the counselor on the mapping screen to choose them.
        step: end.result.mappingProblem ? 'mapping' : then,
        job: null,
        inlineCheck: false,
        preview: end.result,
        checked: request,
        choices: choicesOf(end.result),
        notice: how === 'first' ? null : `Checked again: ${this.countsSentence(end.result)}.`,
        ...this.afterCheck(end.result, request),
      } as Partial<S>);
      this.checked();
    } else if (how === 'first') {
      this.set({
        ...this.initial(),
        ...(end.state === 'cancelled'
          ? { notice: `Reading ${file.fileName} was cancelled. Nothing was imported.` }
          : { error: { title: 'This file cannot be imported.', message: end.message } }),
      });
    } else {
      const cancelled = end.state === 'cancelled';
      this.set({
        step: how === 'inline' ? 'preview' : 'mapping',
        job: null,
        inlineCheck: false,
        ...(cancelled
          ? { notice: 'The check was cancelled; the counts shown are from the check before.' }
          : { error: { title: how === 'inline' ? 'The preview could not be checked again.' : 'The columns could not be checked.', message: end.message } }),
      } as Partial<S>);
    }
  }

  /** Runs a job to its end (see pollJob); null when the counselor has moved on meanwhile. */
  private async runJob<T>(generation: number, calls: JobCalls<T>): Promise<JobEnd<T> | null> {
    let started: string | null = null;
    try {
      return await pollJob<T>(
        {
          ...calls,
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
      this.set({ error: { title: 'The import could not be cancelled.', message: messageOf(e) } } as Partial<S>);
    }
  }
}

/** The state of one import flow, redrawn on every change. */
export function useFlow<S>(flow: { subscribe(listener: () => void): () => void; getSnapshot(): S }): S {
  return useSyncExternalStore(flow.subscribe, flow.getSnapshot);
}
