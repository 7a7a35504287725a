import { NoInput } from '../domain/common';
import { YearReactivateRequest, YearReactivateResult, YearStartRequest, YearStartResult, YearStatus, YearUndoResult } from '../domain/year';
import { method } from './define';

/** Year-end: start the next school year (graduate, advance grades, reset reviews), and undo it until the next roster or course history import. */
export const yearMethods = {
  'year.status': method(NoInput, YearStatus, 'The current school year, the last start (and whether it can be undone), and what starting the next one would change.'),
  'year.start': method(
    YearStartRequest,
    YearStartResult,
    'Start a school year (after a backup, in one transaction): class years that have passed graduate, other active students advance a grade, reviews count for the new year. dryRun counts only.',
  ),
  'year.undo': method(NoInput, YearUndoResult, 'Undo the last school year start, exactly, until the next roster or course history import.'),
  'year.reactivate': method(
    YearReactivateRequest,
    YearReactivateResult,
    'Make one graduated student active again (did not finish: a fifth-year senior), in one transaction, recorded beside the start that graduated them.',
  ),
} as const;
