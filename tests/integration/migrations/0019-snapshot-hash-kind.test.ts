import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { snapshotHashKindMigration } from '../../../src/main/core/store/migrations/0019-snapshot-hash-kind';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

/** Reprinting by kind is tested in tests/integration/print/snapshots.test.ts. */
describe('migration 19: what a snapshot hash covers', () => {
  it('marks the snapshots printed before as byte hashes and keeps the renderer with exactly the layout hashes', async () => {
    const path = join(tempDir(), 'counselor.db');
    const V = snapshotHashKindMigration.version;
    const older = await openStore(path, { migrations: migrations.slice(0, V - 1) });
    older.db
      .prepare('INSERT INTO print_snapshot (student_number, printed_at, printed_on, lang, paper, pages, sha256, view) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run('004100', '2026-11-22T15:00:00.000Z', '2026-11-22', 'en', 'letter', 1, 'a'.repeat(64), '{}');
    older.close();
    const store = await openStore(path, { migrations: migrations.slice(0, V) });
    expect(store.opened).toMatchObject({ fromVersion: V - 1, toVersion: V });
    expect(store.db.prepare('SELECT student_number, sha256, hash_of, renderer FROM print_snapshot').all()).toEqual([
      { student_number: '004100', sha256: 'a'.repeat(64), hash_of: 'pdf', renderer: null },
    ]);
    const insert = (hashOf: string, renderer: string | null) => () =>
      store.db
        .prepare('INSERT INTO print_snapshot (student_number, printed_at, printed_on, lang, paper, pages, sha256, view, hash_of, renderer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run('004100', 'x', '2026-11-22', 'en', 'letter', 1, 'b'.repeat(64), '{}', hashOf, renderer);
    expect(insert('layout', 'pdfkit 0.17.2, drawing 1')).not.toThrow();
    expect(insert('layout', null), 'a layout hash means nothing without its renderer').toThrow(/constraint failed/);
    expect(insert('pdf', 'pdfkit 0.17.2'), 'a byte hash has no renderer').toThrow(/constraint failed/);
    expect(insert('png', null)).toThrow(/constraint failed/);
    store.close();
  });
});
