import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { auditAndRevisionMigration } from '../../../src/main/core/store/migrations/0014-audit-and-revision';
import { olderStoreWithSample } from '../../helpers/older-sample';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

describe('migration 14: audit log and plan revision', () => {
  it('gives every existing plan revision 0 and no author, and adds an empty audit log that keeps only JSON details', async () => {
    const path = join(tempDir(), 'counselor.db');
    const V = auditAndRevisionMigration.version;
    const older = await olderStoreWithSample(path, V - 1);
    const plans = older.db.prepare('SELECT count(*) FROM plan').pluck().get() as number;
    older.close();
    expect(plans).toBeGreaterThan(0);
    const store = await openStore(path, { migrations: migrations.slice(0, V) });
    expect(store.opened).toMatchObject({ fromVersion: V - 1, toVersion: V });
    expect(store.db.prepare('SELECT count(*) FROM plan WHERE revision = 0 AND changed_by IS NULL').pluck().get()).toBe(plans);
    expect(store.db.prepare('SELECT count(*) FROM audit_entry').pluck().get()).toBe(0);
    const insert = store.db.prepare("INSERT INTO audit_entry (at, user_name, student_number, action, detail) VALUES ('2026-12-02T12:00:00.000Z', NULL, '1001', ?, ?)");
    expect(() => insert.run('plans.update', '{"op":"setNotes"}')).not.toThrow();
    expect(() => insert.run('plans.update', 'not json'), 'a detail that is not JSON').toThrow(/constraint failed/);
    expect(() => insert.run('', '{}'), 'an empty action').toThrow(/constraint failed/);
    expect(() => store.db.prepare('UPDATE plan SET revision = -1').run(), 'a negative revision').toThrow(/constraint failed/);
    store.close();
  });
});
