import type { ImportReport, RosterPreview } from '../../../shared/domain/roster';
import { api } from '../client/api';
import { ImportFlow, useFlow, type JobCalls, type LoadedFile } from './importFlow';
import { absentNeedsConfirmation, countsSentence, initialState, sameStudentKey, type CheckedRequest, type ImportState } from './importState';

/**
 * One roster import as the counselor walks through it (the steps are ImportFlow's): besides the
 * columns, the roster asks whether the file is the whole roster (students not in it are marked),
 * a confirmation when that marks many, and which "same student, new number?" pairs to renumber.
 */
export class RosterImportSession extends ImportFlow<RosterPreview, ImportReport, CheckedRequest, ImportState> {
  protected readonly noun = 'roster';

  constructor() {
    super(initialState);
  }

  protected initial(): ImportState {
    return initialState;
  }

  protected firstRequest(): CheckedRequest {
    return { mapping: undefined, markAbsent: true };
  }

  protected requestWith(mapping: Record<string, string> | undefined): CheckedRequest {
    return { mapping, markAbsent: this.state.markAbsent };
  }

  protected previewCalls(file: LoadedFile, request: CheckedRequest): JobCalls<RosterPreview> {
    const input = { fileName: file.fileName, base64: file.base64, markAbsent: request.markAbsent, ...(request.mapping ? { mapping: request.mapping } : {}) };
    return { start: () => api['roster.preview'](input), status: (jobId) => api['roster.previewStatus']({ jobId }) };
  }

  protected afterCheck(_preview: RosterPreview, request: CheckedRequest): Partial<ImportState> {
    // A new check is new numbers to look at: nothing is confirmed for the counselor in advance.
    return { markAbsent: request.markAbsent, confirmAbsent: false, renumberAccepted: {}, takeRosterValues: false };
  }

  protected countsSentence(preview: RosterPreview): string {
    return countsSentence(preview.counts);
  }

  protected reportFile(report: ImportReport) {
    return api['roster.reportXlsx']({ importId: report.importId });
  }

  protected override extraChoicesChanged(): boolean {
    return this.state.markAbsent !== this.state.checked?.markAbsent;
  }

  setMarkAbsent(markAbsent: boolean): void {
    if (this.state.job) return;
    this.set({ markAbsent });
  }

  setConfirmAbsent(confirmAbsent: boolean): void {
    if (this.state.job) return;
    this.set({ confirmAbsent });
  }

  setTakeRosterValues(takeRosterValues: boolean): void {
    if (this.state.job) return;
    this.set({ takeRosterValues });
  }

  setSameStudent(key: string, accepted: boolean): void {
    if (this.state.job) return;
    this.set({ renumberAccepted: { ...this.state.renumberAccepted, [key]: accepted } });
  }

  async startImport(): Promise<void> {
    const { file, checked, job, preview } = this.state;
    if (!file || !checked || job || !preview) return;
    if (absentNeedsConfirmation(this.state) && !this.state.confirmAbsent) return;
    const renumber = preview.sameStudent
      .filter((pair) => this.state.renumberAccepted[sameStudentKey(pair)])
      .map((pair) => ({ from: pair.previousNumber, to: pair.studentNumber }));
    const request = {
      fileName: file.fileName,
      base64: file.base64,
      mapping: checked.mapping,
      markAbsent: checked.markAbsent,
      allowAbsent: this.state.confirmAbsent,
      renumber,
      takeRosterValues: this.state.takeRosterValues,
    };
    await this.runImport({ start: () => api['roster.import'](request), status: (jobId) => api['roster.importStatus']({ jobId }) });
  }
}

/** The roster import in progress in this window: one at a time, kept while the counselor visits other pages. */
export const importSession = new RosterImportSession();

export function useImportSession(): ImportState {
  return useFlow(importSession);
}
