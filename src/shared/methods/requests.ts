import { RequestExport, RequestExportResult } from '../domain/requests';
import { method } from './define';

/** Course requests back to the student information system: next year's planned courses, with alternates. */
export const requestMethods = {
  'requests.export': method(
    RequestExport,
    RequestExportResult,
    "A course request file (.csv or .xlsx, in a SIS preset's columns) of the chosen students' courses planned for a school year; students with none are listed as skipped.",
  ),
} as const;
