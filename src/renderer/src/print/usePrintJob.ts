import type { PrintRequest, PrintResult } from '../../../shared/domain/print';
import { api } from '../client/api';
import { platform } from '../client/platform';
import { base64ToBytes } from '../shell/bytes';
import type { JobEnd } from '../ui/job';
import { useJob } from '../ui/useJob';

export const PDF_TYPE = 'application/pdf';

export type PrintEnd = JobEnd<PrintResult>;

/** Saves one PDF the core sent (base64) as a file. */
export function savePdf(file: { fileName: string; base64: string }): Promise<void> {
  return platform.saveFile(file.fileName, base64ToBytes(file.base64), PDF_TYPE);
}

const printMethods = {
  start: (request: PrintRequest) => api['print.start'](request),
  status: (jobId: string) => api['print.status']({ jobId }),
};

/** One print job at a time for a component (see useJob); `job` is what JobProgressView draws. */
export function usePrintJob(fileName: string) {
  return useJob<PrintRequest, PrintResult>(printMethods, {
    kind: 'preview',
    fileName,
    phase: 'Preparing to print',
    silentEnd: 'Printing stopped without saying why; the details are in the log.',
  });
}
