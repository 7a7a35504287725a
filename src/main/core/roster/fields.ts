import { GUARDIAN_PARTS, STUDENT_FIELD_LABELS } from '../../../shared/domain/student-fields';
import { foldForSearch } from '../../../shared/text';

/**
 * The roster columns the import understands, and the headers real systems export for each.
 * Synonyms are listed best first: when two columns could hold the same field, the one whose
 * header comes earlier here wins (Clever's student_number beats its sis_id; PowerSchool's
 * Student_Number beats its internal ID).
 */

export { GUARDIAN_PARTS };

export const ROSTER_FIELDS = [
  'studentNumber',
  'firstName',
  'middleName',
  'lastName',
  'preferredName',
  'fullName',
  'grade',
  'classYear',
  'dateOfBirth',
  'email',
  'counselor',
  'homeroom',
  'homeLanguage',
  ...GUARDIAN_PARTS.map((p) => `guardian1${p}` as const),
  ...GUARDIAN_PARTS.map((p) => `guardian2${p}` as const),
] as const;

export type RosterField = (typeof ROSTER_FIELDS)[number];

export function isRosterField(name: string): name is RosterField {
  return (ROSTER_FIELDS as readonly string[]).includes(name);
}

/** How a field is named in a sentence to a counselor. */
export const FIELD_LABELS: Record<RosterField, string> = {
  ...STUDENT_FIELD_LABELS,
  fullName: 'Student name',
  guardian1Name: 'Parent/guardian name',
  guardian1Relationship: 'Parent/guardian relationship',
  guardian1Email: 'Parent/guardian email',
  guardian1Phone: 'Parent/guardian phone',
  guardian1Language: 'Parent/guardian language',
  guardian2Name: 'Second parent/guardian name',
  guardian2Relationship: 'Second parent/guardian relationship',
  guardian2Email: 'Second parent/guardian email',
  guardian2Phone: 'Second parent/guardian phone',
  guardian2Language: 'Second parent/guardian language',
};

function guardianSynonyms(n: 1 | 2): Partial<Record<RosterField, string[]>> {
  const extra = n === 1; // unnumbered "Parent Email" means the first guardian
  const forms = (part: string, more: string[]) => [
    ...(extra ? [`guardian ${part}`, `parent ${part}`, `parent/guardian ${part}`, `parent guardian ${part}`, `primary contact ${part}`] : []),
    `guardian${n} ${part}`,
    `guardian ${n} ${part}`,
    `parent${n} ${part}`,
    `parent ${n} ${part}`,
    `contact${n} ${part}`,
    `contact ${n} ${part}`,
    ...more,
  ];
  return {
    [`guardian${n}Name`]: [...forms('name', extra ? ['parent/guardian', 'guardian', 'parent', 'guardian full name'] : []), `guardian${n}`, `parent${n}`],
    [`guardian${n}Relationship`]: forms('relationship', extra ? ['relationship', 'relationship to student'] : []),
    [`guardian${n}Email`]: forms('email', extra ? ['parent email address', 'guardian email address', 'guardianemail'] : []),
    [`guardian${n}Phone`]: forms('phone', extra ? ['parent cell', 'guardian cell phone', 'home phone', 'phone'] : []),
    [`guardian${n}Language`]: forms('language', extra ? ['correspondence language'] : []),
  };
}

export const HEADER_SYNONYMS: Record<RosterField, string[]> = {
  studentNumber: [
    // tier 1: the number schools print on schedules (PowerSchool, Infinite Campus, Clever)
    'Student Number', 'Student_Number', 'studentNumber', 'Student No', 'Student Num', 'Stu Num', 'Student #', 'Stu #', 'Student Nbr',
    // tier 2: Aeries and Synergy's permanent district id beats their per-school Student ID
    'Perm ID', 'Perm_ID', 'Permanent ID', 'Perm Number',
    // tier 3: Skyward's district number
    'Other ID',
    'Student ID', 'Student_ID', 'Stu ID', 'Student Identifier', 'Local ID', 'Local Student ID', 'District ID',
    'District Student ID', 'School Student ID', 'Pupil Number', 'Pupil ID', 'ID Number',
    'sis_id', 'SIS Student ID',
    // last resort: PowerSchool's ID is an internal database key, used only when nothing better exists
    'ID',
  ],
  firstName: ['First Name', 'First_Name', 'firstName', 'FirstName', 'name.first', 'First', 'Given Name', 'Legal First Name', 'Student First Name', 'Stu First Name', 'FName'],
  middleName: ['Middle Name', 'Middle_Name', 'middleName', 'name.middle', 'Middle', 'Middle Initial', 'MI', 'Student Middle Name', 'MName'],
  lastName: ['Last Name', 'Last_Name', 'lastName', 'LastName', 'name.last', 'Last', 'Surname', 'Family Name', 'Legal Last Name', 'Student Last Name', 'Stu Last Name', 'LName'],
  preferredName: ['Preferred Name', 'Preferred First Name', 'Nickname', 'Name Used', 'Known As', 'Common Name', 'Pref Name'],
  fullName: ['LastFirst', 'Last, First', 'Last First MI', 'Student Name', 'Student Full Name', 'Full Name', 'Stu Name', 'Name'],
  grade: ['Grade', 'Grade_Level', 'Grade Level', 'Grd', 'Gr', 'Current Grade', 'Student Grade', 'Grade Lvl'],
  classYear: [
    'Class Year', 'Class_Year', 'Class Of', 'Graduation Year', 'graduation_year', 'Grad Year', 'Grad Yr', 'YOG', 'Year of Graduation',
    'Sched_YearOfGraduation', 'Expected Graduation Year', 'Projected Graduation Year', 'Cohort Year', 'Graduating Class',
  ],
  dateOfBirth: ['Date of Birth', 'DOB', 'Birth Date', 'birthDate', 'Birthdate', 'Birthday', 'BDate'],
  email: ['Email', 'Student Email', 'Email Address', 'Student Email Address', 'School Email', 'Stu Email', 'Student_Web_Email'],
  counselor: ['Counselor', 'Counselor Name', 'counselorName', 'Counsellor', 'Guidance Counselor', 'School Counselor', 'Assigned Counselor', 'Advisor'],
  homeroom: ['Homeroom', 'Home_Room', 'Home Room', 'Homeroom Teacher', 'homeroomTeacher', 'Homeroom Number', 'Homeroom Room', 'HR', 'Advisory'],
  homeLanguage: ['Home Language', 'Primary Language', 'Language Spoken at Home', 'Home Lang', 'Native Language', 'First Language', 'Language'],
  ...(guardianSynonyms(1) as Record<`guardian1${(typeof GUARDIAN_PARTS)[number]}`, string[]>),
  ...(guardianSynonyms(2) as Record<`guardian2${(typeof GUARDIAN_PARTS)[number]}`, string[]>),
};

/**
 * Case-, space- and punctuation-insensitive, accents ignored. `#` reads as "number" so
 * "Student #" matches "Student Number"; PowerSchool's `[1]Student_Number` table prefix is dropped.
 */
export function normaliseHeader(text: string): string {
  return foldForSearch(text.trim())
    .replace(/^\[[^\]]*\]/, '')
    .replace(/#/g, 'number')
    .replace(/[^a-z0-9]/g, '');
}

export interface SynonymMatch {
  field: RosterField;
  /** Position in the field's list: lower is a better match. */
  rank: number;
}

const SYNONYM_INDEX: ReadonlyMap<string, SynonymMatch> = (() => {
  const index = new Map<string, SynonymMatch>();
  for (const field of ROSTER_FIELDS) {
    HEADER_SYNONYMS[field].forEach((synonym, rank) => {
      const key = normaliseHeader(synonym);
      if (!index.has(key)) index.set(key, { field, rank });
    });
  }
  return index;
})();

export function matchHeader(header: string): SynonymMatch | null {
  const key = normaliseHeader(header);
  return key === '' ? null : (SYNONYM_INDEX.get(key) ?? null);
}
