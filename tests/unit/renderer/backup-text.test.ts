import { describe, expect, it } from 'vitest';
import { backupFirstText, backupsHintText, studentsCellText } from '../../../src/renderer/src/backups/backupText';
import { removedSentence } from '../../../src/renderer/src/sample/sampleText';
import { DUMP_NOTE, departmentStorePath, isDepartmentDump, type Backup } from '../../../src/shared/domain/backup';
import type { SampleRemoval } from '../../../src/shared/domain/sample';

/**
 * What the Backups page and the sample banner say on a department server, where a backup is a
 * pg_dump this application lists but does not read (store/department-backup.ts) and a removal of
 * the sample school takes no backup (backupPath null), against what they say on a workstation.
 */

const copy: Backup = { path: '/home/c/backups/s-2026-12-03T08-30-00-000Z-daily.db', file: 's-2026-12-03T08-30-00-000Z-daily.db', takenAt: '2026-12-03T08:30:00.000Z', reason: 'daily', bytes: 4096, students: 62, problem: null };
const dump: Backup = { path: '/srv/backups/department-2026-12-03T08-30-00-000Z-before-upgrade.dump', file: 'department-2026-12-03T08-30-00-000Z-before-upgrade.dump', takenAt: '2026-12-03T08:30:00.000Z', reason: 'before-upgrade', bytes: 81920, students: null, problem: DUMP_NOTE };
const unreadable: Backup = { ...copy, students: null, problem: 'file is not a database' };

describe('the Backups page on either store', () => {
  it("counts a workstation's copy, says a pg_dump is not counted, and says why a damaged copy cannot be read", () => {
    expect(studentsCellText(copy)).toBe('62');
    expect(studentsCellText(dump)).toBe('not counted (a pg_dump)');
    expect(studentsCellText(unreadable)).toBe('cannot be read: file is not a database');
    expect([copy, dump, unreadable].map(isDepartmentDump)).toEqual([false, true, false]);
  });

  it("names a workstation's backups folder; on the department server, who restores the dumps, and no folder", () => {
    expect(backupsHintText('/home/c/Counselor/store.db')).toEqual({ text: expect.stringMatching(/^A copy of the store is taken before each roster/), folder: '/home/c/Counselor/backups' });
    const department = backupsHintText(departmentStorePath('counselor', '10.0.0.5:5432'));
    expect(department.folder).toBeNull();
    expect(department.text).toMatch(/pg_dump of its database before each upgrade.*restores any of them with pg_restore/);
  });
});

describe('what a confirmation says comes first', () => {
  it("a workstation's backup in the dialog's words; on the department server, that none is taken; nothing until the store is known", () => {
    expect(backupFirstText(false, 'A backup is taken first.')).toBe('A backup is taken first.');
    expect(backupFirstText(true, 'A backup is taken first.')).toBe('No backup is taken here: the department database’s backups are the district’s, and the change is recorded in the audit log.');
    expect(backupFirstText(null, 'A backup is taken first.')).toBe('');
  });
});

describe("the sample banner's sentence after a removal", () => {
  const removal: SampleRemoval = {
    school: 'Lakeview High School (sample)',
    backupPath: '/home/c/Counselor/backups/s-2026-12-03T08-30-00-000Z-before-sample-removal.db',
    removed: { students: 62, plans: 48, courses: 120, programs: 12, postsecondary: 3 },
    kept: { courses: ['ENG101'], programs: [], postsecondary: [] },
  };

  it("names the workstation's backup", () => {
    expect(removedSentence(removal)).toBe(
      'Removed the sample school (Lakeview High School (sample)): 62 students with their plans, 120 courses, 12 programs of study. Kept because something of yours still uses them: ENG101. A backup was taken first: /home/c/Counselor/backups/s-2026-12-03T08-30-00-000Z-before-sample-removal.db',
    );
  });

  it('says nothing of a backup on the department server, which takes none', () => {
    const said = removedSentence({ ...removal, backupPath: null, kept: { courses: [], programs: [], postsecondary: [] } });
    expect(said).toBe('Removed the sample school (Lakeview High School (sample)): 62 students with their plans, 120 courses, 12 programs of study.');
    expect(said).not.toMatch(/backup|null/);
  });
});
