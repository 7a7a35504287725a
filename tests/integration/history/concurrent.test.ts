import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importHistory } from '../../../src/main/core/history/import';
import { openStore } from '../../../src/main/core/store/connection';
import { useTempDir } from '../../helpers/temp';
import { historyStore, NOW, request, rowCount } from './history-store';

const tempDir = useTempDir();

describe('a course history import meeting another writer', () => {
  it('compares again inside its transaction when another connection committed meanwhile, and backs up again', async () => {
    const dir = tempDir();
    const store = await historyStore(dir);
    const other = await openStore(store.path);
    let interfered = false;
    const ctx = {
      db: store.db,
      storePath: store.path,
      throwIfCancelled: () => undefined,
      progress: ({ phase }: { phase: string }) => {
        if (phase !== 'Saving course history' || interfered) return;
        interfered = true;
        // Another import (the nightly CLI) commits the same transcript row first, with another grade.
        const log = other.db.prepare("INSERT INTO history_import (file_name, imported_at, backup_path, report) VALUES ('other.csv', '2026-12-01T00:00:00Z', NULL, '{}')").run();
        other.db
          .prepare(
            `INSERT INTO course_history (student_number, record_key, school_year, grade_level, term, progress, course_number, state_code, title, credit_type,
               grade, result, credits_earned, credits_attempted, excluded, missing, import_id, updated_at)
             VALUES ('100148', '2024|S1|ENG101', 2024, 9, 'S1', 0, 'ENG101', NULL, 'English 9', 'ENG', 'C', 'passed', 0.5, 0.5, 0, 0, ?, '2026-12-01T00:00:00Z')`,
          )
          .run(log.lastInsertRowid);
      },
    };
    const report = await importHistory(request('powerschool-storedgrades.csv'), ctx, NOW);
    expect(interfered).toBe(true);
    expect(report.counts).toMatchObject({ added: 549, updated: 1 });
    expect(rowCount(store)).toBe(550);
    expect(store.db.prepare("SELECT grade FROM course_history WHERE student_number = '100148' AND record_key = '2024|S1|ENG101'").pluck().get()).toBe('A-');
    expect(readdirSync(join(dir, 'backups')).filter((f) => f.includes('before-history-import'))).toHaveLength(2);
    other.close();
    store.close();
  });
});
