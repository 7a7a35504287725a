import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditEntriesFor } from '../../../src/main/core/audit/log';
import type { TaskContext } from '../../../src/main/core/jobs/task';
import { importRoster, previewRoster, type ParsedRosterRequest } from '../../../src/main/core/roster/import';
import { openStore, type Store } from '../../../src/main/core/store/connection';
import { kyselyOverStore } from '../../../src/main/core/store/kysely-sqlite';
import { handEnteredFields, updateStudent } from '../../../src/main/core/student-records/records';
import { getStudent } from '../../../src/main/core/students/repository';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();
const FILE = 'powerschool.csv';
const roster = (extra: Partial<ParsedRosterRequest> = {}): ParsedRosterRequest => ({
  fileName: FILE,
  base64: readFileSync(join(__dirname, '..', '..', 'fixtures', 'roster', FILE)).toString('base64'),
  markAbsent: true,
  ...extra,
});
const task = (store: Store): TaskContext => ({ db: store.db, storePath: store.path, progress: () => undefined, throwIfCancelled: () => undefined });

/** The PowerSchool roster puts 000123 in homeroom 101; a counselor moved her to 230 by hand. */
async function handMoved(): Promise<Store> {
  const store = await openStore(join(tempDir(), 'counselor.db'));
  await importRoster(roster(), task(store));
  await updateStudent(kyselyOverStore(store.db), null, '000123', { homeroom: '230' });
  return store;
}

describe('the next roster import and a value entered by hand (issue 13)', () => {
  it('lists the difference in its preview and keeps the hand value by default', async () => {
    const store = await handMoved();
    const preview = await previewRoster(roster(), task(store));
    expect(preview.handEntered).toEqual([
      { row: 2, studentNumber: '000123', name: 'García López, María José', field: 'homeroom', label: 'Homeroom', hand: '230', roster: '101', taken: false },
    ]);
    expect(preview.counts).toMatchObject({ updated: 0, unchanged: 4 });
    await importRoster(roster(), task(store));
    expect(getStudent(store.db, '000123').homeroom).toBe('230');
    expect((await handEnteredFields(kyselyOverStore(store.db))).get('000123')).toEqual(new Set(['homeroom']));
    store.close();
  });

  it("takes the roster's value when asked, and the field is the roster's again from then on", async () => {
    const store = await handMoved();
    const preview = await previewRoster(roster({ takeRosterValues: true }), task(store));
    expect(preview.handEntered.map((h) => h.taken)).toEqual([true]);
    expect(preview.changed.map((c) => [c.studentNumber, c.changes.map((ch) => ch.field)])).toEqual([['000123', ['homeroom']]]);
    const report = await importRoster(roster({ takeRosterValues: true }), task(store));
    expect(report.counts).toMatchObject({ updated: 1 });
    expect(getStudent(store.db, '000123').homeroom).toBe('101');
    expect((await handEnteredFields(kyselyOverStore(store.db))).has('000123')).toBe(false);
    // The student's log tells it in order (newest first): added by the first roster, moved by hand, moved back by this one.
    const log = await auditEntriesFor(kyselyOverStore(store.db), null, '000123');
    expect(log.map((e) => [e.action, e.detail])).toEqual([
      ['roster.update', { importId: report.importId, fileName: FILE, row: 2, changes: { homeroom: { from: '230', to: '101' } } }],
      ['students.update', { homeroom: { from: '101', to: '230' } }],
      ['roster.add', { importId: report.importId - 1, fileName: FILE, row: 2 }],
    ]);
    store.close();
  });
});
