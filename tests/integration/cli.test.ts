import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { counselor } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('the counselor command', () => {
  it('loads the sample school with `demo` and lists it with `students --json`', async () => {
    const db = join(tempDir(), 'school.db');
    const demo = await counselor(['demo', '--db', db]);
    expect(demo).toMatchObject({ code: 0, stderr: '' });
    expect(demo.stdout).toMatch(/Loaded the sample school: \d+ students/);

    const listed = await counselor(['--db', db, 'students', '--json']);
    expect(listed.code).toBe(0);
    const { students } = JSON.parse(listed.stdout) as { students: { studentNumber: string; lastName: string }[] };
    expect(students.length).toBeGreaterThanOrEqual(55);
    expect(students.map((s) => s.lastName)).toContain('Nguyễn');
    expect(students.some((s) => /^0\d+$/.test(s.studentNumber))).toBe(true);

    const text = await counselor(['students', '--db', db]);
    expect(text.stdout).toContain('Peña, José');
    expect(text.stdout).toMatch(new RegExp(`${students.length} students$`));
  });

  it('prints the framework as JSON with 16 clusters and 79 pathways, and as text with codes', async () => {
    const db = join(tempDir(), 'school.db');
    const json = await counselor(['framework', '--json', '--db', db]);
    expect(json.code).toBe(0);
    const framework = JSON.parse(json.stdout) as { clusters: { pathways: unknown[] }[] };
    expect(framework.clusters).toHaveLength(16);
    expect(framework.clusters.flatMap((c) => c.pathways)).toHaveLength(79);
    const text = await counselor(['framework', '--db', db]);
    expect(text.stdout).toMatch(/MN\s+Manufacturing/);
    expect(text.stdout).toMatch(/MN-MIR\s+Maintenance, Installation & Repair/);
  });

  it('prints the 2024 framework with --edition 2024 without opening a store, and the crosswalk with --crosswalk', async () => {
    const dir = tempDir();
    const json = await counselor(['framework', '--edition', '2024', '--json', '--db', join(dir, 'none.db')]);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const modern = JSON.parse(json.stdout) as { edition: string; clusters: { crossCutting: boolean; subClusters: unknown[] }[] };
    expect(modern.edition).toBe('2024');
    expect(modern.clusters).toHaveLength(14);
    expect(modern.clusters.flatMap((c) => c.subClusters)).toHaveLength(72);
    expect(modern.clusters.filter((c) => c.crossCutting)).toHaveLength(3);
    expect(existsSync(join(dir, 'none.db'))).toBe(false);
    const text = await counselor(['framework', '--edition', '2024']);
    expect(text.stdout).toMatch(/^DGT\s+Digital Technology\s+\(Connecting & Supporting Success, cross-cutting\)$/m);
    expect(text.stdout).toMatch(/^\s+HET-CFS\s+Culinary & Food Services$/m);

    const db = join(dir, 'school.db');
    const crosswalk = await counselor(['framework', '--crosswalk', '--json', '--db', db]);
    const { clusters, pathways } = JSON.parse(crosswalk.stdout) as Record<'clusters' | 'pathways', { from: { code: string }; to: { code: string; name: string }[]; basis: string }[]>;
    expect([clusters.length, pathways.length]).toEqual([16, 79]);
    expect(clusters.find((c) => c.from.code === 'IT')).toMatchObject({ to: [{ code: 'DGT', name: 'Digital Technology' }], basis: 'stated' });
    expect(pathways.find((p) => p.from.code === 'MN-MIR')).toMatchObject({ to: [{ code: 'AMF-IMA' }], basis: 'derived' });
    const lines = await counselor(['framework', '--crosswalk', '--db', db]);
    expect(lines.stdout).toMatch(/^\s+HU-ECD\s+Early Childhood Development & Services → EDU-ECD Early Childhood Development {2}\(derived\)$/m);

    const bad = await counselor(['framework', '--edition', '1999']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--edition is 16 .* or 2024/);
  });

  it('uses COUNSELOR_DB when no --db is given, and --db wins over it', async () => {
    const dir = tempDir();
    const fromEnv = join(dir, 'env.db');
    const fromFlag = join(dir, 'flag.db');
    expect((await counselor(['demo'], { COUNSELOR_DB: fromEnv })).code).toBe(0);
    expect(existsSync(fromEnv)).toBe(true);
    const listed = await counselor(['students', '--json', '--db', fromFlag], { COUNSELOR_DB: fromEnv });
    expect(JSON.parse(listed.stdout)).toEqual({ students: [] });
  });

  it('exits 1 with one clear line and no stack trace on a user error', async () => {
    const db = join(tempDir(), 'school.db');
    await counselor(['demo', '--db', db]);
    const again = await counselor(['demo', '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr.split('\n')).toHaveLength(1);
    expect(again.stderr).toMatch(/already holds \d+ students/);
    expect(again.stderr).not.toMatch(/\bat .*\.ts:\d+/);

    const notADb = join(tempDir(), 'notes.db');
    writeFileSync(notADb, 'not a database');
    const damaged = await counselor(['students', '--db', notADb]);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toContain('not an SQLite database');
    expect(damaged.stderr.split('\n')).toHaveLength(1);
  });

  it('exits 2 on wrong usage', async () => {
    expect((await counselor(['frobnicate'])).code).toBe(2);
    expect((await counselor([])).code).toBe(2);
    expect((await counselor(['students', '--db'])).code).toBe(2);
    const extra = await counselor(['students', 'surplus', '--db', join(tempDir(), 'x.db')]);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('usage: counselor students');
    const help = await counselor(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('exit codes');
  });

  it('runs as the installed bin from the build', () => {
    const bin = join(__dirname, '..', '..', 'bin', 'counselor.mjs');
    const db = join(tempDir(), 'school.db');
    const run = spawnSync(process.execPath, [bin, 'framework', '--json', '--db', db], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).clusters).toHaveLength(16);
    const usage = spawnSync(process.execPath, [bin, 'nope'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});
