import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/core/dispatch';
import { loadSampleSchool } from '../../src/main/core/sample/load';
import { openStore } from '../../src/main/core/store/connection';
import { saveStudents } from '../../src/main/core/students/repository';
import type { CaseloadRow, DirectoryRow } from '../../src/shared/domain/student';
import { onStore, skipsStore, STORE_KINDS, useStoreHandlers } from '../helpers/store-pair';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const handlersOf = useStoreHandlers();

/**
 * directory.list: the typed layer's query lists the same students in the same order as the
 * caseload, without the plan columns, on a workstation's store and on the department server's
 * (the same school moved in, read as a lead, who sees every student).
 */
for (const kind of STORE_KINDS) {
  describe.skipIf(skipsStore(kind))(`the directory ${onStore(kind)}`, () => {
    it('lists every student as the caseload does, in the caseload’s order, with the directory’s fields only', async () => {
      const store = await openStore(join(tempDir(), 'school.db'));
      loadSampleSchool(store.db);
      // Names that differ only by case sort together, as the caseload's NOCASE does.
      saveStudents(store.db, [
        { studentNumber: '900001', firstName: 'zoe', lastName: 'aaron', middleName: null, preferredName: null, classYear: 2030, dateOfBirth: null, email: null, homeroom: null, homeLanguage: null, grade: 9, counselor: 'Ms. Alvarez', status: 'active', guardians: [] },
        { studentNumber: '900002', firstName: 'Amy', lastName: 'AARON', middleName: null, preferredName: null, classYear: 2030, dateOfBirth: null, email: null, homeroom: null, homeLanguage: null, grade: 9, counselor: null, status: 'active', guardians: [] },
      ]);
      const handlers = await handlersOf(kind, store);
      const directory = await dispatch(handlers, 'directory.list', {});
      const caseload = await dispatch(handlers, 'students.list', {});
      if (!directory.ok || !caseload.ok) throw new Error('a listing failed');
      const { students } = directory.value as { students: DirectoryRow[] };
      const rows = (caseload.value as { students: CaseloadRow[] }).students;
      expect(students.length).toBeGreaterThan(10);
      const fields = Object.keys(students[0]!).sort();
      expect(fields).toEqual(['classYear', 'counselor', 'firstName', 'grade', 'homeroom', 'lastName', 'middleName', 'preferredName', 'status', 'studentNumber']);
      expect(students).toEqual(rows.map((r) => Object.fromEntries(fields.map((f) => [f, r[f as keyof CaseloadRow]]))));
      expect(students.slice(0, 2).map((s) => s.studentNumber)).toEqual(['900002', '900001']);
    });
  });
}
