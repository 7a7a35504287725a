import type { SubjectArea } from '../../../shared/domain/catalog';
import type { HistoryImportReport, HistoryPreview } from '../../../shared/domain/history';
import { api } from '../client/api';
import { ImportFlow, useFlow, type JobCalls, type LoadedFile } from './importFlow';
import { historyCountsSentence, initialHistoryState, type HistoryChecked, type HistoryState } from './historyState';

/**
 * One course history import as the counselor walks through it (the steps are ImportFlow's).
 * Besides the columns, the counselor chooses on the preview the subject area of each credit type
 * the file names ("ENG" → English): a choice checks the file again at once, so the preview always
 * shows what Import would do, and the import sends the same choices (they are remembered).
 */
export class HistoryImportSession extends ImportFlow<HistoryPreview, HistoryImportReport, HistoryChecked, HistoryState> {
  protected readonly noun = 'course history';

  constructor() {
    super(initialHistoryState);
  }

  protected initial(): HistoryState {
    return initialHistoryState;
  }

  protected firstRequest(): HistoryChecked {
    return { mapping: undefined, creditTypes: {} };
  }

  protected requestWith(mapping: Record<string, string> | undefined): HistoryChecked {
    return { mapping, creditTypes: this.state.checked?.creditTypes ?? {} };
  }

  protected previewCalls(file: LoadedFile, request: HistoryChecked): JobCalls<HistoryPreview> {
    const input = requestOf(file, request);
    return { start: () => api['history.preview'](input), status: (jobId) => api['history.previewStatus']({ jobId }) };
  }

  protected afterCheck(_preview: HistoryPreview, request: HistoryChecked): Partial<HistoryState> {
    // Choices made while this check ran stay on screen; the next check takes them.
    return { areaChoices: { ...this.state.areaChoices, ...request.creditTypes, ...this.pendingAreas() } };
  }

  protected override checked(): void {
    if (Object.keys(this.pendingAreas()).length > 0) void this.checkAreas();
  }

  /** Areas chosen on screen that the preview on screen was not computed with. */
  private pendingAreas(): Record<string, SubjectArea> {
    const sent = this.state.checked?.creditTypes ?? {};
    return Object.fromEntries(Object.entries(this.state.areaChoices).filter(([type, area]) => sent[type] !== area));
  }

  private async checkAreas(): Promise<void> {
    const { checked, areaChoices } = this.state;
    if (!checked) return;
    await this.checkInline({ mapping: checked.mapping, creditTypes: { ...checked.creditTypes, ...areaChoices } });
  }

  protected countsSentence(preview: HistoryPreview): string {
    return historyCountsSentence(preview.counts);
  }

  protected reportFile(report: HistoryImportReport) {
    return api['history.reportXlsx']({ importId: report.importId });
  }

  /**
   * The counselor chose the area of one credit type on the preview: it shows at once, and the file
   * is checked again with it (after the check under way, if one is).
   */
  async chooseCreditType(creditType: string, area: SubjectArea): Promise<void> {
    if (!this.state.checked) return;
    this.set({ areaChoices: { ...this.state.areaChoices, [creditType]: area } });
    if (this.state.job) return;
    await this.checkAreas();
  }

  async startImport(): Promise<void> {
    const { file, checked, job, preview } = this.state;
    // An area chosen and not yet checked: the preview on screen is not what Import would do.
    if (!file || !checked || job || !preview || Object.keys(this.pendingAreas()).length > 0) return;
    const input = requestOf(file, checked);
    await this.runImport({ start: () => api['history.import'](input), status: (jobId) => api['history.importStatus']({ jobId }) });
  }
}

function requestOf(file: LoadedFile, request: HistoryChecked) {
  return {
    fileName: file.fileName,
    base64: file.base64,
    ...(request.mapping ? { mapping: request.mapping } : {}),
    ...(Object.keys(request.creditTypes).length > 0 ? { creditTypes: { ...request.creditTypes } } : {}),
  };
}

/** The course history import in progress in this window, kept while the counselor visits other pages. */
export const historySession = new HistoryImportSession();

export function useHistorySession(): HistoryState {
  return useFlow(historySession);
}
