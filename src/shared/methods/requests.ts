import { z } from 'zod';
import { JobId, jobStatus } from '../domain/job';
import { RequestExport, RequestExportResult } from '../domain/requests';
import { method } from './define';

/**
 * Course requests back to the student information system: next year's planned courses, with
 * alternates. A whole school's file is a job (start it, poll its status for progress and the file,
 * `jobs.cancel` it), as printing is: it takes seconds for a district-sized caseload.
 */
export const requestMethods = {
  'requests.start': method(
    RequestExport,
    z.object({ jobId: JobId }),
    "Start a course request file (.csv or .xlsx, in a SIS preset's columns) of the chosen students' courses planned for a school year.",
  ),
  'requests.status': method(
    z.object({ jobId: JobId }).strict(),
    jobStatus(RequestExportResult),
    'Progress and result of a course request export: the file, its counts and the students skipped with the reason.',
  ),
} as const;
