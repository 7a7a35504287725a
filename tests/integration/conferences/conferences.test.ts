import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conferenceFacts } from '../../../src/main/core/conferences/facts';
import { addConference, removeConference, updateConference } from '../../../src/main/core/conferences/record';
import { listConferences } from '../../../src/main/core/conferences/repository';
import { listCaseload } from '../../../src/main/core/plans/caseload';
import { openStore, type Store } from '../../../src/main/core/store/connection';
import { getStudent } from '../../../src/main/core/students/repository';
import type { ConferenceFields, NewConference } from '../../../src/shared/domain/conference';
import { CounselorError } from '../../../src/shared/errors';
import { useTempDir } from '../../helpers/temp';
import { sampleStore, TODAY } from '../plans/stores';
import { schoolYearDates } from '../../../src/shared/domain/school-year';

const tempDir = useTempDir();
/** TODAY (stores.ts) on the counselor's calendar. */
const DAY = '2026-11-28';
const STUDENT = '004100'; // Nguyễn, Thị Ánh: guardian Nguyễn Văn Hùng, home language Vietnamese.

function fields(overrides: Partial<ConferenceFields> = {}): ConferenceFields {
  return {
    heldOn: '2026-10-14',
    studentAttended: true,
    guardians: ['Nguyễn Văn Hùng'],
    others: null,
    language: 'Vietnamese',
    interpreter: true,
    interpreterName: 'Ms. Lê',
    notes: 'Talked about the welding pathway and Start College Now.',
    printSnapshotId: null,
    ...overrides,
  };
}

const add = (store: Store, f: Partial<NewConference> = {}) => addConference(store.db, { studentNumber: STUDENT, ...fields(), ...f }, TODAY, DAY);

function printedPlan(store: Store, studentNumber: string): number {
  const info = store.db
    .prepare(
      `INSERT INTO print_snapshot (student_number, printed_at, printed_on, lang, paper, pages, sha256, view)
       VALUES (?, '2026-10-14T17:00:00Z', '2026-10-14', 'en', 'letter', 1, ?, '{}')`,
    )
    .run(studentNumber, 'b'.repeat(64));
  return Number(info.lastInsertRowid);
}

/** The sentence a refused record gets, or null when it is recorded. */
function refusal(store: Store, f: Partial<NewConference>): string | null {
  try {
    add(store, f);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(CounselorError);
    return (e as CounselorError).message;
  }
}

describe('conferences recorded from the plan', () => {
  it('adds, lists, corrects and removes a conference in the store, keeping who attended as written', async () => {
    const path = join(tempDir(), 'counselor.db');
    let store = await sampleStore(tempDir(), path);
    const snapshot = printedPlan(store, STUDENT);
    const first = add(store, { printSnapshotId: snapshot });
    const second = add(store, { heldOn: '2025-03-02', studentAttended: false, interpreter: false, interpreterName: null, notes: null });
    expect(first).toMatchObject({ studentNumber: STUDENT, heldOn: '2026-10-14', guardians: ['Nguyễn Văn Hùng'], interpreterName: 'Ms. Lê', printSnapshotId: snapshot });

    // A later roster that renames the guardian does not rewrite who came.
    store.db.prepare("UPDATE guardian SET name = 'Someone Else' WHERE student_number = ?").run(STUDENT);
    store.close();
    store = await openStore(path);
    expect(listConferences(store.db, STUDENT).map((c) => [c.id, c.heldOn, c.guardians])).toEqual([
      [first.id, '2026-10-14', ['Nguyễn Văn Hùng']],
      [second.id, '2025-03-02', ['Nguyễn Văn Hùng']],
    ]);

    const corrected = updateConference(store.db, { id: second.id, ...fields({ heldOn: '2025-03-03', guardians: [], others: 'Aunt Mai', interpreter: false, interpreterName: null }) }, TODAY, DAY);
    expect(corrected).toMatchObject({ heldOn: '2025-03-03', guardians: [], others: 'Aunt Mai', interpreter: false, createdAt: second.createdAt });

    // Removing checks the date the counselor confirmed: a stale page removes nothing.
    expect(() => removeConference(store.db, second.id, '2025-03-02')).toThrow(/now dated 2025-03-03/);
    expect(listConferences(store.db, STUDENT)).toHaveLength(2);
    expect(removeConference(store.db, second.id, '2025-03-03')).toBe(second.id);
    expect(listConferences(store.db, STUDENT).map((c) => c.id)).toEqual([first.id]);
    expect(() => removeConference(store.db, second.id, '2025-03-03')).toThrow(/no longer recorded/);
    // Each change is in the student's log, with what it recorded, corrected or removed (as on the department server);
    // a refused one wrote none.
    const log = store.db.prepare("SELECT action, detail FROM audit_entry WHERE student_number = ? AND action LIKE 'conferences.%' ORDER BY id").all(STUDENT) as { action: string; detail: string }[];
    expect(log.map((e) => ({ action: e.action, detail: JSON.parse(e.detail) as unknown }))).toEqual([
      { action: 'conferences.add', detail: { conference: first } },
      { action: 'conferences.add', detail: { conference: second } },
      { action: 'conferences.update', detail: { before: second, after: corrected } },
      { action: 'conferences.remove', detail: { removed: corrected } },
    ]);
    store.close();
  });

  it('refuses nonsense with one sentence each, and allows past school years', async () => {
    const store = await sampleStore(tempDir());
    const classYear = getStudent(store.db, STUDENT).classYear!;
    const grade6Start = `${classYear - 7}-08-01`;
    expect(refusal(store, { heldOn: '2026-11-29' })).toBe('The conference date 2026-11-29 is after today (2026-11-28): record a conference on or after the day it is held.');
    expect(refusal(store, { heldOn: '1926-10-14' })).toMatch(new RegExp(`^The conference date 1926-10-14 is before Nguyễn, Thị Ánh started grade 6 \\(${grade6Start}\\): check the year\\.$`));
    expect(refusal(store, { heldOn: grade6Start })).toBeNull(); // the grade 6 year itself is allowed
    expect(refusal(store, { heldOn: '2024-05-20' })).toBeNull(); // an earlier school year
    expect(refusal(store, { studentAttended: false, guardians: [], others: null })).toBe('Say who attended the conference: the student, a guardian or someone else.');
    expect(refusal(store, { interpreter: false })).toMatch(/interpreter's name \(Ms\. Lê\) is given but no interpreter is marked/);
    expect(refusal(store, { printSnapshotId: printedPlan(store, '100102') })).toMatch(/was printed for another student: choose one of Nguyễn, Thị Ánh's printed plans\.$/);
    expect(refusal(store, { printSnapshotId: 999 })).toMatch(/^There is no printed plan number 999/);
    expect(refusal(store, { studentNumber: '999999' })).toMatch(/No student with number 999999/);
    expect(listConferences(store.db, STUDENT).map((c) => c.heldOn)).toEqual(['2024-05-20', grade6Start]);
    store.close();
  });

  it('gives the caseload each student\'s last conference and the count this school year (August–July), as worked out here', async () => {
    const store = await sampleStore(tempDir());
    const students = (await listCaseload(store.db, TODAY)).map((r) => r.studentNumber);
    // Dates on both sides of August 1 and of today, spread over students by position.
    const days = ['2025-09-10', '2026-07-31', '2026-08-01', '2026-10-14', DAY, '2026-02-02'];
    const held = new Map<string, string[]>();
    students.forEach((s, i) => {
      if (i % 4 === 3) return; // every fourth student: never met
      const theirs = days.filter((_, d) => (i + d) % 3 === 0);
      for (const day of theirs) add(store, { studentNumber: s, heldOn: day, guardians: [], interpreter: false, interpreterName: null });
      if (theirs.length > 0) held.set(s, theirs);
    });

    // This school year, counted by hand: 2026-08-01 through 2027-07-31.
    const inThisYear = (d: string) => d >= '2026-08-01' && d <= '2027-07-31';
    const expectedNone = students.filter((s) => !(held.get(s) ?? []).some(inThisYear));
    const rows = (await listCaseload(store.db, TODAY));
    expect(rows.filter((r) => r.conferencesThisYear === 0).map((r) => r.studentNumber).sort()).toEqual([...expectedNone].sort());
    expect(expectedNone.length).toBeGreaterThan(0);
    expect(expectedNone.length).toBeLessThan(students.length);
    for (const r of rows) {
      const theirs = held.get(r.studentNumber) ?? [];
      expect([r.lastConference, r.conferencesThisYear]).toEqual([theirs.length ? [...theirs].sort().at(-1) : null, theirs.filter(inThisYear).length]);
    }

    // The facts a report reads are the same; a year later every one of this year's is last year's.
    const facts = conferenceFacts(store.db, schoolYearDates(TODAY));
    expect([...facts.keys()].sort()).toEqual([...held.keys()].sort());
    expect([...conferenceFacts(store.db, schoolYearDates('2027-08-01')).values()].every((f) => f.thisYear === 0)).toBe(true);
    store.close();
  });
});

describe('conferences and the sample school', () => {
  it('go with the made-up students when the sample school is removed, and stay with the counselor\'s own', async () => {
    const { removeSampleSchool } = await import('../../../src/main/core/sample/remove');
    const store = await sampleStore(tempDir());
    const snapshot = printedPlan(store, STUDENT);
    add(store, { printSnapshotId: snapshot });
    add(store, { studentNumber: '900009', guardians: [], interpreter: false, interpreterName: null, language: null });
    const removal = await removeSampleSchool(store.db, store.path);
    expect(removal.removed.students).toBeGreaterThan(0);
    expect(store.db.prepare('SELECT student_number FROM conference').pluck().all()).toEqual(['900009']);
    store.close();
  });
});
