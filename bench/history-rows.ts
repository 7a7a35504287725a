import type { ExportCell, ExportTable } from '../src/main/core/spreadsheet/export-table';
import { schoolYearEnd } from '../src/shared/domain/school-year';

/**
 * A PowerSchool StoredGrades export (the shape of tests/fixtures/history/powerschool-storedgrades.csv)
 * for seniors: grades 9–11 in full, quarter progress rows beside semester finals, and quarter 1 of
 * the current year. About 150 rows a student. Now and then what real exports carry: a course number
 * written differently, a transfer course the catalog does not know, a row excluded from transcripts.
 */
type Offering = [number: string, title: string, credits: number, creditType: string, semester: 'S1' | 'S2' | null];

const PROGRAM: Record<9 | 10 | 11 | 12, Offering[]> = {
  9: [['ENG101', 'English 9', 1, 'ENG', null], ['MTH101', 'Algebra 1', 1, 'MATH', null], ['SCI111', 'Biology', 1, 'SCI', null],
    ['SOC101', 'World Geography', 1, 'SOC', null], ['WLS101', 'Spanish 1', 1, 'WL', null], ['PED101', 'Physical Education 9', 0.5, 'PE', 'S1'],
    ['HLT101', 'Health', 0.5, 'HLTH', 'S2'], ['ART101', 'Art Foundations', 0.5, 'FA', 'S1'], ['BUS101', 'Introduction to Business', 0.5, 'CTE', 'S2'],
    ['TEC121', 'Small Engines', 0.5, 'CTE', 'S1'], ['FCS111', 'Foods and Nutrition', 0.5, 'CTE', 'S2']],
  10: [['ENG201', 'English 10', 1, 'ENG', null], ['MTH201', 'Geometry', 1, 'MATH', null], ['SCI201', 'Chemistry', 1, 'SCI', null],
    ['SOC201', 'U.S. History', 1, 'SOC', null], ['WLS201', 'Spanish 2', 1, 'WL', null], ['MUS111', 'Concert Choir', 1, 'FA', null],
    ['PED201', 'Physical Education 10', 0.5, 'PE', 'S1'], ['FIN201', 'Personal Finance', 0.5, 'PF', 'S2'],
    ['ART211', 'Ceramics', 0.5, 'FA', 'S1'], ['BUS311', 'Computer Applications (Microsoft Office Specialist)', 0.5, 'CTE', 'S2']],
  11: [['ENG301', 'American Literature', 1, 'ENG', null], ['MTH301', 'Algebra 2', 1, 'MATH', null], ['SCI301', 'Physics', 1, 'SCI', null],
    ['WLS301', 'Spanish 3', 1, 'WL', null], ['MUS111', 'Concert Choir', 1, 'FA', null], ['SOC301', 'Civics', 0.5, 'SOC', 'S1'],
    ['SOC311', 'Economics', 0.5, 'SOC', 'S2'], ['PED301', 'Lifetime Fitness', 0.5, 'PE', 'S1'], ['CSC101', 'Introduction to Computer Science', 0.5, 'CTE', 'S2'],
    ['TEC221', 'Welding 1', 0.5, 'CTE', 'S1'], ['SOC331', 'Psychology', 0.5, 'SOC', 'S2']],
  12: [['ENG401', 'English 12: Literature and Composition', 1, 'ENG', null], ['MTH401', 'Precalculus', 1, 'MATH', null],
    ['SCI341', 'Anatomy and Physiology', 1, 'SCI', null], ['SOC321', 'AP U.S. Government and Politics', 1, 'SOC', null],
    ['ELC401', 'Senior Capstone Seminar', 0.5, 'ELEC', 'S1'], ['ART201', 'Drawing and Painting', 0.5, 'FA', 'S1']],
};
const LETTERS: [string, number][] = [['A', 95], ['A-', 91], ['B+', 88], ['B', 85], ['B-', 81], ['C+', 78], ['C', 75], ['D', 65], ['F', 52]];
const TERM_ID: Record<string, number> = { Y1: 0, S1: 1, S2: 2, Q1: 3, Q2: 4, Q3: 5, Q4: 6 };

export const STOREDGRADES_HEADERS = [
  'STUDENTS.Student_Number', 'STOREDGRADES.StudentID', 'STOREDGRADES.Course_Number', 'STOREDGRADES.Course_Name',
  'STOREDGRADES.StoreCode', 'STOREDGRADES.Grade', 'STOREDGRADES.Percent', 'STOREDGRADES.EarnedCrHrs',
  'STOREDGRADES.PotentialCrHrs', 'STOREDGRADES.TermID', 'STOREDGRADES.Grade_Level', 'STOREDGRADES.Credit_Type',
  'STOREDGRADES.ExcludeFromTranscripts', 'STOREDGRADES.SchoolName',
];

export function historyTable(studentNumbers: readonly string[], today: Date): ExportTable {
  const current = schoolYearEnd(today);
  const rows: ExportCell[][] = [];
  studentNumbers.forEach((number, i) => {
    const internal = String(40_000 + i * 3);
    for (const level of [9, 10, 11, 12] as const) {
      const year = current - (12 - level);
      PROGRAM[level].forEach(([course, title, credits, type, sem], k) => {
        const [grade, percent] = LETTERS[(i * 7 + k * 3 + level) % LETTERS.length]!;
        const passed = grade !== 'F';
        const transfer = level === 9 && k === 0 && i % 50 === 7;
        const written = transfer ? 'TR-ENG9' : i % 37 === 3 && type === 'ENG' ? course.toLowerCase() : course;
        const name = transfer ? 'English 9 (Lakeview Academy)' : title;
        const school = transfer ? 'Lakeview Academy' : 'Riverside High School';
        const row = (store: string, earned: number, potential: number, excluded = 0): ExportCell[] => [
          number, internal, written, name, store, grade, percent, earned, potential,
          (year - 1991) * 100 + TERM_ID[store]!, level, type, excluded, school,
        ];
        if (year === current) {
          if (sem !== 'S2') rows.push(row('Q1', 0, 0));
          return;
        }
        const finals = sem ? [sem] : ['S1', 'S2'];
        const each = credits / finals.length;
        for (const fin of finals) {
          const quarters = fin === 'S1' ? ['Q1', 'Q2'] : ['Q3', 'Q4'];
          for (const q of quarters) rows.push(row(q, 0, 0));
          rows.push(row(fin, passed ? each : 0, each, i % 40 === 11 && k === 1 && fin === 'S1' ? 1 : 0));
        }
      });
    }
  });
  return { sheetName: 'StoredGrades', columns: STOREDGRADES_HEADERS.map((header) => ({ header })), rows };
}
