import { z } from 'zod';
import { JobId, jobStatus } from '../domain/job';
import { ExportedFile, ImportReport, RosterPreview, RosterRequest } from '../domain/roster';
import { StudentNumber } from '../domain/student';
import { method } from './define';

const Started = z.object({ jobId: JobId });
const JobRef = z.object({ jobId: JobId }).strict();

/**
 * Roster import and caseload export. Reading and checking a large file and committing it are jobs
 * (a worker thread): start one, poll its status for progress, cancel it if need be.
 */
export const rosterMethods = {
  'roster.preview': method(RosterRequest, Started, 'Read a roster and compare it with the store; writes nothing.'),
  'roster.previewStatus': method(JobRef, jobStatus(RosterPreview), 'Progress and result of a roster preview.'),
  'roster.import': method(RosterRequest, Started, 'Import a roster: back up, then commit it in one transaction.'),
  'roster.importStatus': method(JobRef, jobStatus(ImportReport), 'Progress and result of a roster import.'),
  'jobs.cancel': method(JobRef, z.object({}), 'Ask a running job to stop; an import stops only before it writes.'),
  'roster.imports': method(
    z.object({}).strict(),
    z.object({ imports: z.array(ImportReport.omit({ rejected: true, students: true })) }),
    'The import log, newest first.',
  ),
  'roster.reportXlsx': method(
    z.object({ importId: z.number().int() }).strict(),
    ExportedFile,
    'An import report (counts and rejected rows) as an .xlsx file.',
  ),
  'caseload.export': method(
    z
      .object({
        format: z.enum(['xlsx', 'csv']),
        /** The caseload as filtered on screen; all students when left out. */
        studentNumbers: z.array(StudentNumber).optional(),
      })
      .strict(),
    ExportedFile,
    'The caseload as .xlsx or .csv.',
  ),
} as const;
