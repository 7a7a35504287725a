import { z } from 'zod';
import { NoInput } from '../domain/common';
import { CourseMatchRequest, HistoryImportReport, HistoryPreview, HistoryRequest, UnmatchedCourse } from '../domain/history';
import { JobId, jobStatus } from '../domain/job';
import { ExportedFile } from '../domain/roster';
import { method } from './define';

const Started = z.object({ jobId: JobId });
const JobRef = z.object({ jobId: JobId }).strict();

/**
 * Course history import: reading and checking a transcript export and committing it are jobs (a
 * worker thread), like the roster's. Courses the catalog does not know are listed for the
 * counselor to match; a match is remembered and applies to every plan at once.
 */
export const historyMethods = {
  'history.preview': method(HistoryRequest, Started, 'Read a course history file and compare it with the store; writes nothing.'),
  'history.previewStatus': method(JobRef, jobStatus(HistoryPreview), 'Progress and result of a course history preview.'),
  'history.import': method(HistoryRequest, Started, 'Import a course history file: back up, then commit it in one transaction.'),
  'history.importStatus': method(JobRef, jobStatus(HistoryImportReport), 'Progress and result of a course history import.'),
  'history.imports': method(NoInput, z.object({ imports: z.array(HistoryImportReport.omit({ rejected: true })) }), 'The course history import log, newest first.'),
  'history.reportXlsx': method(z.object({ importId: z.number().int() }).strict(), ExportedFile, 'A course history import report (counts, rejected rows, unmatched courses) as .xlsx.'),
  'history.unmatched': method(NoInput, z.object({ courses: z.array(UnmatchedCourse) }), 'Transcript courses the catalog does not know, with how many students have each.'),
  'history.matchCourse': method(CourseMatchRequest, z.object({ courses: z.array(UnmatchedCourse) }), 'Match a transcript course to a catalog course (remembered); answers the courses still unmatched.'),
} as const;
