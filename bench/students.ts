import type { StudentInput } from '../src/shared/domain/student';
import { classYearForGrade } from '../src/shared/domain/school-year';

/**
 * A made-up caseload of any size for benchmarks, the same every run: names from the languages a
 * district hears at home, written with their diacritics, so search folding is exercised as in
 * real use. Student numbers are text and some carry leading zeros.
 */
const FIRST = [
  'José', 'María', 'Sofía', 'Mateo', 'Ximena', 'Valentina', 'Alejandro', 'Ramón', 'Zoë', 'Jürgen',
  'Łukasz', 'Paweł', 'Zofia', 'Agnieszka', 'Thị Ánh', 'Minh', 'Bảo', 'Ngọc', 'Linh', 'Đức',
  'Siobhán', 'Seán', 'Niamh', 'Caoimhe', 'Pa Nhia', 'Tou', 'Mai Yer', 'Kou', 'Fatima', 'Yusuf',
  'Mariam', 'Omar', 'Björn', 'Søren', 'Åsa', 'Ayşe', 'Elif', 'Dmitri', 'Olena', 'Chiamaka',
  'Amara', 'Abdi', 'Ayaan', 'Hana', 'Mei', 'Aarav', 'Ananya', 'Kateri', 'Ahanu', 'Emma',
  'Liam', 'Olivia', 'Noah', 'Ava', 'Ethan', 'Isabella', 'Mason', 'Harper', 'Lucas', 'Camila',
  'Ibrahim', 'Aïssata', 'Kalani', 'João', 'Inés', 'Héctor', 'Chloé', 'Noémie', 'François', 'Zuzanna',
];
const LAST = [
  'Nguyễn', 'Trần', 'Phạm', 'Lê', 'Đặng', 'Peña', 'García López', 'Hernández', 'Muñoz Ortiz', 'Ramírez',
  'Castañeda', 'Gutiérrez', 'Żółć', 'Wiśniewski', 'Kowalczyk', 'Szymański', 'Vang', 'Xiong', 'Lor', 'Thao',
  'Yang', 'Al-Sayed', 'Haddad', 'Abdullah', 'Nasser', "O'Brien", "O'Connell", 'Ní Bhriain', 'Ó Súilleabháin',
  'Mac Giolla Phádraig', 'Okafor', 'Eze', 'Warsame', 'Mohamed', 'Chen', 'Kim', 'Patel', 'Sharma', 'Ivanov',
  'Shevchenko', 'Müller', 'Lindqvist', 'Jørgensen', 'Yılmaz', 'Whitehorse', 'Cornelius', 'Johnson', 'Schmidt',
  'Anderson', 'Olson', 'Larson', 'Nelson', 'Schultz', 'Hoffmann', 'Becker', 'Jackson', 'Washington', 'Santos',
  'Diallo', 'Kealoha', 'de la Cruz', 'Dubois', 'Lefèvre', 'Nowak', 'Kowalski', 'Brennan', 'Sánchez', 'Domínguez',
];
const MIDDLE = ['Luis', 'Quốc', 'Marie', 'Ann', 'Văn', 'Thu', 'James', 'Rose', 'Ali', 'Grace'];
const COUNSELORS = [
  'Ms. Alvarez', 'Mr. Okafor', 'Mrs. Kowalski', 'Mr. Vang', 'Ms. Nguyễn', 'Mr. Brennan',
  'Dr. Haddad', 'Ms. Lindqvist', 'Mr. Peña', 'Mrs. Whitehorse', 'Ms. Schultz', 'Mr. Diallo',
];

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchStudents(count: number, today = new Date(), seed = 20_000): StudentInput[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const students: StudentInput[] = [];
  for (let i = 0; i < count; i++) {
    const grade = 9 + Math.floor(next() * 4);
    const classYear = classYearForGrade(grade, today);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    students.push({
      studentNumber: i % 9 === 0 ? `0${String(i).padStart(5, '0')}` : String(100_000 + i),
      firstName: pick(FIRST),
      middleName: next() < 0.3 ? pick(MIDDLE) : null,
      lastName: pick(LAST),
      preferredName: null,
      grade,
      classYear,
      dateOfBirth: `${classYear - 18}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      email: null,
      counselor: pick(COUNSELORS),
      homeroom: String(100 + Math.floor(next() * 40)),
      homeLanguage: null,
      status: next() < 0.02 ? 'not_in_latest_roster' : 'active',
      guardians: [],
    });
  }
  return students;
}
