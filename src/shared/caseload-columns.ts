import type { CaseloadRow } from './domain/student';

/**
 * The caseload as it travels to the caseload page: one array per column instead of 20,000 objects
 * that each repeat sixteen key names, and every text that repeats (names, counselors, homerooms,
 * statuses, dates) sent once in `text` with the columns holding its position. 20,000 students
 * come to about a sixth of the bytes of the row list, and the page reads and folds each distinct
 * name once. Types only here (no zod): the page decodes without loading the contract.
 */
export interface CaseloadColumns {
  /** Every distinct value of the coded columns, once. */
  text: string[];
  studentNumber: string[];
  grade: (number | null)[];
  classYear: (number | null)[];
  creditsEarned: (number | null)[];
  conferencesThisYear: number[];
  /** The coded columns: a position in `text`, or -1 for none. */
  firstName: number[];
  middleName: number[];
  lastName: number[];
  preferredName: number[];
  counselor: number[];
  homeroom: number[];
  status: number[];
  planStatus: number[];
  clusterCode: number[];
  onTrack: number[];
  lastConference: number[];
}

/** The columns sent as positions in `text` (each value repeats across a school). */
export const CODED_COLUMNS = [
  'firstName',
  'middleName',
  'lastName',
  'preferredName',
  'counselor',
  'homeroom',
  'status',
  'planStatus',
  'clusterCode',
  'onTrack',
  'lastConference',
] as const;
/** The columns sent as they are (unique, or numbers). */
export const PLAIN_COLUMNS = ['studentNumber', 'grade', 'classYear', 'creditsEarned', 'conferencesThisYear'] as const;

export const NO_TEXT = -1;

/** Columns filled a student at a time (the store's rows go straight in, no row object between). */
export class CaseloadColumnsBuilder {
  readonly columns: CaseloadColumns = {
    text: [],
    studentNumber: [],
    grade: [],
    classYear: [],
    creditsEarned: [],
    conferencesThisYear: [],
    firstName: [],
    middleName: [],
    lastName: [],
    preferredName: [],
    counselor: [],
    homeroom: [],
    status: [],
    planStatus: [],
    clusterCode: [],
    onTrack: [],
    lastConference: [],
  };
  private readonly position = new Map<string, number>();

  private code(value: string | null): number {
    if (value === null) return NO_TEXT;
    let at = this.position.get(value);
    if (at === undefined) {
      at = this.columns.text.length;
      this.columns.text.push(value);
      this.position.set(value, at);
    }
    return at;
  }

  // Each column written by name (not a loop over PLAIN_COLUMNS and CODED_COLUMNS): a third of the time.
  add(r: CaseloadRow): void {
    const c = this.columns;
    c.studentNumber.push(r.studentNumber);
    c.grade.push(r.grade);
    c.classYear.push(r.classYear);
    c.creditsEarned.push(r.creditsEarned);
    c.conferencesThisYear.push(r.conferencesThisYear);
    c.firstName.push(this.code(r.firstName));
    c.middleName.push(this.code(r.middleName));
    c.lastName.push(this.code(r.lastName));
    c.preferredName.push(this.code(r.preferredName));
    c.counselor.push(this.code(r.counselor));
    c.homeroom.push(this.code(r.homeroom));
    c.status.push(this.code(r.status));
    c.planStatus.push(this.code(r.planStatus));
    c.clusterCode.push(this.code(r.clusterCode));
    c.onTrack.push(this.code(r.onTrack));
    c.lastConference.push(this.code(r.lastConference));
  }
}

export function encodeCaseload(rows: Iterable<CaseloadRow>): CaseloadColumns {
  const builder = new CaseloadColumnsBuilder();
  for (const row of rows) builder.add(row);
  return builder.columns;
}

/** Rows back from the columns, in the order sent. */
export function decodeCaseload(c: CaseloadColumns): CaseloadRow[] {
  const { text } = c;
  const at = (i: number | undefined): string | null => (i === undefined || i === NO_TEXT ? null : (text[i] ?? null));
  const rows = new Array<CaseloadRow>(c.studentNumber.length);
  for (let i = 0; i < rows.length; i++) {
    // One literal of one shape per row: the engine gives all 20,000 the same hidden class.
    rows[i] = {
      studentNumber: c.studentNumber[i]!,
      firstName: at(c.firstName[i]) ?? '',
      middleName: at(c.middleName[i]),
      lastName: at(c.lastName[i]) ?? '',
      preferredName: at(c.preferredName[i]),
      grade: c.grade[i] ?? null,
      classYear: c.classYear[i] ?? null,
      counselor: at(c.counselor[i]),
      homeroom: at(c.homeroom[i]),
      status: at(c.status[i]) as CaseloadRow['status'],
      planStatus: at(c.planStatus[i]) as CaseloadRow['planStatus'],
      clusterCode: at(c.clusterCode[i]),
      creditsEarned: c.creditsEarned[i] ?? null,
      onTrack: at(c.onTrack[i]) as CaseloadRow['onTrack'],
      lastConference: at(c.lastConference[i]),
      conferencesThisYear: c.conferencesThisYear[i] ?? 0,
    };
  }
  return rows;
}
