import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { counselorAccountsMigration } from '../../../src/main/core/store/migrations/0013-counselor-accounts';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

describe('migration 13: counselor accounts', () => {
  it('adds an empty table that keeps only lower-case user names and Argon2id hashes, never a password as typed', async () => {
    const path = join(tempDir(), 'counselor.db');
    const V = counselorAccountsMigration.version;
    (await openStore(path, { migrations: migrations.slice(0, V - 1) })).close();
    const store = await openStore(path, { migrations: migrations.slice(0, V) });
    expect(store.opened).toMatchObject({ fromVersion: V - 1, toVersion: V });
    expect(store.db.prepare('SELECT count(*) FROM counselor_account').pluck().get()).toBe(0);
    const insert = store.db.prepare("INSERT INTO counselor_account (user_name, display_name, role, password_hash, created_at) VALUES (?, 'Ms. Alvarez', ?, ?, '2026-12-02T12:00:00.000Z')");
    const hash = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA';
    expect(() => insert.run('malvarez', 'counselor', hash)).not.toThrow();
    for (const [name, role, password, why] of [
      ['MAlvarez', 'counselor', hash, 'upper case'],
      ['m alvarez', 'counselor', hash, 'a space'],
      ['jlee', 'principal', hash, 'an unknown role'],
      ['jlee', 'counselor', 'correct horse battery', 'a password as typed'],
      ['malvarez', 'lead', hash, 'a second malvarez'],
    ]) {
      expect(() => insert.run(name, role, password), why).toThrow(/constraint failed/);
    }
    store.close();
  });
});
