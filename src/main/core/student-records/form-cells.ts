import type { Student } from '../../../shared/domain/student';
import type { DetailProblem, HandField, StudentDetails, TypedGuardian } from '../../../shared/domain/student-details';
import { CounselorError } from '../../../shared/errors';
import type { RosterField } from '../roster/fields';
import { buildStudent, type RowCells } from '../roster/student-row';

/**
 * A hand-typed student checked by the roster import's own row check (roster/student-row.ts
 * buildStudent): one rule for what a valid student is, whether it came from a file or a form.
 * The form's values become the cells of one row; each cell's "column" is the form field's name,
 * so a problem comes back tied to the field the form shows it next to.
 */

const GUARDIAN_PARTS = { Name: 'name', Relationship: 'relationship', Email: 'email', Phone: 'phone', Language: 'preferredLanguage' } as const;

function text(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The field of the form a roster field's cell came from. */
function formField(field: RosterField): HandField | 'studentNumber' {
  if (field.startsWith('guardian')) return 'guardians';
  if (field === 'fullName') return 'lastName';
  return field as HandField | 'studentNumber';
}

function cellsOf(studentNumber: string, details: StudentDetails): RowCells {
  const guardians: TypedGuardian[] = details.guardians ?? [];
  const get = (field: RosterField): string => {
    const guardian = /^guardian([12])(\w+)$/.exec(field);
    if (guardian) {
      const part = GUARDIAN_PARTS[guardian[2] as keyof typeof GUARDIAN_PARTS];
      return text(guardians[Number(guardian[1]) - 1]?.[part]);
    }
    if (field === 'studentNumber') return studentNumber;
    if (field === 'fullName') return '';
    return text(details[field as Exclude<HandField, 'guardians'>]);
  };
  return { get, has: (field) => field !== 'fullName', column: (field) => field };
}

/** A student's saved values as the form would type them (the starting point of an edit). */
export function detailsOf(student: Student): Required<StudentDetails> {
  const { studentNumber: _number, status: _status, ...details } = student;
  return { ...details, guardians: student.guardians.map((g) => ({ ...g })) };
}

/** The checked student, or the problems as one error whose message is the first problem's sentence. */
export function checkedStudent(studentNumber: string, details: StudentDetails, today: string): Student {
  const { student, problems } = buildStudent(cellsOf(studentNumber, details), today);
  if (student) return student;
  const byField: DetailProblem[] = problems.map((p) => ({ field: formField(p.column as RosterField), reason: p.reason }));
  throw new CounselorError('invalid_input', byField.map((p) => p.reason).join(' '), { problems: byField });
}
