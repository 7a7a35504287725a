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

  protected afterCheck(): Partial<HistoryState> {
    return {};
  }

  protected countsSentence(preview: HistoryPreview): string {
    return historyCountsSentence(preview.counts);
  }

  protected reportFile(report: HistoryImportReport) {
    return api['history.reportXlsx']({ importId: report.importId });
  }

  /** The counselor chose the area of one credit type on the preview: check again with it. */
  async chooseCreditType(creditType: string, area: SubjectArea): Promise<void> {
    const { checked } = this.state;
    if (!checked || checked.creditTypes[creditType] === area) return;
    await this.checkInline({ mapping: checked.mapping, creditTypes: { ...checked.creditTypes, [creditType]: area } });
  }

  async startImport(): Promise<void> {
    const { file, checked, job, preview } = this.state;
    if (!file || !checked || job || !preview) return;
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
