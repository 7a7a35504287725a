import { z } from 'zod';
import { JobId, jobStatus } from '../domain/job';
import { PreviewLayout, PreviewRequest, PrintedPdf, PrintRequest, PrintResult, PrintSnapshot, Reprint } from '../domain/print';
import { StudentNumber } from '../domain/student';
import { method } from './define';

/**
 * Printing plans as PDFs: a preview of one plan for the plan editor, a print job for one student
 * or a conference evening's stack (start it, poll its status for progress, `jobs.cancel` it), and
 * the snapshots of what was printed, each reprintable exactly as the family received it.
 */
export const printMethods = {
  'print.preview': method(PreviewRequest, PrintedPdf, "One plan as it will print (not recorded as printed), in the family's language unless told."),
  'print.layout': method(PreviewRequest, PreviewLayout, 'One plan laid out on pages as it will print, to draw on screen before printing.'),
  'print.start': method(PrintRequest, z.object({ jobId: JobId }), 'Print plans: one combined PDF or one PDF per student; records a snapshot of each.'),
  'print.status': method(z.object({ jobId: JobId }).strict(), jobStatus(PrintResult), 'Progress and result (the PDFs) of a print job.'),
  'print.snapshots': method(
    z.object({ studentNumber: StudentNumber }).strict(),
    z.object({ snapshots: z.array(PrintSnapshot) }),
    "A student's printed plans, newest first.",
  ),
  'print.reprint': method(
    z.object({ snapshotId: z.number().int().positive() }).strict(),
    Reprint,
    'A printed plan again, exactly as printed then: same plan, language, paper and date.',
  ),
} as const;
