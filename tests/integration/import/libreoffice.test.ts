import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { importRoster } from '../../../src/main/core/roster/import';
import { openStore } from '../../../src/main/core/store/connection';
import { listStudents } from '../../../src/main/core/students/repository';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

// Written by LibreOffice Calc 7.4 (scripts/make-libreoffice-fixtures.sh): title rows above the
// header, IDs as text cells, birth dates as real date cells, a combined "Last, First" column.
it('imports an Aeries-shaped roster saved by LibreOffice with every student right', async () => {
  const store = await openStore(join(tempDir(), 'counselor.db'));
  const bytes = readFileSync(join(__dirname, '..', '..', 'fixtures', 'roster', 'libreoffice', 'aeries.xlsx'));
  const report = await importRoster(
    { fileName: 'aeries.xlsx', base64: bytes.toString('base64'), markAbsent: true },
    { db: store.db, storePath: store.path, progress: () => undefined, throwIfCancelled: () => undefined },
    new Date('2026-11-28T12:00:00Z'),
  );
  expect(report.counts).toEqual({ added: 5, updated: 0, unchanged: 0, absent: 0, rejected: 0 });
  const got = listStudents(store.db).map((s) => [s.studentNumber, s.lastName, s.firstName, s.middleName, s.grade, s.classYear, s.dateOfBirth, s.counselor, s.homeLanguage, s.guardians[0]?.email ?? null]);
  expect(got).toEqual([
    ['004100', 'García López', 'María José', null, 9, 2030, '2011-03-04', 'Ms. Alvarez', 'Spanish', null],
    ['100557', 'King Jr.', 'Martin', 'L.', 12, 2027, '2008-01-15', 'Mr. Okafor', 'English', null],
    ['100556', 'Müller', 'Zoë', null, 12, 2027, '2008-02-29', 'Mr. Vang', 'German', null],
    ['000321', 'Nguyễn', 'Thị Ánh', null, 11, 2028, '2009-07-09', 'Ms. Alvarez', 'Vietnamese', 'anh.parent@example.org'],
    ['100555', 'Żółć', 'Zofia', null, 10, 2029, '2010-12-31', 'Mrs. Kowalski', 'Polish', 'kasia@example.org'],
  ]);
  store.close();
});
