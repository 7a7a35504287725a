import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../src/shared/domain/common';
import { schoolYearEnd } from '../../../src/shared/domain/school-year';
import { schoolYearText } from '../../../src/shared/domain/year';
import { counselor } from '../../helpers/cli';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

interface ListedStudent {
  studentNumber: string;
  grade: number | null;
  classYear: number | null;
  status: string;
}

async function studentsOf(db: string): Promise<ListedStudent[]> {
  const listed = await counselor(['students', '--json', '--db', db]);
  expect(listed.code).toBe(0);
  return (JSON.parse(listed.stdout) as { students: ListedStudent[] }).students;
}

describe('counselor year', () => {
  it('starts the next school year (dry run first), refuses twice with exit 1, and undoes it', async () => {
    const db = join(tempDir(), 'school.db');
    expect((await counselor(['demo', '--db', db])).code).toBe(0);
    // The command runs on today's calendar: the next school year is the one after today's.
    const end = schoolYearEnd(localIsoDate()) + 1;
    const next = schoolYearText(end);
    const before = await studentsOf(db);
    const graduates = before.filter((s) => s.status === 'active' && s.classYear !== null && s.classYear <= end - 1);
    const advancing = before.filter((s) => s.status === 'active' && !graduates.includes(s) && s.grade !== null && s.grade < 12);
    expect(graduates.length).toBeGreaterThan(2);

    const dry = await counselor(['year', 'start', next, '--dry-run', '--json', '--db', db]);
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    const preview = JSON.parse(dry.stdout) as { dryRun: boolean; started: unknown; preview: { counts: Record<string, number> } };
    expect(preview).toMatchObject({ dryRun: true, started: null });
    expect(preview.preview.counts).toMatchObject({ graduated: graduates.length, gradesAdvanced: advancing.length });
    expect(await studentsOf(db)).toEqual(before);

    const text = await counselor(['year', 'start', next, '--dry-run', '--db', db]);
    expect(text.stdout).toContain(`Dry run of starting school year ${next} (nothing written):`);
    expect(text.stdout).toContain(`${graduates.length} would graduate (class of ${end - 1} and earlier`);

    const started = await counselor(['year', 'start', next, '--json', '--db', db]);
    expect(started.code).toBe(0);
    const result = JSON.parse(started.stdout) as { dryRun: boolean; started: { schoolYear: string; backupPath: string; counts: Record<string, number> } };
    expect(result).toMatchObject({ dryRun: false, started: { schoolYear: next, counts: preview.preview.counts } });
    expect(existsSync(result.started.backupPath)).toBe(true);
    const after = new Map((await studentsOf(db)).map((s) => [s.studentNumber, s]));
    for (const g of graduates) expect(after.get(g.studentNumber)?.status).toBe('graduated');
    for (const a of advancing) expect(after.get(a.studentNumber)?.grade).toBe(a.grade! + 1);

    // Graduates are still exported, and say so.
    const out = join(tempDir(), 'caseload.csv');
    expect((await counselor(['export', 'caseload', '--out', out, '--db', db])).code).toBe(0);
    const table = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(table).toHaveLength(before.length);
    const exportedStatus = new Map(table.map((r) => [r['Student Number'], r['Status']]));
    for (const g of graduates) expect(exportedStatus.get(g.studentNumber)).toBe('graduated');

    const status = JSON.parse((await counselor(['year', 'status', '--json', '--db', db])).stdout) as { currentSchoolYear: string; lastStart: { undoRefusal: string | null } };
    expect(status).toMatchObject({ currentSchoolYear: next, lastStart: { undoRefusal: null } });

    const again = await counselor(['year', 'start', next, '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr.split('\n')).toHaveLength(1);
    expect(again.stderr).toContain(`School year ${next} was already started on ${localIsoDate()}`);

    // Two graduates who did not finish go back on the active caseload, one by one; an active student is refused.
    const [first, second] = graduates;
    const back = await counselor(['year', 'reactivate', first!.studentNumber, '--db', db]);
    expect(back).toMatchObject({ code: 0, stderr: '' });
    expect(back.stdout).toContain(`Student ${first!.studentNumber} is active again (graduated by the start of ${next} on ${localIsoDate()})`);
    const backJson = await counselor(['year', 'reactivate', second!.studentNumber, '--json', '--db', db]);
    expect(JSON.parse(backJson.stdout)).toMatchObject({ studentNumber: second!.studentNumber, status: 'active', graduatedBy: { schoolYear: next } });
    const twice = await counselor(['year', 'reactivate', first!.studentNumber, '--db', db]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toBe(`counselor: Student ${first!.studentNumber} is not graduated, so there is nothing to make active again.`);
    const nowActive = new Map((await studentsOf(db)).map((s) => [s.studentNumber, s.status]));
    expect([nowActive.get(first!.studentNumber), nowActive.get(second!.studentNumber)]).toEqual(['active', 'active']);

    // The undo puts back the graduates it finds graduated; the two made active again stay active, as they were before.
    const undone = await counselor(['year', 'undo', '--json', '--db', db]);
    expect(undone.code).toBe(0);
    expect(JSON.parse(undone.stdout)).toMatchObject({ schoolYear: next, restored: { graduated: graduates.length - 2, gradesAdvanced: advancing.length } });
    expect(await studentsOf(db)).toEqual(before);

    const nothing = await counselor(['year', 'undo', '--db', db]);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toBe('counselor: No school year start is recorded, so there is nothing to undo.');
  });

  it('exits 2 on wrong usage: no year, a malformed year, an unknown option or subcommand', async () => {
    const db = join(tempDir(), 'school.db');
    for (const args of [['year', 'start'], ['year', 'start', '2027-29'], ['year', 'start', '2027-28', '--force'], ['year', 'graduate'], ['year', 'undo', 'now'], ['year', 'reactivate'], ['year', 'reactivate', '100101', '100102']]) {
      const run = await counselor([...args, '--db', db]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).not.toBe('');
    }
  });
});

describe('counselor year status, on a store nobody started the calendar\'s school year in', () => {
  it('offers the late start with what it would change, and starts it by name', async () => {
    const db = join(tempDir(), 'school.db');
    expect((await counselor(['demo', '--db', db])).code).toBe(0);
    const calendar = schoolYearEnd(localIsoDate());
    // A store last touched in the spring: every student was there before August 1, and no roster since lists them.
    const store = new Database(db);
    store.prepare('UPDATE student SET created_at = ?, roster_listed_at = NULL').run(`${calendar - 1}-05-01T12:00:00.000Z`);
    store.close();
    const before = await studentsOf(db);
    const advancing = before.filter((s) => s.status === 'active' && (s.classYear ?? Infinity) > calendar - 1 && s.grade !== null && s.grade < 12);
    expect(advancing.length).toBeGreaterThan(0);

    const text = await counselor(['year', 'status', '--db', db]);
    expect(text.code).toBe(0);
    const late = schoolYearText(calendar);
    expect(text.stdout).toContain(`School year ${late} was never started here; starting it now (\`counselor year start ${late}\`) would change:`);
    expect(text.stdout).toContain(`${advancing.length} would advance a grade`);
    expect(text.stdout).toContain('0 listed by a roster imported since');

    const started = await counselor(['year', 'start', late, '--json', '--db', db]);
    expect(started.code).toBe(0);
    expect(JSON.parse(started.stdout)).toMatchObject({ started: { schoolYear: late, counts: { gradesAdvanced: advancing.length } } });
    const after = await counselor(['year', 'status', '--db', db]);
    expect(after.stdout).not.toContain('was never started here');
  });
});
