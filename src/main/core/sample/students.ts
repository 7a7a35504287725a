/**
 * The sample school's people: Lincoln High School, about 60 students in grades 9–12 whose names
 * come from the languages a Wisconsin district hears at home. The names are written as families
 * write them (diacritics, Hmong clan names, Arabic and Irish spellings) because that is what the
 * caseload search and the printed plans must get right.
 */
export interface SampleFamily {
  first: string;
  middle?: string;
  last: string;
  preferred?: string;
  language: string;
  guardian: string;
  relationship: string;
}

export const SAMPLE_SCHOOL = 'Lincoln High School';

/**
 * The student number of the family at `index`: some carry leading zeros on purpose, since they
 * must survive every import, export and printout.
 */
export function sampleStudentNumber(index: number): string {
  return index % 9 === 0 ? `00${4100 + index}` : String(100101 + index);
}

export const SAMPLE_COUNSELORS = ['Ms. Alvarez', 'Mr. Okafor', 'Mrs. Kowalski', 'Mr. Vang'] as const;

export const SAMPLE_HOMEROOMS = ['101', '104', '112', '118', '203', '207', '215', '220'] as const;

export const SAMPLE_FAMILIES: readonly SampleFamily[] = [
  { first: 'Thị Ánh', last: 'Nguyễn', language: 'Vietnamese', guardian: 'Nguyễn Văn Hùng', relationship: 'father' },
  { first: 'Minh', middle: 'Quốc', last: 'Trần', language: 'Vietnamese', guardian: 'Lê Thị Hoa', relationship: 'mother' },
  { first: 'Bảo', last: 'Phạm', language: 'Vietnamese', guardian: 'Phạm Đức Long', relationship: 'father' },
  { first: 'Linh', last: 'Đặng', language: 'Vietnamese', guardian: 'Đặng Thu Trang', relationship: 'mother' },
  { first: 'José', middle: 'Luis', last: 'Peña', language: 'Spanish', guardian: 'María Peña', relationship: 'mother' },
  { first: 'María José', last: 'García López', language: 'Spanish', guardian: 'Ana López Ruiz', relationship: 'mother' },
  { first: 'Sofía', last: 'Hernández', language: 'Spanish', guardian: 'Jorge Hernández', relationship: 'father' },
  { first: 'Alejandro', last: 'Muñoz Ortiz', preferred: 'Alex', language: 'Spanish', guardian: 'Lucía Ortiz', relationship: 'mother' },
  { first: 'Valentina', last: 'Ramírez', language: 'Spanish', guardian: 'Rosa Ramírez', relationship: 'grandmother' },
  { first: 'Mateo', last: 'Castañeda', language: 'Spanish', guardian: 'Héctor Castañeda', relationship: 'father' },
  { first: 'Ximena', last: 'Gutiérrez', language: 'Spanish', guardian: 'Paola Gutiérrez', relationship: 'mother' },
  { first: 'Zofia', last: 'Żółć', language: 'Polish', guardian: 'Katarzyna Żółć', relationship: 'mother' },
  { first: 'Łukasz', last: 'Wiśniewski', language: 'Polish', guardian: 'Tomasz Wiśniewski', relationship: 'father' },
  { first: 'Agnieszka', last: 'Kowalczyk', language: 'Polish', guardian: 'Ewa Kowalczyk', relationship: 'mother' },
  { first: 'Paweł', last: 'Szymański', language: 'Polish', guardian: 'Jerzy Szymański', relationship: 'father' },
  { first: 'Pa Nhia', last: 'Vang', language: 'Hmong', guardian: 'Yeng Vang', relationship: 'father' },
  { first: 'Tou', last: 'Xiong', language: 'Hmong', guardian: 'Mai Xiong', relationship: 'mother' },
  { first: 'Kou', last: 'Lor', language: 'Hmong', guardian: 'Chue Lor', relationship: 'father' },
  { first: 'Mai Yer', last: 'Thao', language: 'Hmong', guardian: 'Bee Thao', relationship: 'mother' },
  { first: 'Nou', last: 'Yang', language: 'Hmong', guardian: 'Pao Yang', relationship: 'uncle' },
  { first: 'Fatima', last: 'Al-Sayed', language: 'Arabic', guardian: 'Omar Al-Sayed', relationship: 'father' },
  { first: 'Yusuf', last: 'Haddad', language: 'Arabic', guardian: 'Layla Haddad', relationship: 'mother' },
  { first: 'Mariam', last: 'Abdullah', language: 'Arabic', guardian: 'Khalid Abdullah', relationship: 'father' },
  { first: 'Omar', last: 'Nasser', language: 'Arabic', guardian: 'Huda Nasser', relationship: 'mother' },
  { first: 'Siobhán', last: "O'Brien", language: 'English', guardian: "Declan O'Brien", relationship: 'father' },
  { first: 'Niamh', last: 'Ní Bhriain', language: 'Irish', guardian: 'Aoife Ní Bhriain', relationship: 'mother' },
  { first: 'Seán', last: 'Mac Giolla Phádraig', preferred: 'Sean', language: 'English', guardian: 'Pádraig Mac Giolla Phádraig', relationship: 'father' },
  { first: 'Caoimhe', last: 'Ó Súilleabháin', language: 'English', guardian: 'Róisín Ó Súilleabháin', relationship: 'mother' },
  { first: 'Amara', last: 'Okafor', language: 'Igbo', guardian: 'Chinedu Okafor', relationship: 'father' },
  { first: 'Chiamaka', last: 'Eze', language: 'English', guardian: 'Ngozi Eze', relationship: 'mother' },
  { first: 'Abdi', last: 'Warsame', language: 'Somali', guardian: 'Hodan Warsame', relationship: 'mother' },
  { first: 'Ayaan', last: 'Mohamed', language: 'Somali', guardian: 'Faadumo Mohamed', relationship: 'mother' },
  { first: '子涵', last: '王', preferred: 'Zihan', language: 'Mandarin', guardian: '王丽 Wang Li', relationship: 'mother' },
  { first: 'Mei', last: 'Chen', language: 'Mandarin', guardian: 'Chen Jian', relationship: 'father' },
  { first: 'Hana', last: 'Kim', language: 'Korean', guardian: 'Kim Soo-jin', relationship: 'mother' },
  { first: 'Aarav', last: 'Patel', language: 'Gujarati', guardian: 'Priya Patel', relationship: 'mother' },
  { first: 'Ananya', last: 'Sharma', language: 'Hindi', guardian: 'Rohit Sharma', relationship: 'father' },
  { first: 'Dmitri', last: 'Ivanov', language: 'Russian', guardian: 'Ольга Иванова', relationship: 'mother' },
  { first: 'Olena', last: 'Shevchenko', language: 'Ukrainian', guardian: 'Оксана Шевченко', relationship: 'mother' },
  { first: 'Zoë', last: 'Müller', language: 'German', guardian: 'Jürgen Müller', relationship: 'father' },
  { first: 'Björn', last: 'Lindqvist', language: 'Swedish', guardian: 'Åsa Lindqvist', relationship: 'mother' },
  { first: 'Søren', last: 'Jørgensen', language: 'English', guardian: 'Mette Jørgensen', relationship: 'mother' },
  { first: 'Ngọc', last: 'Lê', language: 'Vietnamese', guardian: 'Lê Văn Nam', relationship: 'father' },
  { first: 'Kateri', last: 'Whitehorse', language: 'English', guardian: 'Lena Whitehorse', relationship: 'mother' },
  { first: 'Ahanu', last: 'Cornelius', language: 'Oneida', guardian: 'Dale Cornelius', relationship: 'father' },
  { first: 'Emma', last: 'Johnson', language: 'English', guardian: 'Sarah Johnson', relationship: 'mother' },
  { first: 'Liam', last: 'Schmidt', language: 'English', guardian: 'Mark Schmidt', relationship: 'father' },
  { first: 'Olivia', last: 'Anderson', language: 'English', guardian: 'Karen Anderson', relationship: 'mother' },
  { first: 'Noah', last: 'Olson', language: 'English', guardian: 'Eric Olson', relationship: 'father' },
  { first: 'Ava', last: 'Larson', language: 'English', guardian: 'Jill Larson', relationship: 'mother' },
  { first: 'Ethan', last: 'Nelson', language: 'English', guardian: 'Brian Nelson', relationship: 'father' },
  { first: 'Isabella', last: 'Schultz', language: 'English', guardian: 'Amy Schultz', relationship: 'mother' },
  { first: 'Mason', last: 'Hoffmann', language: 'English', guardian: 'Greg Hoffmann', relationship: 'father' },
  { first: 'Harper', last: 'Becker', language: 'English', guardian: 'Tina Becker', relationship: 'mother' },
  { first: 'Lucas', last: 'Jackson', language: 'English', guardian: 'Denise Jackson', relationship: 'mother' },
  { first: 'Martin', middle: 'L.', last: 'King Jr.', language: 'English', guardian: 'Coretta King', relationship: 'mother' },
  { first: 'Aaliyah', last: 'Washington', language: 'English', guardian: 'Tasha Washington', relationship: 'mother' },
  { first: 'Camila', last: 'Santos', language: 'Portuguese', guardian: 'João Santos', relationship: 'father' },
  { first: 'Ibrahim', last: 'Diallo', language: 'French', guardian: 'Aïssata Diallo', relationship: 'mother' },
  { first: 'Elif', last: 'Yılmaz', language: 'Turkish', guardian: 'Ayşe Yılmaz', relationship: 'mother' },
  { first: 'Kalani', last: 'Kealoha', language: 'English', guardian: 'Leilani Kealoha', relationship: 'mother' },
  { first: 'Ramón', last: 'de la Cruz', language: 'Spanish', guardian: 'Inés de la Cruz', relationship: 'mother' },
];
