import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/core/api';
import { dispatch } from '../../../src/main/core/dispatch';
import { loadSampleSchool } from '../../../src/main/core/sample/load';
import { openStore, type Store } from '../../../src/main/core/store/connection';
import { BUSY_TIMEOUT_MS } from '../../../src/main/core/store/transaction';
import { useTempDir } from '../../helpers/temp';
import { holdWriteLock, type HeldLock } from '../../helpers/write-lock';

const tempDir = useTempDir();
const holders: HeldLock[] = [];
afterEach(() => {
  for (const h of holders.splice(0)) h.process.kill('SIGKILL');
});

function holdLock(dbPath: string, studentNumber: string, seconds: number): HeldLock {
  const held = holdWriteLock(dbPath, studentNumber, seconds);
  holders.push(held);
  return held;
}

async function sampleStore(): Promise<{ store: Store; studentNumber: string }> {
  const store = await openStore(join(tempDir(), 'counselor.db'));
  loadSampleSchool(store.db);
  const { student_number } = store.db.prepare('SELECT student_number FROM student ORDER BY student_number LIMIT 1').get() as {
    student_number: string;
  };
  return { store, studentNumber: student_number };
}

describe('a plan saved while another program writes to the store', () => {
  it('waits for the other writer and is saved, instead of failing at once', async () => {
    const { store, studentNumber } = await sampleStore();
    const other = holdLock(store.path, studentNumber, 1);
    await other.locked;
    const handlers = createHandlers(store);
    const saved = await dispatch(handlers, 'plans.update', { studentNumber, operation: { op: 'setNotes', notes: 'Saved while importing.' } });
    expect(saved).toMatchObject({ ok: true });
    await other.committed;
    const row = store.db.prepare('SELECT notes FROM plan WHERE student_number = ?').get(studentNumber) as { notes: string };
    expect(row.notes).toBe('Saved while importing.');
    // The other program's change is there too: nobody's work was lost.
    expect(store.db.prepare('SELECT homeroom FROM student WHERE student_number = ?').pluck().get(studentNumber)).toBe('B12');
    store.close();
  });

  it('says the store is busy, in a sentence, when the other writer holds on longer than we wait', async () => {
    const { store, studentNumber } = await sampleStore();
    const other = holdLock(store.path, studentNumber, BUSY_TIMEOUT_MS / 1000 + 2);
    await other.locked;
    const started = Date.now();
    const refused = await dispatch(createHandlers(store), 'plans.update', { studentNumber, operation: { op: 'setNotes', notes: 'Not yet.' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(BUSY_TIMEOUT_MS - 100);
    expect(refused).toMatchObject({ ok: false, error: { code: 'busy' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/busy.*not saved.*try again/i);
    await other.committed;
    expect(store.db.prepare('SELECT notes FROM plan WHERE student_number = ?').pluck().get(studentNumber) ?? null).not.toBe('Not yet.');
    store.close();
  }, 20_000);
});
