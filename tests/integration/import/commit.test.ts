import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRoster, previewRoster, type ParsedRosterRequest } from '../../../src/main/core/roster/import';
import { getImport } from '../../../src/main/core/roster/log';
import { importReportTable } from '../../../src/main/core/roster/report';
import { openStore, type Store } from '../../../src/main/core/store/connection';
import { getStudent, listStudents, saveStudents } from '../../../src/main/core/students/repository';
import { listCaseload } from '../../../src/main/core/plans/caseload';
import { exportCaseload } from '../../../src/main/core/exports/caseload';
import { sampleStudents } from '../../../src/main/core/sample/load';
import type { TaskContext } from '../../../src/main/core/jobs/task';
import { useTempDir } from '../../helpers/temp';
import { caseloadSnapshot } from '../../helpers/store-snapshot';

const tempDir = useTempDir();
const fixture = (name: string) => join(__dirname, '..', '..', 'fixtures', 'roster', name);

function request(bytes: Buffer, fileName: string, extra: Partial<ParsedRosterRequest> = {}): ParsedRosterRequest {
  return { fileName, base64: bytes.toString('base64'), markAbsent: true, ...extra };
}
const fromFixture = (name: string, extra: Partial<ParsedRosterRequest> = {}) => request(readFileSync(fixture(name)), name, extra);

function taskContext(store: Store): TaskContext {
  return { db: store.db, storePath: store.path, progress: () => undefined, throwIfCancelled: () => undefined };
}

/**
 * A real caseload to import into: the sample school's people (guardians, leading zeros, diacritics)
 * saved as ordinary students. Not the sample school itself, into which every import is refused.
 */
function seedCaseload(store: Store): void {
  saveStudents(store.db, sampleStudents(new Date()));
}

async function freshStore(): Promise<Store> {
  return openStore(join(tempDir(), 'counselor.db'));
}

describe('committing a roster', () => {
  it('adds every student of a PowerSchool export, then changes nothing when the same file comes again', async () => {
    const store = await freshStore();
    const first = await importRoster(fromFixture('powerschool.csv'), taskContext(store));
    expect(first.counts).toEqual({ added: 4, updated: 0, unchanged: 0, absent: 0, rejected: 0 });
    expect(getStudent(store.db, '000123')).toMatchObject({
      firstName: 'María José',
      lastName: 'García López',
      grade: 9,
      classYear: 2030,
      dateOfBirth: '2011-03-04',
      homeroom: '101',
      status: 'active',
    });
    const before = caseloadSnapshot(store.path);
    const backups = readdirSync(join(store.path, '..', 'backups')).length;

    const second = await importRoster(fromFixture('powerschool.csv'), taskContext(store));
    expect(second.counts).toEqual({ added: 0, updated: 0, unchanged: 4, absent: 0, rejected: 0 });
    expect(second.backupPath).toBeNull();
    expect(caseloadSnapshot(store.path)).toBe(before);
    expect(readdirSync(join(store.path, '..', 'backups'))).toHaveLength(backups);
    store.close();
  });

  it('previews the difference field by field without writing, and the import applies exactly that', async () => {
    const store = await freshStore();
    await importRoster(fromFixture('powerschool.csv'), taskContext(store));
    const edited = readFileSync(fixture('powerschool.csv'), 'utf8')
      .replace('"Nguyễn, Thị Ánh",11', '"Nguyễn, Thị Ánh",12')
      .split('\n')
      .filter((line) => !line.includes("O'Brien"))
      .concat('4530,100200,"Peña, José Luis",10,5/6/2011,104,2029,,Ms. Alvarez')
      .join('\n');
    const req = request(Buffer.from(edited), 'powerschool-december.csv');
    const before = caseloadSnapshot(store.path);

    const preview = await previewRoster(req, taskContext(store));
    expect(caseloadSnapshot(store.path)).toBe(before);
    expect(preview.counts).toEqual({ added: 1, updated: 1, unchanged: 2, absent: 1, rejected: 0 });
    expect(preview.added).toEqual([{ row: 5, studentNumber: '100200', name: 'Peña, José Luis' }]);
    expect(preview.changed).toHaveLength(1);
    expect(preview.changed[0]!.changes).toEqual([{ field: 'grade', label: 'Grade', before: 11, after: 12 }]);
    expect(preview.changed[0]!.differentPerson).toBe(false);
    expect(preview.absent).toEqual([{ studentNumber: '000125', name: "O'Brien, Siobhán" }]);

    const report = await importRoster(req, taskContext(store));
    expect(report.counts).toEqual(preview.counts);
    // The report names the students, as the preview did; the kept report (the import log, its .xlsx) too.
    const students = {
      added: [{ studentNumber: '100200', name: 'Peña, José Luis' }],
      changed: [{ studentNumber: '100107', name: preview.changed[0]!.name, fields: ['Grade'] }],
      absent: [{ studentNumber: '000125', name: "O'Brien, Siobhán" }],
    };
    expect(report.students).toEqual(students);
    const kept = getImport(store.db, report.importId);
    expect(kept.students).toEqual(students);
    expect(importReportTable(kept).find((t) => t.sheetName === 'Students')?.rows).toEqual([
      ['New student', '100200', 'Peña, José Luis', ''],
      ['Changed', '100107', preview.changed[0]!.name, 'Grade'],
      ['Marked "not in latest roster"', '000125', "O'Brien, Siobhán", ''],
    ]);
    expect(getStudent(store.db, '100107').grade).toBe(12);
    // Absent from the newer roster: marked, never deleted.
    expect(getStudent(store.db, '000125').status).toBe('not_in_latest_roster');
    expect(await listCaseload(store.db)).toHaveLength(5);
    store.close();
  });

  it('marks nobody absent for a partial roster, and brings a returning student back to active', async () => {
    const store = await freshStore();
    await importRoster(fromFixture('powerschool.csv'), taskContext(store));
    const one = readFileSync(fixture('powerschool.csv'), 'utf8').split('\n').slice(0, 2).join('\n');
    const partial = await importRoster(request(Buffer.from(one), 'one.csv', { markAbsent: false }), taskContext(store));
    expect(partial.counts.absent).toBe(0);
    const full = await importRoster(request(Buffer.from(one), 'one.csv'), taskContext(store));
    expect(full.counts.absent).toBe(3);
    const back = await importRoster(fromFixture('powerschool.csv'), taskContext(store));
    expect(back.counts).toMatchObject({ updated: 3, unchanged: 1 });
    expect((await listCaseload(store.db)).every((s) => s.status === 'active')).toBe(true);
    store.close();
  });

  it('stamps when the roster last listed each student it names, added, changed and unchanged alike, and no one else', async () => {
    const store = await freshStore();
    const listedAt = () =>
      Object.fromEntries((store.db.prepare('SELECT student_number, roster_listed_at FROM student').all() as { student_number: string; roster_listed_at: string | null }[]).map((r) => [r.student_number, r.roster_listed_at]));
    const header = 'Student Number,Last Name,First Name,Grade\n';
    const first = new Date('2026-11-01T15:00:00.000Z');
    await importRoster(request(Buffer.from(`${header}1001,Ruiz,Ana,9\n1002,Cole,Ben,10\n1003,Dunn,Cy,11\n`), 'first.csv'), taskContext(store), first);
    const now = new Date('2026-12-01T15:00:00.000Z');
    const second = `${header}1001,Ruiz,Ana,9\n1002,Cole,Benjamin,10\n1004,Eve,Fay,12\n`;
    const report = await importRoster(request(Buffer.from(second), 'second.csv', { markAbsent: false }), taskContext(store), now);
    expect(report.counts).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(listedAt()).toEqual({ '1001': now.toISOString(), '1002': now.toISOString(), '1003': first.toISOString(), '1004': now.toISOString() });
    // A save by hand is not a roster listing: the stamp stays as the roster left it.
    saveStudents(store.db, [{ ...getStudent(store.db, '1002'), firstName: 'Benji' }], new Date('2026-12-02T09:00:00.000Z'));
    expect(listedAt()['1002']).toBe(now.toISOString());
    store.close();
  });

  it('keeps what a file has no column for: a roster without birth dates does not erase them', async () => {
    const store = await freshStore();
    await importRoster(fromFixture('powerschool.csv'), taskContext(store));
    const noDob = 'Student_Number,LastFirst,Grade_Level\n000123,"García López, María José",9\n';
    const report = await importRoster(request(Buffer.from(noDob), 'no-dob.csv', { markAbsent: false }), taskContext(store));
    expect(report.counts).toMatchObject({ unchanged: 1, updated: 0 });
    expect(getStudent(store.db, '000123').dateOfBirth).toBe('2011-03-04');
    store.close();
  });

  it('asks for a look when a student number now carries a different person’s name', async () => {
    const store = await freshStore();
    await importRoster(fromFixture('powerschool.csv'), taskContext(store));
    const csv = 'Student_Number,LastFirst,Grade_Level\n100107,"Okafor, Amara",11\n';
    const preview = await previewRoster(request(Buffer.from(csv), 'typo.csv', { markAbsent: false }), taskContext(store));
    expect(preview.changed).toHaveLength(1);
    expect(preview.changed[0]).toMatchObject({ studentNumber: '100107', differentPerson: true });
    store.close();
  });

  it('updates a parent email from a file with only that guardian column, keeping the name and phone', async () => {
    const store = await freshStore();
    seedCaseload(store);
    const before = listStudents(store.db)[0]!;
    const csv = `Student Number,First Name,Last Name,Parent Email\n${before.studentNumber},${before.firstName},${before.lastName},new.parent@example.org\n`;
    const report = await importRoster(request(Buffer.from(csv), 'emails.csv', { markAbsent: false }), taskContext(store));
    expect(report.counts).toMatchObject({ updated: 1, rejected: 0 });
    expect(getStudent(store.db, before.studentNumber).guardians).toEqual([{ ...before.guardians[0]!, email: 'new.parent@example.org' }]);
    store.close();
  });

  it('imports the good rows and reports each bad one with row, column, value and reason', async () => {
    const store = await freshStore();
    const csv = [
      'Student Number,First Name,Last Name,Grade,Birth Date',
      '100001,Ana,Peña,9,2011-02-03',
      ',Missing,Number,10,2010-01-01',
      '100003,Bad,Grade,15,2010-01-01',
      '100004,Bad,Date,11,2/30/2010',
      '100005,Twice,One,12,2008-01-01',
      '100005,Twice,Two,12,2008-01-01',
      '100006,=HYPERLINK("http://evil.example"),+1,9,2011-01-01',
    ].join('\n');
    const report = await importRoster(request(Buffer.from(csv), 'mixed.csv'), taskContext(store));
    expect(report.counts.added).toBe(2);
    expect(report.counts.rejected).toBe(5);
    const byRow = new Map(report.rejected.map((r) => [r.row, r]));
    expect(byRow.get(3)).toMatchObject({ column: expect.stringContaining('Student Number'), value: '' });
    expect(byRow.get(4)).toMatchObject({ column: expect.stringContaining('Grade'), value: '15' });
    expect(byRow.get(4)!.reason).toMatch(/grade/i);
    expect(byRow.get(5)).toMatchObject({ column: expect.stringContaining('Birth Date'), value: '2/30/2010' });
    expect(byRow.get(6)!.reason).toContain('row 7');
    expect(byRow.get(7)!.reason).toContain('row 6');
    expect((await listCaseload(store.db)).map((s) => s.studentNumber).sort()).toEqual(['100001', '100006']);
    // A formula-looking name is stored as the text it is.
    expect(getStudent(store.db, '100006')).toMatchObject({ firstName: '=HYPERLINK("http://evil.example")', lastName: '+1' });
    store.close();
  });

  it('remembers the counselor’s mapping for the next file with the same headers', async () => {
    const store = await freshStore();
    const csv = 'Kid Code,Given,Family\n555001,Ana,Peña\n';
    const mapping = { studentNumber: 'Kid Code', firstName: 'Given', lastName: 'Family' };
    const first = await importRoster(request(Buffer.from(csv), 'odd.csv', { mapping }), taskContext(store));
    expect(first.counts.added).toBe(1);
    const preview = await previewRoster(request(Buffer.from(`${csv}555002,Luis,Soto\n`), 'odd-2.csv'), taskContext(store));
    expect(preview.mappingRemembered).toBe(true);
    expect(preview.counts).toMatchObject({ added: 1, unchanged: 1 });
    store.close();
  });
});

describe('export then import', () => {
  for (const format of ['xlsx', 'csv'] as const) {
    it(`changes nothing through .${format}, leading zeros, dates and formula-looking names included`, async () => {
      const store = await freshStore();
      seedCaseload(store);
      await importRoster(
        request(Buffer.from('Student Number,First Name,Last Name,Grade\n000777,=SUM(1),@Home,10\n'), 'odd.csv', { markAbsent: false }),
        taskContext(store),
      );
      const before = caseloadSnapshot(store.path);
      const { bytes, count } = await exportCaseload(store.db, format);
      const file = join(tempDir(), `caseload.${format}`);
      writeFileSync(file, bytes);
      if (format === 'csv') {
        const text = bytes.toString('utf8');
        expect(text).toContain("'=SUM(1)");
        expect(text).toContain("'@Home");
        expect(text).toContain('000777');
      }
      const report = await importRoster(request(readFileSync(file), basename(file)), taskContext(store));
      expect(report.counts).toEqual({ added: 0, updated: 0, unchanged: count, absent: 0, rejected: 0 });
      expect(caseloadSnapshot(store.path)).toBe(before);
      store.close();
    });
  }
});
