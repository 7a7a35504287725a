import { describe, expect, it } from 'vitest';
import { HEADER_SYNONYMS, normaliseHeader, ROSTER_FIELDS } from '../../../src/main/core/roster/fields';
import { applyOverrides, assertMappingUsable, autoMap, mappingKey, studentFieldsCovered } from '../../../src/main/core/roster/mapping';

/** Field → header text, the way a counselor would read the mapping screen. */
function mapped(headers: string[], mapping = autoMap(headers)): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping.columns).map(([field, column]) => [field, headers[column!]!]));
}

describe('mapping the headers real systems export', () => {
  it('matches regardless of case, spaces, punctuation and accents', () => {
    expect(normaliseHeader(' Student_Number ')).toBe('studentnumber');
    expect(normaliseHeader('studentNumber')).toBe('studentnumber');
    expect(normaliseHeader('Student #')).toBe('studentnumber');
    expect(normaliseHeader('[1]Student_Number')).toBe('studentnumber');
    expect(normaliseHeader('Año')).toBe('ano');
  });

  it('gives every synonym to one field only', () => {
    const owner = new Map<string, string>();
    for (const field of ROSTER_FIELDS) {
      for (const synonym of HEADER_SYNONYMS[field]) {
        const key = normaliseHeader(synonym);
        const before = owner.get(key);
        expect(before === undefined || before === field, `${synonym}: ${before} and ${field}`).toBe(true);
        owner.set(key, field);
      }
    }
  });

  it('PowerSchool: Student_Number, not the internal ID', () => {
    const headers = ['ID', 'Student_Number', 'LastFirst', 'First_Name', 'Middle_Name', 'Last_Name', 'Grade_Level', 'Sched_YearOfGraduation', 'DOB', 'Home_Room', 'Guardian_Email', 'Student_Web_ID'];
    expect(mapped(headers)).toEqual({
      studentNumber: 'Student_Number', firstName: 'First_Name', middleName: 'Middle_Name', lastName: 'Last_Name', fullName: 'LastFirst',
      grade: 'Grade_Level', classYear: 'Sched_YearOfGraduation', dateOfBirth: 'DOB', homeroom: 'Home_Room', guardian1Email: 'Guardian_Email',
    });
    expect(autoMap(headers).unmapped.map((i) => headers[i])).toEqual(['ID', 'Student_Web_ID']);
  });

  it('PowerSchool\'s bare ID is used only when nothing better exists', () => {
    expect(mapped(['ID', 'LastFirst'])).toEqual({ studentNumber: 'ID', fullName: 'LastFirst' });
  });

  it('Infinite Campus, Skyward, Synergy, Aeries', () => {
    expect(mapped(['personID', 'studentNumber', 'lastName', 'firstName', 'middleName', 'grade', 'birthDate', 'counselorName', 'homeroomTeacher'])).toEqual({
      studentNumber: 'studentNumber', lastName: 'lastName', firstName: 'firstName', middleName: 'middleName', grade: 'grade',
      dateOfBirth: 'birthDate', counselor: 'counselorName', homeroom: 'homeroomTeacher',
    });
    expect(mapped(['Other ID', 'Student Name', 'Grd', 'Grad Yr', 'Advisor', 'Birth Date'])).toEqual({
      studentNumber: 'Other ID', fullName: 'Student Name', grade: 'Grd', classYear: 'Grad Yr', counselor: 'Advisor', dateOfBirth: 'Birth Date',
    });
    expect(mapped(['Perm_ID', 'Last Name', 'First Name'])).toMatchObject({ studentNumber: 'Perm_ID' });
    expect(mapped(['Student ID', 'Perm ID', 'Last Name', 'First Name'])).toMatchObject({ studentNumber: 'Perm ID' });
  });

  it('Clever: student_number over sis_id, and the dotted name columns', () => {
    expect(mapped(['sis_id', 'student_number', 'state_id', 'name.first', 'name.middle', 'name.last', 'grade', 'graduation_year', 'dob', 'email'])).toEqual({
      studentNumber: 'student_number', firstName: 'name.first', middleName: 'name.middle', lastName: 'name.last', grade: 'grade',
      classYear: 'graduation_year', dateOfBirth: 'dob', email: 'email',
    });
    expect(mapped(['sis_id', 'name.first', 'name.last'])).toMatchObject({ studentNumber: 'sis_id' });
  });

  it('Naviance and plain English ones, guardians included', () => {
    expect(mapped(['Student_ID', 'Class_Year', 'FirstName', 'LastName'])).toEqual({ studentNumber: 'Student_ID', classYear: 'Class_Year', firstName: 'FirstName', lastName: 'LastName' });
    expect(mapped(['Student Number', 'Class Of', 'Counselor', 'Homeroom', 'Home Language', 'Parent/Guardian Name', 'Parent Email', 'Parent 2 Name', 'Guardian 2 Phone'])).toEqual({
      studentNumber: 'Student Number', classYear: 'Class Of', counselor: 'Counselor', homeroom: 'Homeroom', homeLanguage: 'Home Language',
      guardian1Name: 'Parent/Guardian Name', guardian1Email: 'Parent Email', guardian2Name: 'Parent 2 Name', guardian2Phone: 'Guardian 2 Phone',
    });
  });

  it('a duplicated header feeds its field once, from the leftmost column', () => {
    const mapping = autoMap(['Student Number', 'Email', 'Email']);
    expect(mapping.columns.email).toBe(1);
    expect(mapping.unmapped).toEqual([2]);
  });
});

describe('the user adjusting the mapping', () => {
  const headers = ['ID', 'Perm Number', 'Name', 'Advisor', 'Notes'];

  it('assigns a column by its header, moving it away from the field it fed', () => {
    const adjusted = applyOverrides(autoMap(headers), headers, { homeroom: 'advisor', studentNumber: 'Perm Number' });
    expect(mapped(headers, adjusted)).toEqual({ studentNumber: 'Perm Number', fullName: 'Name', homeroom: 'Advisor' });
    expect(adjusted.unmapped).toEqual([0, 4]);
  });

  it('an empty header unmaps the field', () => {
    expect(applyOverrides(autoMap(headers), headers, { counselor: '' }).columns.counselor).toBeUndefined();
  });

  it('explains an unknown field or header', () => {
    expect(() => applyOverrides(autoMap(headers), headers, { studentNo: 'ID' })).toThrow(/"studentNo" is not a roster field; choose one of studentNumber, firstName/);
    expect(() => applyOverrides(autoMap(headers), headers, { counselor: 'Counselor' })).toThrow(
      'No column is headed "Counselor" (for counselor); the columns are: ID, Perm Number, Name, Advisor, Notes.',
    );
  });

  it('remembers layouts by a key that ignores case, spacing and trailing empty columns, not order', () => {
    expect(mappingKey(['Student Number', 'Last Name'])).toBe(mappingKey(['student_number', 'LAST NAME', '', '']));
    expect(mappingKey(['Student Number', 'Last Name'])).not.toBe(mappingKey(['Last Name', 'Student Number']));
    expect(mappingKey(['a'])).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('a mapping that cannot work', () => {
  it('has no student-number column: names the columns found and what to add', () => {
    const headers = ['Name', 'Grade', '', 'DOB', ''];
    expect(() => assertMappingUsable(autoMap(headers), headers, 'C:\\Users\\x\\roster.csv')).toThrow(
      '"roster.csv": no column holds student numbers. Columns found: Name, Grade, (column C, no header), DOB. Add a column named "Student Number", or choose the column that holds them (on the command line: --map studentNumber=<header>).',
    );
  });

  it('has no name columns', () => {
    const headers = ['Student Number', 'First Name', 'Grade'];
    expect(() => assertMappingUsable(autoMap(headers), headers, 'r.csv')).toThrow(/no columns hold student names.*"First Name" and "Last Name"/);
  });
});

describe('the student fields a file speaks for', () => {
  it('lets the diff keep what the file has no column for', () => {
    const covered = studentFieldsCovered(autoMap(['Student Number', 'LastFirst', 'Grad Yr', 'Parent Email']));
    expect([...covered].sort()).toEqual(['classYear', 'firstName', 'grade', 'guardians', 'lastName', 'middleName']);
  });
});
