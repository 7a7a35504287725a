import type { Guardian, Student } from '../../../shared/domain/student';
import { STUDENT_FIELDS } from '../../../shared/domain/student-fields';
import { isExcelShortened, shortenedMatcher } from './excel-shortened';
import { mergeGuardians, type GuardianColumn } from './guardians-merge';
import type { StudentField } from './mapping';

export interface FieldChange {
  field: StudentField | 'status';
  before: string | number | null;
  after: string | number | null;
}

/** A checked row: its student already meets the Student schema (rows.ts); the store checks again on save. */
export interface RosterRow {
  rowNumber: number;
  student: Student;
}

export interface RosterDiff {
  added: { rowNumber: number; student: Student }[];
  changed: { rowNumber: number; student: Student; changes: FieldChange[] }[];
  unchanged: { rowNumber: number; studentNumber: string }[];
  /** Active students in the store that this roster does not list: they will be marked, never deleted. */
  absent: { studentNumber: string; name: string }[];
  /** Rows listing a graduated student: left exactly as stored (graduated records are read-only), and said so. */
  keptGraduated: { rowNumber: number; studentNumber: string; name: string }[];
  /** Fields a counselor entered by hand that the roster gives otherwise: kept, or (taken) replaced by the roster's. */
  handEntered: HandEntered[];
}

export interface HandEntered {
  rowNumber: number;
  studentNumber: string;
  name: string;
  field: StudentField;
  hand: string | number | null;
  roster: string | number | null;
  /** true: the roster's value is written and the mark removed; false: the hand value stays. */
  taken: boolean;
}

export interface DiffOptions {
  /** Fields the file has a column for. A field without a column keeps what the store holds. */
  presentFields: ReadonlySet<StudentField>;
  /** The guardian columns the file has: guardians are merged part by part (guardians-merge.ts). */
  guardianColumns: ReadonlySet<GuardianColumn>;
  /** Student numbers on rows that were rejected: those students are still on the roster. */
  rejectedNumbers: ReadonlySet<string>;
  /** false for a partial file (one grade, say): nobody is marked absent. */
  markAbsent: boolean;
  /** The fields of each student entered by hand (migration 17). */
  handEntered?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Take the roster's value over a hand-entered one (the preview's checkbox, --take-roster-values). */
  takeRosterValues?: boolean;
}

/**
 * The difference between a roster and the store, computed before anything is written: what the
 * preview shows, what --dry-run prints, and exactly what the commit applies.
 */
export function diffRoster(current: ReadonlyMap<string, Student>, rows: readonly RosterRow[], options: DiffOptions): RosterDiff {
  return runToEnd(diffSteps(current, rows, options));
}

/** Rows compared between two pauses of `diffSteps`. */
const STEP_ROWS = 500;

/** A generator run at once: the synchronous callers' (a worker thread has nothing else to serve). */
export function runToEnd<R>(steps: Generator<void, R>): R {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * diffRoster, pausing every STEP_ROWS rows: the department server runs it on its serving thread,
 * giving other requests a turn at the pauses (jobs/slices.ts stepsInSlices); one rule either way.
 */
export function* diffSteps(current: ReadonlyMap<string, Student>, rows: readonly RosterRow[], options: DiffOptions): Generator<void, RosterDiff> {
  const diff: RosterDiff = { added: [], changed: [], unchanged: [], absent: [], keptGraduated: [], handEntered: [] };
  const listed = new Set<string>(options.rejectedNumbers);
  let step = 0;
  for (const row of rows) {
    if (++step % STEP_ROWS === 0) yield;
    // A checked row's student is built active (student-row.ts): copied only if it is not, not 20,000 times.
    const incoming: Student = row.student.status === 'active' ? row.student : { ...row.student, status: 'active' };
    listed.add(incoming.studentNumber);
    const existing = current.get(incoming.studentNumber);
    if (!existing) {
      diff.added.push({ rowNumber: row.rowNumber, student: incoming });
      continue;
    }
    if (existing.status === 'graduated') {
      // Never back to active silently: a roster that still lists a senior who graduated (last
      // spring's file, a late export) leaves the record as the year-end left it, and the preview lists it.
      diff.keptGraduated.push({ rowNumber: row.rowNumber, studentNumber: existing.studentNumber, name: `${existing.lastName}, ${existing.firstName}` });
      continue;
    }
    const merged: Student = { ...existing, status: 'active' };
    const marks = options.handEntered?.get(existing.studentNumber);
    for (const field of options.presentFields) {
      const roster = field === 'guardians' ? mergeGuardians(existing.guardians, incoming.guardians, options.guardianColumns) : incoming[field];
      const hand = shown(existing, field);
      if (marks?.has(field) && hand !== shown({ ...existing, [field]: roster }, field)) {
        // Never silently: the preview lists it either way, and only the counselor's choice takes the roster's.
        const taken = options.takeRosterValues === true;
        diff.handEntered.push({ rowNumber: row.rowNumber, studentNumber: existing.studentNumber, name: `${existing.lastName}, ${existing.firstName}`, field, hand, roster: shown({ ...existing, [field]: roster }, field), taken });
        if (!taken) continue;
      }
      (merged as Record<string, unknown>)[field] = roster;
    }
    const changes = compare(existing, merged);
    if (changes.length === 0) diff.unchanged.push({ rowNumber: row.rowNumber, studentNumber: existing.studentNumber });
    else diff.changed.push({ rowNumber: row.rowNumber, student: merged, changes });
  }
  if (options.markAbsent) {
    // A row rejected because Excel shortened its number still lists the student it stands for.
    const shortened = shortenedMatcher([...options.rejectedNumbers].filter(isExcelShortened));
    for (const s of current.values()) {
      if (s.status === 'active' && !listed.has(s.studentNumber) && !shortened(s.studentNumber)) {
        diff.absent.push({ studentNumber: s.studentNumber, name: `${s.lastName}, ${s.firstName}` });
      }
    }
  }
  return diff;
}

/** Every field the store keeps but the key, in the order a change lists them. */
const COMPARED: readonly (StudentField | 'status')[] = [...STUDENT_FIELDS.filter((f) => f !== 'studentNumber'), 'guardians', 'status'];

/** A field's value as a change shows it (guardians as one line). */
function shown(s: Student, field: StudentField | 'status'): string | number | null {
  return field === 'guardians' ? describeGuardians(s.guardians) : s[field];
}

function compare(before: Student, after: Student): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of COMPARED) {
    const a = shown(before, field);
    const b = shown(after, field);
    if (a !== b) changes.push({ field, before: a, after: b });
  }
  return changes;
}

/** Guardians compared and shown as one line each, e.g. "María Peña (mother, 608-555-0100)". */
export function describeGuardians(guardians: readonly Guardian[]): string | null {
  if (guardians.length === 0) return null;
  return guardians
    .map((g) => {
      const extra = [g.relationship, g.email, g.phone, g.preferredLanguage].filter(Boolean).join(', ');
      return extra ? `${g.name} (${extra})` : g.name;
    })
    .join('; ');
}
