import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { printoutLanguageMigration } from '../../../src/main/core/store/migrations/0018-printout-language';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();
const SHA = 'a'.repeat(64);

describe('migration: printout languages', () => {
  it("keeps every printed plan, lets one be printed in an added language's code, and checks the languages a school adds", async () => {
    const path = join(tempDir(), 'counselor.db');
    const V = printoutLanguageMigration.version;
    const older = await openStore(path, { migrations: migrations.slice(0, V - 1) });
    const snapshot = (lang: string) =>
      older.db
        .prepare(`INSERT INTO print_snapshot (student_number, printed_at, printed_on, lang, paper, school, pages, sha256, view) VALUES ('1001', '2026-12-01T10:00:00.000Z', '2026-12-01', ?, 'letter', NULL, 1, ?, '{}')`)
        .run(lang, SHA);
    snapshot('es');
    expect(() => snapshot('hmn'), 'before: English and Spanish only').toThrow(/constraint failed/);
    const before = older.db.prepare('SELECT * FROM print_snapshot').all();
    older.close();

    const store = await openStore(path, { migrations: migrations.slice(0, V) });
    expect(store.opened).toMatchObject({ fromVersion: V - 1, toVersion: V });
    expect(store.db.prepare('SELECT * FROM print_snapshot').all()).toEqual(before);
    const printed = (lang: string) => () =>
      store.db
        .prepare(`INSERT INTO print_snapshot (student_number, printed_at, printed_on, lang, paper, pages, sha256, view) VALUES ('1001', 'x', '2026-12-02', ?, 'a4', 1, ?, '{}')`)
        .run(lang, SHA);
    expect(printed('hmn')).not.toThrow();
    expect(printed('Hmong'), 'a name, not a code').toThrow(/constraint failed/);
    expect(store.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'print_snapshot' AND sql IS NOT NULL").pluck().all()).toEqual(['print_snapshot_by_student']);

    const add = (code: string, name: string, dictionary = '{"title":"Txoj Kev Npaj"}') => () =>
      store.db.prepare("INSERT INTO printout_language (code, name, dictionary, added_at) VALUES (?, ?, ?, '2026-12-03T08:00:00Z')").run(code, name, dictionary);
    expect(add('hmn', 'Hmong')).not.toThrow();
    expect(add('so', 'hmong'), 'a second language of the same name').toThrow(/UNIQUE constraint failed/);
    expect(add('es', 'Castellano'), 'a shipped code').toThrow(/constraint failed/);
    expect(add('family', 'Family'), "the setting's own word").toThrow(/constraint failed/);
    expect(add('HMN', 'Hmoob'), 'an upper-case code').toThrow(/constraint failed/);
    expect(add('so', 'Somali', '{not json'), 'a dictionary that is not JSON').toThrow(/constraint failed/);
    expect(add('zh-hant', 'Chinese (Traditional)')).not.toThrow();
    store.close();
  });
});
