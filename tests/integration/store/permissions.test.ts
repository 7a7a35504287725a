import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSampleSchool } from '../../../src/main/core/sample/load';
import { openStore } from '../../../src/main/core/store/connection';
import { repoRoot } from '../../e2e/fixtures/browser-mode';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();
const mode = (path: string) => statSync(path).mode & 0o777;

describe('files only their owner can read', () => {
  it('makes a new store 0600 with its -wal and -shm, in a 0700 folder, under a permissive umask', async () => {
    const before = process.umask(0o002);
    try {
      const folder = join(tempDir(), 'Counselor Workstation');
      const store = await openStore(join(folder, 'counselor.db'));
      loadSampleSchool(store.db);
      const files = readdirSync(folder).filter((f) => f.startsWith('counselor.db'));
      expect(files.sort()).toEqual(['counselor.db', 'counselor.db-shm', 'counselor.db-wal']);
      for (const f of files) expect({ f, mode: mode(join(folder, f)) }).toEqual({ f, mode: 0o600 });
      expect(mode(folder)).toBe(0o700);
      store.close();
    } finally {
      process.umask(before);
    }
  });

  it('takes an existing store that others could read back to 0600 when it opens', async () => {
    const path = join(tempDir(), 'counselor.db');
    (await openStore(path)).close();
    chmodSync(path, 0o644);
    const store = await openStore(path);
    expect(mode(path)).toBe(0o600);
    store.close();
  });
});

/** As root every file is writable, so the counselor who cannot write is played by `nobody`. */
const asRoot = process.getuid?.() === 0;

describe.runIf(asRoot)('a store the counselor may read but not change', () => {
  it('ends an import at once with one sentence instead of spinning, and leaves the store as it was', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const path = join(dir, 'counselor.db');
    const store = await openStore(path);
    loadSampleSchool(store.db);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    chmodSync(path, 0o444);
    const roster = join(dir, 'roster.csv');
    writeFileSync(roster, 'Student Number,First Name,Last Name,Grade\n999001,Ada,Lovelace,9\n');
    chmodSync(roster, 0o644);
    mkdirSync(join(dir, 'backups'), { mode: 0o777 });

    const run = spawnSync(process.execPath, [join(repoRoot, 'bin/counselor.mjs'), 'import', roster, '--partial', '--db', path], {
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/cannot be changed.*read-only/);
    expect(run.stderr).not.toMatch(/at .*\.js/);
    chmodSync(path, 0o600);
    const after = await openStore(path);
    expect(after.db.prepare('SELECT count(*) FROM student').pluck().get()).toBe(62);
    expect(after.db.prepare("SELECT count(*) FROM student WHERE student_number = '999001'").pluck().get()).toBe(0);
    after.close();
  });
});
