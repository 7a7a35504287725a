import { AddStudentInput, ReassignInput, ReassignResult, StudentChange, UndoReassignInput, UpdateStudentInput } from '../domain/student-details';
import { method } from './define';

/** Students entered and changed by hand (issue 13): each checked like a roster row, kept in the audit log, marked as entered by hand. */
export const studentRecordMethods = {
  'students.add': method(AddStudentInput, StudentChange, 'Add a student by hand (a transfer mid-year); a number already held is refused.'),
  'students.update': method(UpdateStudentInput, StudentChange, "Change some of one student's details by hand; only the fields that differ are saved."),
  'students.reassign': method(ReassignInput, ReassignResult, 'Give one or many students to a counselor (or to none), all or nothing.'),
  'students.undoReassign': method(
    UndoReassignInput,
    ReassignResult,
    'Take back a reassignment in one transaction: each student goes back to the counselor they had, unless given to another since (then left, listed as unchanged).',
  ),
} as const;
